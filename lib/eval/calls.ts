// Call scores: detection (a predicted held call is right when its participant set equals a gold
// call's), duration and initiator accuracy over matched calls, evidence recall over all gold calls,
// and false calls on the gold's not_calls.

export interface GoldCallForScoring {
  /** Participant entity ids; a gold name the knowledge lacks becomes `?Name`, which never matches. */
  participants: string[];
  duration: string | null;
  /** Entity id, `?Name` for an unknown one, or null when the text does not say. */
  initiator: string | null;
  /** Spans of the gold evidence sentences found in the text. */
  evidence: { start: number; end: number }[];
  /** The previous contact as the gold words it ("18. Februar"); absent = not scored. */
  firstSince?: string | null;
}

export interface PredictedCallForScoring {
  participants: string[];
  status: string;
  duration: string | null;
  durationMinutes: number | null;
  initiator: string | null;
  /** Every span the record points at: evidence, demands, outcomes, quotes. */
  spans: { start: number; end: number }[];
  firstSince?: string | null;
}

export interface CallScore {
  gold: number;
  predicted: number;
  truePositives: number;
  durationRight: number;
  initiatorRight: number;
  evidenceSentences: number;
  evidenceCovered: number;
  notCalls: number;
  falseNotCalls: number;
  /** Matched calls whose gold has a first_since, and how many of those the prediction words alike. */
  firstSinceGold: number;
  firstSinceRight: number;
  /** Gold index → predicted index for matched calls. */
  pairs: [number, number][];
}

const NUMBER_WORDS: Record<string, number> = {
  eine: 1,
  einer: 1,
  ein: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  zehn: 10,
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  neunzig: 90,
};

/** Minutes of a German duration phrase ("etwa eine Stunde", "eine gute Stunde", "90 Minuten"), or null. */
export function durationMinutes(text: string | null): number | null {
  if (!text) return null;
  const t = text.toLowerCase();
  if (/anderthalb|eineinhalb/.test(t)) return 90;
  if (/halbe stunde/.test(t)) return 30;
  if (/viertelstunde/.test(t)) return 15;
  const m = /(\d+(?:[.,]\d+)?|\p{L}+)\s+(?:gute[n]?\s+|knappe[n]?\s+)?(stunden?|minuten?)/u.exec(t);
  if (!m) return null;
  const n = /\d/.test(m[1]!) ? Number(m[1]!.replace(',', '.')) : NUMBER_WORDS[m[1]!];
  if (n === undefined || Number.isNaN(n)) return null;
  return m[2]!.startsWith('stunde') ? n * 60 : n;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/** Gold and predicted durations agree: both absent, same minutes, or the same words. */
export function durationAgrees(gold: string | null, pred: PredictedCallForScoring): boolean {
  const predMinutes = pred.durationMinutes ?? durationMinutes(pred.duration);
  if (!gold) return pred.duration === null && predMinutes === null;
  const goldMinutes = durationMinutes(gold);
  if (goldMinutes !== null && predMinutes !== null) return goldMinutes === predMinutes;
  return pred.duration !== null && pred.duration.trim().toLowerCase() === gold.trim().toLowerCase();
}

function squash(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "dem 18. Februar" agrees with "18. Februar": one contains the other, ignoring case and punctuation. */
export function firstSinceAgrees(gold: string, pred: string | null | undefined): boolean {
  if (!pred) return false;
  const g = squash(gold);
  const p = squash(pred);
  return g.length > 0 && p.length > 0 && (p.includes(g) || g.includes(p));
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** A gold sentence is covered when predicted spans overlap at least half of it. */
export function covered(
  sentence: { start: number; end: number },
  spans: readonly { start: number; end: number }[],
) {
  const len = sentence.end - sentence.start;
  const hit = spans.reduce((sum, s) => sum + overlap(sentence, s), 0);
  return len > 0 && hit * 2 >= len;
}

export function scoreCalls(
  gold: readonly GoldCallForScoring[],
  predicted: readonly PredictedCallForScoring[],
  notCalls: readonly { start: number; end: number }[][] = [],
): CallScore {
  const held = predicted.map((p, i) => ({ p, i })).filter(({ p }) => p.status === 'held');
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  gold.forEach((g, gi) => {
    const match = held.find(({ p, i }) => !used.has(i) && sameSet(p.participants, g.participants));
    if (match) {
      used.add(match.i);
      pairs.push([gi, match.i]);
    }
  });
  let durationRight = 0;
  let initiatorRight = 0;
  let evidenceSentences = 0;
  let evidenceCovered = 0;
  let firstSinceGold = 0;
  let firstSinceRight = 0;
  const pairOf = new Map(pairs);
  gold.forEach((g, gi) => {
    const pi = pairOf.get(gi);
    const p = pi === undefined ? undefined : predicted[pi];
    if (p) {
      if (durationAgrees(g.duration, p)) durationRight++;
      if ((g.initiator ?? null) === (p.initiator ?? null)) initiatorRight++;
      if (g.firstSince) {
        firstSinceGold++;
        if (firstSinceAgrees(g.firstSince, p.firstSince)) firstSinceRight++;
      }
    }
    for (const sentence of g.evidence) {
      evidenceSentences++;
      if (p && covered(sentence, p.spans)) evidenceCovered++;
    }
  });
  // A not_call is falsely reported when a held call that matches no gold call points at its sentences.
  const unmatched = held.filter(({ i }) => !used.has(i)).map(({ p }) => p);
  const falseNotCalls = notCalls.filter((sentences) =>
    unmatched.some((p) => sentences.some((s) => p.spans.some((span) => overlap(s, span) > 0))),
  ).length;
  return {
    gold: gold.length,
    predicted: held.length,
    truePositives: pairs.length,
    durationRight,
    initiatorRight,
    evidenceSentences,
    evidenceCovered,
    notCalls: notCalls.length,
    falseNotCalls,
    firstSinceGold,
    firstSinceRight,
    pairs,
  };
}

/** Where each gold sentence stands in the text (first occurrence); null when it is not there verbatim. */
export function locateSentences(
  text: string,
  sentences: readonly string[],
): ({ start: number; end: number } | null)[] {
  return sentences.map((s) => {
    const i = text.indexOf(s.trim());
    return i < 0 ? null : { start: i, end: i + s.trim().length };
  });
}
