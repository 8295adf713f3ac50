import { describe, expect, it } from 'vitest';
import type { CallScore } from '../../lib/eval/calls';
import type { MentionScore } from '../../lib/eval/mentions';
import { f1, ratio } from '../../lib/eval/metrics';
import { summarize } from '../../lib/eval/summary';

const mentions = (predicted: number, tp: number, known: number, found: number): MentionScore => ({
  predicted,
  truePositives: tp,
  knownUnits: known,
  knownFound: found,
  allUnits: known + 1,
  allFound: found,
  overlapTruePositives: 0,
  knownOverlapFound: 0,
  misses: [],
  falsePositives: [],
});
const calls = (gold: number, predicted: number, tp: number): CallScore => ({
  gold,
  predicted,
  truePositives: tp,
  durationRight: tp,
  initiatorRight: 0,
  evidenceSentences: 4,
  evidenceCovered: 2,
  notCalls: 1,
  falseNotCalls: 0,
  firstSinceGold: 0,
  firstSinceRight: 0,
  pairs: [],
});

describe('summarize', () => {
  it('micro-averages: ratios of summed counts, not means of ratios', () => {
    const s = summarize([mentions(10, 9, 10, 9), mentions(90, 90, 90, 81)], [calls(2, 1, 1), calls(1, 2, 1)]);
    expect(s.mentions.precision).toBeCloseTo(99 / 100);
    expect(s.mentions.recallKnown).toBeCloseTo(90 / 100);
    expect(s.mentions.recallAll).toBeCloseTo(90 / 102);
    expect(s.calls.precision).toBeCloseTo(2 / 3);
    expect(s.calls.recall).toBeCloseTo(2 / 3);
    expect(s.calls.f1).toBeCloseTo(2 / 3);
    expect(s.calls.initiatorAccuracy).toBe(0);
    expect(s.calls.evidenceRecall).toBe(0.5);
  });

  it('treats empty sets as perfect, not NaN', () => {
    expect(ratio(0, 0)).toBe(1);
    expect(f1(0, 0)).toBe(0);
    expect(summarize([], []).calls.f1).toBe(1);
  });
});
