// The global switch and the sites the reader switched off, each with a way back.
import type { JSX } from 'preact';
import type { Translate } from '../../lib/i18n';
import type { FullSettings, Settings } from '../../lib/settings';
import { withSiteEnabled } from '../../lib/settings';
import { Switch } from '../Switch';

export interface SiteSettingsProps {
  settings: FullSettings;
  t: Translate;
  onChange: (next: Settings) => void;
}

export function SiteSettings({ settings, t, onChange }: SiteSettingsProps): JSX.Element {
  const sites = settings.disabledSites;
  return (
    <section class="opt-section" aria-labelledby="opt-general">
      <h2 id="opt-general" class="opt-section__title">
        {t('optionsGeneralHeading')}
      </h2>
      <div class="opt-row">
        <Switch
          id="opt-enabled"
          checked={settings.enabled}
          label={t('optionsEnabledLabel')}
          onLabel={t('optionsOn')}
          offLabel={t('optionsOff')}
          onChange={(enabled) => onChange({ ...settings, enabled })}
        />
      </div>
      <p class="opt-hint">{settings.enabled ? t('optionsEnabledHintOn') : t('optionsEnabledHintOff')}</p>
      <h3 class="opt-subtitle" id="opt-sites">
        {t('optionsSitesHeading')}
      </h3>
      {sites.length === 0 ? (
        <p class="opt-hint">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="opt-sites" aria-labelledby="opt-sites">
          {sites.map((site) => (
            <li key={site} class="opt-sites__item">
              <span class="opt-sites__name">{site}</span>
              <button
                type="button"
                class="opt-button"
                aria-label={t('optionsSiteEnableLabel', site)}
                onClick={() => onChange(withSiteEnabled(settings, site, true))}
              >
                {t('optionsSiteEnable')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
