// What is marked and how: entity types, the marking style with a preview, and the hover delay.
import type { JSX } from 'preact';
import type { MessageKey, Translate } from '../../lib/i18n';
import { ENTITY_TYPES, type EntityType } from '../../lib/knowledge/types';
import {
  clampHoverDelay,
  type FullSettings,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  MARK_STYLES,
  type MarkStyle,
  type Settings,
  withTypeMarked,
} from '../../lib/settings';
import { MarkPreview, MarkSample } from './MarkPreview';

const TYPE_LABEL: Record<EntityType, MessageKey> = {
  person: 'optionsTypePerson',
  place: 'optionsTypePlace',
  organisation: 'optionsTypeOrganisation',
  term: 'optionsTypeTerm',
};

const STYLE_LABEL: Record<MarkStyle, MessageKey> = {
  underline: 'optionsStyleUnderline',
  background: 'optionsStyleBackground',
  both: 'optionsStyleBoth',
};

export interface MarkSettingsProps {
  settings: FullSettings;
  t: Translate;
  onChange: (next: Settings) => void;
}

export function MarkSettings({ settings, t, onChange }: MarkSettingsProps): JSX.Element {
  const delay = settings.hoverDelayMs;
  return (
    <section class="opt-section" aria-labelledby="opt-marks">
      <h2 id="opt-marks" class="opt-section__title">
        {t('optionsMarksHeading')}
      </h2>

      <fieldset class="opt-fieldset">
        <legend class="opt-legend">{t('optionsTypesLegend')}</legend>
        <div class="opt-checks">
          {ENTITY_TYPES.map((type) => (
            <label key={type} class={`opt-check opt-check--${type}`}>
              <input
                type="checkbox"
                name="types"
                value={type}
                checked={settings.types[type]}
                onChange={(e) => onChange(withTypeMarked(settings, type, e.currentTarget.checked))}
              />
              <span class="opt-check__swatch" aria-hidden="true" />
              <span>{t(TYPE_LABEL[type])}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset class="opt-fieldset">
        <legend class="opt-legend">{t('optionsStyleLegend')}</legend>
        <div class="opt-styles">
          {MARK_STYLES.map((style) => (
            <label key={style} class="opt-style">
              <input
                type="radio"
                name="markStyle"
                value={style}
                checked={settings.markStyle === style}
                onChange={() => onChange({ ...settings, markStyle: style })}
              />
              <span class="opt-style__name">{t(STYLE_LABEL[style])}</span>
              <MarkSample style={style} text="Merz" />
            </label>
          ))}
        </div>
        <MarkPreview style={settings.markStyle} types={settings.types} label={t('optionsPreviewLabel')} />
      </fieldset>

      <div class="opt-field">
        <div class="opt-range__head">
          <label for="opt-hover" class="opt-legend">
            {t('optionsHoverLabel')}
          </label>
          <output for="opt-hover" class="opt-range__value">
            {t('optionsHoverValue', delay)}
          </output>
        </div>
        <input
          id="opt-hover"
          class="opt-range"
          type="range"
          min={HOVER_DELAY_MIN_MS}
          max={HOVER_DELAY_MAX_MS}
          step={50}
          value={delay}
          aria-valuetext={t('optionsHoverValue', delay)}
          aria-describedby="opt-hover-hint"
          onInput={(e) =>
            onChange({ ...settings, hoverDelayMs: clampHoverDelay(Number(e.currentTarget.value)) })
          }
        />
        <div class="opt-range__scale" aria-hidden="true">
          <span>{t('optionsHoverFast')}</span>
          <span>{t('optionsHoverSlow')}</span>
        </div>
        <p class="opt-hint" id="opt-hover-hint">
          {t('optionsHoverHint')}
        </p>
      </div>
    </section>
  );
}
