import { describe, expect, it } from 'vitest';
import {
  foldForMatch,
  foldForMatchInSteps,
  normalizeForMatch,
  normalizeKey,
  originalRange,
  toOriginal,
} from '../../lib/text/normalize';

/** Every normalised char maps to an original char that folds to it (checked via a round trip). */
function checkMap(original: string) {
  const { text, map } = normalizeForMatch(original);
  expect(map.length).toBe(text.length + 1);
  expect(map[text.length]).toBe(original.length);
  for (let i = 1; i < map.length; i++) expect(map[i]!).toBeGreaterThanOrEqual(map[i - 1]!);
  return { text, map };
}

describe('normalizeForMatch', () => {
  it('lower-cases ASCII and keeps the map the identity', () => {
    const { text, map } = checkMap('NATO und Nato');
    expect(text).toBe('nato und nato');
    expect([...map]).toEqual([...Array(14).keys()]);
  });

  it('drops soft hyphens and zero-width characters, mapping around them', () => {
    const src = 'Se\u00ADlens\u200Bkyj\u200C\u200D\u2060\uFEFF!';
    const { text, map } = checkMap(src);
    expect(text).toBe('selenskyj!');
    expect(map[2]).toBe(3); // 'l' after the soft hyphen
    expect(map[9]).toBe(src.length - 1); // '!'
  });

  it('turns NBSP, narrow NBSP, thin space and runs of whitespace into one space', () => {
    expect(checkMap('a\u00a0b\u202fc\u2009d \n\t e').text).toBe('a b c d e');
  });

  it('turns typographic apostrophes into an ASCII apostrophe', () => {
    expect(checkMap('Scholz\u2019 Merz\u02bc O\u2018Neill').text).toBe("scholz' merz' o'neill");
  });

  it('turns U+2010/U+2011 into a hyphen and leaves dashes alone', () => {
    expect(checkMap('Nato\u2010Gipfel Nato\u2011Gipfel a \u2013 b').text).toBe(
      'nato-gipfel nato-gipfel a \u2013 b',
    );
  });

  it('ß becomes ss with both chars mapping to the ß (Swiss spelling)', () => {
    const { text, map } = checkMap('Außen');
    expect(text).toBe('aussen');
    expect([...map]).toEqual([0, 1, 2, 2, 3, 4, 5]);
    expect(originalRange('Außen', map, 0, 3)).toEqual({ start: 0, end: 3 });
    expect(checkMap('AUẞEN').text).toBe('aussen');
  });

  it('folds diacritics but keeps German umlauts', () => {
    expect(checkMap('Erdoğan Orbán Čapek Müller Öl ÄRA').text).toBe('erdogan orban capek müller öl ära');
  });

  it('folds decomposed input the same way as composed input', () => {
    expect(checkMap('Orba\u0301n Mu\u0308ller').text).toBe('orban müller');
  });

  it('İ (whose lower case is two code units) stays exact', () => {
    const { text, map } = checkMap('İstanbul');
    expect(text).toBe('istanbul');
    expect(map[1]).toBe(1);
    const raw = normalizeForMatch('İx', { foldDiacritics: false });
    expect(raw.text).toBe('i\u0307x');
    expect([...raw.map]).toEqual([0, 0, 1, 2]);
  });

  it('keeps surrogate pairs whole and maps both units', () => {
    const src = 'a\u{1D400}b\u{10400}';
    const { text, map } = checkMap(src);
    expect(text).toBe('a\u{1D400}b\u{10428}');
    expect(originalRange(src, map, 1, 3)).toEqual({ start: 1, end: 3 });
  });

  it('can keep case for case-sensitive comparisons', () => {
    expect(normalizeForMatch('US-Se\u00ADnat', { caseFold: false }).text).toBe('US-Senat');
  });

  it('originalRange ends after the last char, not after dropped chars that follow', () => {
    const src = 'Putin\u00AD und';
    const { map } = normalizeForMatch(src);
    expect(originalRange(src, map, 0, 5)).toEqual({ start: 0, end: 5 });
  });

  it('normalizeKey trims', () => {
    expect(normalizeKey('  Kim Jong\u00a0Un ')).toBe('kim jong un');
  });
});

describe('foldForMatchInSteps', () => {
  it('gives exactly what foldForMatch gives, for any chunk size', () => {
    const texts = [
      'Wladimir  Putin \n\n  traf\u00a0 \u200b Olaf Scholz. Außen – „Nato“ ',
      `  ${'Kreml\u00ADchef  Putin\n '.repeat(40)}`,
      'ein Wort',
    ];
    for (const t of texts) {
      const whole = foldForMatch(t);
      for (const chunk of [1, 3, 7, 50]) {
        const steps = foldForMatchInSteps(t, chunk);
        let r = steps.next();
        while (!r.done) r = steps.next();
        expect(r.value.text).toBe(whole.text);
        for (let i = 0; i <= whole.text.length; i++)
          expect(toOriginal(r.value, i)).toBe(toOriginal(whole, i));
      }
    }
  });
});
