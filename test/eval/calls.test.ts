import { describe, expect, it } from 'vitest';
import {
  covered,
  durationAgrees,
  durationMinutes,
  firstSinceAgrees,
  locateSentences,
  scoreCalls,
} from '../../lib/eval/calls';

const pred = (participants: string[], extra: Partial<Parameters<typeof durationAgrees>[1]> = {}) => ({
  participants,
  status: 'held',
  duration: null,
  durationMinutes: null,
  initiator: null,
  spans: [],
  ...extra,
});

describe('durationMinutes', () => {
  it.each([
    ['etwa eine Stunde', 60],
    ['eine gute Stunde', 60],
    ['anderthalb Stunden', 90],
    ['eine halbe Stunde', 30],
    ['90 Minuten', 90],
    ['zwei Stunden', 120],
    ['rund 45 Minuten', 45],
  ])('%s → %i', (text, minutes) => {
    expect(durationMinutes(text)).toBe(minutes);
  });
  it('is null for no duration', () => {
    expect(durationMinutes(null)).toBeNull();
    expect(durationMinutes('lange')).toBeNull();
  });
});

describe('durationAgrees', () => {
  it('compares minutes, else words; both absent agrees', () => {
    expect(
      durationAgrees('etwa eine Stunde', pred([], { duration: 'rund eine Stunde', durationMinutes: 60 })),
    ).toBe(true);
    expect(
      durationAgrees('etwa eine Stunde', pred([], { duration: 'zwei Stunden', durationMinutes: 120 })),
    ).toBe(false);
    expect(durationAgrees(null, pred([]))).toBe(true);
    expect(durationAgrees(null, pred([], { duration: 'kurz' }))).toBe(false);
    expect(durationAgrees('etwa eine Stunde', pred([]))).toBe(false);
  });
});

describe('covered', () => {
  it('needs at least half of the sentence', () => {
    expect(covered({ start: 0, end: 10 }, [{ start: 5, end: 20 }])).toBe(true);
    expect(covered({ start: 0, end: 10 }, [{ start: 6, end: 20 }])).toBe(false);
    expect(
      covered({ start: 0, end: 10 }, [
        { start: 0, end: 3 },
        { start: 7, end: 9 },
      ]),
    ).toBe(true);
  });
});

describe('scoreCalls', () => {
  const gold = [
    {
      participants: ['a', 'b'],
      duration: 'etwa eine Stunde',
      initiator: 'a',
      evidence: [
        { start: 0, end: 10 },
        { start: 20, end: 30 },
      ],
    },
    { participants: ['c', 'd'], duration: null, initiator: null, evidence: [{ start: 40, end: 50 }] },
  ];

  it('matches by participant set regardless of order, and scores fields on matched calls', () => {
    const s = scoreCalls(gold, [
      pred(['b', 'a'], {
        durationMinutes: 60,
        duration: 'eine Stunde',
        initiator: 'a',
        spans: [{ start: 0, end: 10 }],
      }),
    ]);
    expect(s).toMatchObject({ gold: 2, predicted: 1, truePositives: 1, durationRight: 1, initiatorRight: 1 });
    expect([s.evidenceCovered, s.evidenceSentences]).toEqual([1, 3]);
  });

  it('does not count planned calls, and a superset of participants is wrong', () => {
    const s = scoreCalls(gold, [pred(['a', 'b'], { status: 'planned' }), pred(['c', 'd', 'e'])]);
    expect(s.predicted).toBe(1);
    expect(s.truePositives).toBe(0);
  });

  it('matches each gold call once', () => {
    const s = scoreCalls(gold, [pred(['a', 'b']), pred(['a', 'b'])]);
    expect([s.truePositives, s.predicted]).toEqual([1, 2]);
  });

  it('counts a not_call as reported when an unmatched held call points into its sentence', () => {
    const notCalls = [[{ start: 60, end: 80 }], [{ start: 90, end: 99 }]];
    const s = scoreCalls(gold, [pred(['x', 'y'], { spans: [{ start: 65, end: 70 }] })], notCalls);
    expect([s.falseNotCalls, s.notCalls]).toEqual([1, 2]);
    const planned = scoreCalls(
      gold,
      [pred(['x', 'y'], { status: 'planned', spans: [{ start: 65, end: 70 }] })],
      notCalls,
    );
    expect(planned.falseNotCalls).toBe(0);
  });
});

describe('locateSentences', () => {
  it('finds sentences verbatim and returns null for ones not in the text', () => {
    expect(locateSentences('Eins. Zwei drei.', ['Zwei drei.', 'Vier.'])).toEqual([
      { start: 6, end: 16 },
      null,
    ]);
  });
});

describe('first since', () => {
  it('agrees when one wording contains the other', () => {
    expect(firstSinceAgrees('18. Februar', 'dem 18. Februar')).toBe(true);
    expect(firstSinceAgrees('nach fast zwei Jahren Funkstille', 'fast zwei Jahren')).toBe(true);
    expect(firstSinceAgrees('18. Februar', '24. Februar')).toBe(false);
    expect(firstSinceAgrees('18. Februar', null)).toBe(false);
  });

  it('is scored on matched calls whose gold has it', () => {
    const gold = [
      { participants: ['a', 'b'], duration: null, initiator: null, evidence: [], firstSince: '18. Februar' },
      { participants: ['c', 'd'], duration: null, initiator: null, evidence: [] },
    ];
    const s = scoreCalls(gold, [pred(['a', 'b'], { firstSince: 'dem 18. Februar' }), pred(['c', 'd'])]);
    expect([s.firstSinceRight, s.firstSinceGold]).toEqual([1, 1]);
  });
});
