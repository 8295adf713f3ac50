// The global switch and the sites the reader switched off, each with a way back.
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
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
  const list = useRef<HTMLDivElement>(null);
  // The button a keyboard user pressed disappears with its site: keep focus in the list.
  const refocus = useRef<number | null>(null);
  useEffect(() => {
    const at = refocus.current;
    if (at === null || !list.current) return;
    refocus.current = null;
    const buttons = list.current.querySelectorAll<HTMLElement>('button');
    (buttons[Math.min(at, buttons.length - 1)] ?? list.current.querySelector<HTMLElement>('h3'))?.focus();
  }, [sites.join('\n')]);
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
      <div ref={list}>
        <h3 class="opt-subtitle" id="opt-sites" tabIndex={-1}>
          {t('optionsSitesHeading')}
        </h3>
        {sites.length === 0 ? (
          <p class="opt-hint">{t('optionsSitesEmpty')}</p>
        ) : (
          <ul class="opt-sites" aria-labelledby="opt-sites">
            {sites.map((site, i) => (
              <li key={site} class="opt-sites__item">
                <span class="opt-sites__name">{site}</span>
                <button
                  type="button"
                  class="opt-button"
                  aria-label={t('optionsSiteEnableLabel', site)}
                  onClick={() => {
                    refocus.current = i;
                    onChange(withSiteEnabled(settings, site, true));
                  }}
                >
                  {t('optionsSiteEnable')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
