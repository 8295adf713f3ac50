import { describe, expect, it } from 'vitest';
import {
  clampHoverDelay,
  DEFAULT_SETTINGS,
  isTypeMarked,
  parseSettings,
  resolveUiLanguage,
  SETTING_DEFAULTS,
  withDefaults,
  withSiteEnabled,
  withTypeMarked,
} from '../../lib/settings';

describe('display settings', () => {
  it('fills every field a reader has not set with its default', () => {
    expect(withDefaults(DEFAULT_SETTINGS)).toEqual({
      enabled: true,
      disabledSites: [],
      types: { person: true, place: true, organisation: true, term: true },
      markStyle: 'both',
      hoverDelayMs: 200,
      uiLanguage: 'auto',
    });
  });

  it('keeps valid stored values and drops damaged ones', () => {
    const s = parseSettings({
      enabled: false,
      disabledSites: [],
      types: { person: false, place: 'no', animal: true },
      markStyle: 'underline',
      hoverDelayMs: 5000,
      uiLanguage: 'en',
    });
    expect(s).toEqual({
      enabled: false,
      disabledSites: [],
      types: { person: false },
      markStyle: 'underline',
      hoverDelayMs: 1000,
      uiLanguage: 'en',
    });
    const broken = withDefaults(
      parseSettings({ types: [true], markStyle: 'blink', hoverDelayMs: Number.NaN, uiLanguage: 'fr' }),
    );
    expect(broken).toEqual(SETTING_DEFAULTS);
  });

  it('clamps the hover delay to 100–1000 ms in whole milliseconds', () => {
    expect(clampHoverDelay(20)).toBe(100);
    expect(clampHoverDelay(450.6)).toBe(451);
    expect(clampHoverDelay(1e9)).toBe(1000);
    expect(clampHoverDelay(Number.POSITIVE_INFINITY)).toBe(200);
    expect(withDefaults({ ...DEFAULT_SETTINGS, hoverDelayMs: 3 }).hoverDelayMs).toBe(100);
  });

  it('switches one type off without touching the others or the site list', () => {
    const base = withSiteEnabled(DEFAULT_SETTINGS, 'zeit.de', false);
    const s = withTypeMarked(base, 'term', false);
    expect(isTypeMarked(s, 'term')).toBe(false);
    expect(isTypeMarked(s, 'person')).toBe(true);
    expect(s.disabledSites).toEqual(['zeit.de']);
    expect(isTypeMarked(withTypeMarked(s, 'term', true), 'term')).toBe(true);
    expect(isTypeMarked(DEFAULT_SETTINGS, 'place')).toBe(true);
  });

  it('resolves the UI language from the choice or the browser', () => {
    expect(resolveUiLanguage('auto', 'de-AT')).toBe('de');
    expect(resolveUiLanguage(undefined, 'en-US')).toBe('en');
    expect(resolveUiLanguage('auto', 'fr')).toBe('en');
    expect(resolveUiLanguage('de', 'en-GB')).toBe('de');
    expect(resolveUiLanguage('en', 'de')).toBe('en');
  });
});
