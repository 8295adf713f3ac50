import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, findMentionsInSteps } from '../../lib/match/find';
import { normalizeForMatch, originalRange } from '../../lib/text/normalize';
import { fixtureIndex } from './helpers';

// Pieces that stress the folding and boundaries: names, combining marks, surrogate pairs, RTL text,
// soft hyphens, ZWJ sequences, apostrophes, hyphens, ß, İ, long words.
const pieces = fc.constantFrom(
  'Putin',
  'Putins',
  'Scholz’',
  'Nato-',
  'Kreml',
  'chef',
  'Ost',
  'ukraine',
  'Wladimir',
  ' ',
  '\u00a0',
  '\n',
  '\u00AD',
  '\u200B',
  '\u200D',
  '\u0301',
  '\u0308',
  'ß',
  'ẞ',
  'İ',
  'Σ',
  '\u{1F468}\u200D\u{1F469}',
  '\u{1D400}',
  '\uD800', // lone surrogate
  'مرحبا',
  'שלום',
  '\u202E',
  "'",
  '-',
  '\u2011',
  'X (vormals Twitter)',
  'Kim',
  'Austin',
  'Lloyd Austin',
  'a'.repeat(300),
  'US',
  'us',
);

const text = fc.oneof(
  fc
    .array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 40 })
    .map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('property: arbitrary Unicode', () => {
  it('never crashes and every mention maps back to exactly its text, sorted and non-overlapping', () => {
    fc.assert(
      fc.property(text, (t) => {
        const ms = findMentions(t, fixtureIndex);
        let last = 0;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(t.slice(m.start, m.end)).toBe(m.text);
          last = m.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('findMentionsInSteps gives exactly findMentions, whatever the chunk size', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 60 }), (t, chunk) => {
        const steps = findMentionsInSteps(t, fixtureIndex, chunk);
        let r = steps.next();
        while (!r.done) r = steps.next();
        expect(r.value).toEqual(findMentions(t, fixtureIndex));
      }),
      { numRuns: 1000 },
    );
  });

  it('the normalisation map is monotone, in range and ends at the original length', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { text: n, map } = normalizeForMatch(t);
        expect(map.length).toBe(n.length + 1);
        expect(map[n.length]).toBe(t.length);
        for (let i = 0; i < n.length; i++) {
          expect(map[i]!).toBeLessThan(t.length);
          if (i > 0) expect(map[i]!).toBeGreaterThanOrEqual(map[i - 1]!);
        }
        if (n.length > 0) {
          const r = originalRange(t, map, 0, n.length);
          expect(r.end).toBeLessThanOrEqual(t.length);
          expect(r.start).toBeLessThanOrEqual(r.end);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a known name embedded in random text is found at its exact offsets', () => {
    const word = fc.stringMatching(/^[a-zäöü]{1,10}$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        const t = `${a} Wladimir Putin ${b}.`;
        const m = findMentions(t, fixtureIndex).find((x) => x.entityId === 'vladimir-putin');
        expect(m).toBeDefined();
        expect(m!.start).toBe(a.length + 1);
        expect(m!.text).toBe('Wladimir Putin');
      }),
    );
  });
});
