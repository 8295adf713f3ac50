import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_MESSAGES, formatMessage, setMessageGetter, t, translator } from '../lib/i18n';

afterEach(() => setMessageGetter(null));

const de = BUNDLED_MESSAGES.de;
const en = BUNDLED_MESSAGES.en;

describe('message catalogs', () => {
  it('have the same keys in German and English, with names the browser accepts', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const key of Object.keys(de)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('name the extension and describe it within the Chrome Web Store limit', () => {
    expect(de.extName!.message).toBe('Kontext');
    expect(en.extName!.message).toBe('Kontext');
    for (const cat of [de, en]) {
      expect(cat.extDescription!.message.length).toBeGreaterThan(40);
      expect(cat.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('use the same placeholders in both languages, and every placeholder is defined', () => {
    for (const [key, entry] of Object.entries(de)) {
      const names = (m: string) =>
        [...m.matchAll(/\$([A-Za-z_@][A-Za-z0-9_@]*)\$/g)].map((x) => x[1]!.toLowerCase()).sort();
      expect(names(en[key]!.message), key).toEqual(names(entry.message));
      for (const n of names(entry.message)) expect(entry.placeholders?.[n], `${key}.${n}`).toBeDefined();
      expect(entry.description, key).toBeTruthy();
    }
  });

  it('are the files the manifest uses (public/_locales)', () => {
    const onDisk = JSON.parse(
      readFileSync(new URL('../public/_locales/de/messages.json', import.meta.url), 'utf8'),
    );
    expect(onDisk).toEqual(de);
  });
});

describe('formatMessage', () => {
  it('expands named placeholders and numbered substitutions like Chrome', () => {
    expect(formatMessage(de.cardRoleOn!, ['13.05.2022'])).toBe('Am 13.05.2022');
    expect(formatMessage(de.callTitle!, ['Lloyd Austin', 'Sergei Schoigu'])).toBe(
      'Lloyd Austin und Sergei Schoigu',
    );
    expect(formatMessage({ message: 'Preis: $$5, $1' }, ['x'])).toBe('Preis: $5, x');
  });
  it('does not expand a substituted value a second time', () => {
    expect(formatMessage(de.popupReason!, ['$1 $DATE$'])).toBe('Grund: $1 $DATE$');
  });
});

describe('t and translator', () => {
  it('fall back to the bundled German without a browser', () => {
    expect(t('popupCallsHeading')).toBe('Telefonate');
    expect(t('mentionsMany', 3)).toBe('3 Erwähnungen');
  });
  it('use the browser getter when set, and German when it knows no such key or throws', () => {
    setMessageGetter((key, subs) => (key === 'popupCallsHeading' ? `EN:${key}:${subs ?? ''}` : ''));
    expect(t('popupCallsHeading')).toBe('EN:popupCallsHeading:');
    expect(t('popupNoCalls')).toBe('Auf dieser Seite wurden keine Telefonate gefunden.');
    setMessageGetter(() => {
      throw new Error('Extension context invalidated');
    });
    expect(t('switchOn')).toBe('An');
  });
  it('translator picks the language explicitly', () => {
    expect(translator('en')('popupCallsHeading')).toBe('Phone calls');
    expect(translator('de')('cardWikipedia', 'de')).toBe('Wikipedia (de)');
  });
});
