import { describe, expect, it } from 'vitest';
import {
  compareIsoDates,
  formatDate,
  formatDuration,
  formatMonthYear,
  formatSince,
  formatUntil,
  isApproximate,
  parseIsoDate,
  softHyphenate,
} from '../lib/format';

describe('formatDate', () => {
  it('writes German dates with leading zeros and English ones with the month name', () => {
    expect(formatDate('2022-05-13')).toBe('13.05.2022');
    expect(formatDate('2024-01-02', 'de')).toBe('02.01.2024');
    expect(formatDate('2022-05-13', 'en')).toBe('13 May 2022');
    expect(formatDate('2022-05-13T10:00:00Z')).toBe('13.05.2022');
  });
  it('keeps the precision it was given', () => {
    expect(formatDate('2024-05')).toBe('Mai 2024');
    expect(formatDate('2024-03', 'de')).toBe('März 2024');
    expect(formatDate('2024')).toBe('2024');
  });
  it('returns text that is not a date unchanged, and empty for nothing', () => {
    expect(formatDate('am Freitag')).toBe('am Freitag');
    expect(formatDate('2024-13-01')).toBe('2024-13-01');
    expect(formatDate(null)).toBe('');
  });
});

describe('since / until', () => {
  it('speaks in months, as the card does', () => {
    expect(formatSince('2024-05-12')).toBe('seit Mai 2024');
    expect(formatSince('2024-05-12', 'en')).toBe('since May 2024');
    expect(formatUntil('2025-05-06')).toBe('bis Mai 2025');
    expect(formatMonthYear('2000')).toBe('2000');
    expect(formatSince(null)).toBe('');
  });
});

describe('formatDuration', () => {
  it('hedges when the article hedges', () => {
    expect(formatDuration(60, 'etwa eine Stunde')).toBe('ca. 60 Min.');
    expect(formatDuration(60, 'etwa eine Stunde', 'en')).toBe('about 60 min');
    expect(formatDuration(75, '75 Minuten')).toBe('75 Min.');
    expect(formatDuration(90, 'über anderthalb Stunden')).toBe('ca. 90 Min.');
  });
  it('switches to hours from two hours on, with a decimal comma', () => {
    expect(formatDuration(120, 'zwei Stunden')).toBe('2 Std.');
    expect(formatDuration(150, 'rund zweieinhalb Stunden')).toBe('ca. 2,5 Std.');
    expect(formatDuration(150, null, 'en')).toBe('2.5 h');
  });
  it('falls back to the text without minutes', () => {
    expect(formatDuration(null, 'lange')).toBe('lange');
    expect(formatDuration(null, null)).toBe('');
  });
  it('finds hedges on letter boundaries only', () => {
    expect(isApproximate('gut eine Stunde')).toBe(true);
    expect(isApproximate('über eine Stunde')).toBe(true);
    expect(isApproximate('eine gute Stunde lang')).toBe(false); // "gute" is not "gut"
    expect(isApproximate('Überstunden')).toBe(false);
  });
});

describe('dates', () => {
  it('parses partial ISO dates and compares them at shared precision', () => {
    expect(parseIsoDate('2024-05')).toEqual({ year: 2024, month: 5, day: null });
    expect(parseIsoDate('13.05.2022')).toBeNull();
    expect(compareIsoDates('2022-05-13', '2024-05-12')).toBeLessThan(0);
    expect(compareIsoDates('2024-05', '2024-05-12')).toBe(0);
  });
});

describe('softHyphenate', () => {
  const shown = (s: string) => softHyphenate(s, 10).replace(/\u00AD/g, '·');
  it('breaks long compounds at syllables, keeping the linking s with the first part', () => {
    expect(shown('Waffenstillstandsverhandlungen')).toBe('Waf·fen·still·stands·ver·hand·lun·gen');
    expect(shown('Verteidigungsministerin')).toBe('Ver·tei·di·gungs·mi·ni·ste·rin');
    expect(shown('Gesprächsbereitschaft')).toBe('Gesprächs·be·reit·schaft');
  });
  it('leaves short words, acronyms and the rest of the text alone', () => {
    expect(softHyphenate('Putin und Scholz telefonierten.')).toBe('Putin und Scholz telefonierten.');
    expect(softHyphenate('ABCDEFGHIJKLMNOPQRSTUVWXYZ')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const long = 'Die Waffenstillstandsverhandlungen, sagte er.';
    expect(softHyphenate(long).replace(/\u00AD/g, '')).toBe(long);
    expect(softHyphenate(long)).not.toBe(long);
  });
  it('never leaves fewer than three letters at either end', () => {
    for (const w of [
      'Bundesverfassungsgericht',
      'Sicherheitsgarantieverpflichtungen',
      'Ostukrainekonflikt',
    ]) {
      for (const part of softHyphenate(w, 10).split('\u00AD')) expect(part.length).toBeGreaterThanOrEqual(2);
      const parts = softHyphenate(w, 10).split('\u00AD');
      expect(parts[0]!.length).toBeGreaterThanOrEqual(3);
      expect(parts.at(-1)!.length).toBeGreaterThanOrEqual(3);
    }
  });
});
