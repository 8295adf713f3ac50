// Per-file counts → totals → the ratios the eval prints. Ratios are computed from summed counts
// (micro-averages), so a long article weighs more than a short one.

import type { CallScore } from './calls';
import type { MentionScore } from './mentions';
import { f1, ratio, sumCounts } from './metrics';

export const MENTION_KEYS = [
  'predicted',
  'truePositives',
  'knownUnits',
  'knownFound',
  'allUnits',
  'allFound',
  'overlapTruePositives',
  'knownOverlapFound',
] as const;
export const CALL_KEYS = [
  'gold',
  'predicted',
  'truePositives',
  'durationRight',
  'initiatorRight',
  'evidenceSentences',
  'evidenceCovered',
  'notCalls',
  'falseNotCalls',
  'firstSinceGold',
  'firstSinceRight',
] as const;

export function summary(
  m: Record<(typeof MENTION_KEYS)[number], number>,
  c: Record<(typeof CALL_KEYS)[number], number>,
) {
  const callP = ratio(c.truePositives, c.predicted);
  const callR = ratio(c.truePositives, c.gold);
  return {
    mentions: {
      ...m,
      precision: ratio(m.truePositives, m.predicted),
      recallKnown: ratio(m.knownFound, m.knownUnits),
      recallAll: ratio(m.allFound, m.allUnits),
      lenientPrecision: ratio(m.truePositives + m.overlapTruePositives, m.predicted),
      lenientRecallKnown: ratio(m.knownFound + m.knownOverlapFound, m.knownUnits),
    },
    calls: {
      ...c,
      precision: callP,
      recall: callR,
      f1: f1(callP, callR),
      durationAccuracy: ratio(c.durationRight, c.truePositives),
      initiatorAccuracy: ratio(c.initiatorRight, c.truePositives),
      evidenceRecall: ratio(c.evidenceCovered, c.evidenceSentences),
      firstSinceAccuracy: ratio(c.firstSinceRight, c.firstSinceGold),
    },
  };
}

/** Sums per-file scores and derives the ratios. */
export function summarize(mentions: readonly MentionScore[], calls: readonly CallScore[]) {
  return summary(
    sumCounts(mentions as unknown as Record<(typeof MENTION_KEYS)[number], number>[], MENTION_KEYS),
    sumCounts(calls as unknown as Record<(typeof CALL_KEYS)[number], number>[], CALL_KEYS),
  );
}
