// The interface language: the browser's, or German or English regardless of it.
import type { JSX } from 'preact';
import type { MessageKey, Translate } from '../../lib/i18n';
import { type FullSettings, type Settings, UI_LANGUAGES, type UiLanguage } from '../../lib/settings';

const LABEL: Record<UiLanguage, MessageKey> = {
  auto: 'optionsLanguageAuto',
  de: 'optionsLanguageDe',
  en: 'optionsLanguageEn',
};

export interface LanguageSettingsProps {
  settings: FullSettings;
  t: Translate;
  onChange: (next: Settings) => void;
}

export function LanguageSettings({ settings, t, onChange }: LanguageSettingsProps): JSX.Element {
  return (
    <section class="opt-section" aria-labelledby="opt-language">
      <h2 id="opt-language" class="opt-section__title">
        {t('optionsLanguageHeading')}
      </h2>
      <div class="opt-field">
        <label for="opt-ui-language" class="opt-legend">
          {t('optionsLanguageLabel')}
        </label>
        <select
          id="opt-ui-language"
          class="opt-select"
          value={settings.uiLanguage}
          aria-describedby="opt-ui-language-hint"
          onChange={(e) => onChange({ ...settings, uiLanguage: e.currentTarget.value as UiLanguage })}
        >
          {UI_LANGUAGES.map((lang) => (
            // The names of the languages are written in their own language, so a reader who picked
            // the wrong one finds the way back.
            <option key={lang} value={lang} lang={lang === 'auto' ? undefined : lang}>
              {t(LABEL[lang])}
            </option>
          ))}
        </select>
        <p class="opt-hint" id="opt-ui-language-hint">
          {t('optionsLanguageHint')}
        </p>
      </div>
    </section>
  );
}
