import { describe, expect, it } from 'vitest';
import { findDates, lastWeekday, parseDate, withYear } from '../../lib/calls/dates';
import { parseDuration } from '../../lib/calls/duration';

describe('dates', () => {
  it('parses full dates in words and digits', () => {
    expect(parseDate('am 13. Mai 2022', null)?.iso).toBe('2022-05-13');
    expect(parseDate('13.05.2022', null)?.iso).toBe('2022-05-13');
    expect(parseDate('2025-02-12', null)?.iso).toBe('2025-02-12');
  });

  it('takes the year from the publication date, the year before for a later day', () => {
    expect(parseDate('18. Februar', '2022-05-13')?.iso).toBe('2022-02-18');
    expect(withYear(12, 18, '2023-01-05')).toBe('2022-12-18');
    expect(parseDate('18. Februar', null)?.iso).toBeNull();
  });

  it('resolves weekdays and gestern against the publication date', () => {
    // 2022-05-13 was a Friday, 2025-04-30 a Wednesday.
    expect(parseDate('am Freitag', '2022-05-13')?.iso).toBe('2022-05-13');
    expect(parseDate('am Sonntag', '2025-04-30')?.iso).toBe('2025-04-27');
    expect(lastWeekday(1, '2025-04-30')).toBe('2025-04-28');
    expect(parseDate('gestern', '2025-03-01')?.iso).toBe('2025-02-28');
    expect(parseDate('heute', '2024-11-15')?.iso).toBe('2024-11-15');
    expect(parseDate('am Freitag', null)?.iso).toBeNull();
  });

  it('keeps the text and rejects impossible days', () => {
    const text = 'Sie telefonierten am 31. Februar und am Dienstagabend.';
    const hits = findDates(text, 0, text.length, '2024-03-10');
    expect(hits.map((h) => h.text)).toEqual(['am 31. Februar', 'am Dienstagabend']);
    expect(hits[0]!.iso).toBeNull();
    expect(hits[1]!.iso).toBe('2024-03-05');
  });

  it('does not read clock times as dates', () => {
    expect(findDates('um 15.23 Uhr', 0, 12, '2024-11-15')).toEqual([]);
  });
});

describe('durations', () => {
  it.each([
    ['etwa eine Stunde', 60],
    ['eine gute Stunde', 60],
    ['rund 90 Minuten', 90],
    ['mehr als zwei Stunden', 120],
    ['knapp eine halbe Stunde', 30],
    ['anderthalb Stunden', 90],
    ['eine Dreiviertelstunde', 45],
    ['eine knappe Viertelstunde', 15],
    ['zwei Stunden und 15 Minuten', 135],
    ['ein einstündiges Gespräch', 60],
    ['das 45-minütige Telefonat', 45],
    ['Stunden', null],
  ])('%s → %s', (phrase, minutes) => {
    expect(parseDuration(phrase)).toBe(minutes);
  });
});

describe('vague dates', () => {
  it('keeps "diese Woche" as text without a day', () => {
    const text = 'Er hat einem Anruf diese Woche zugestimmt.';
    const hits = findDates(text, 0, text.length, '2022-05-13');
    expect(hits.map((h) => [h.text, h.iso])).toEqual([['diese Woche', null]]);
  });
});
