// The calls an article reports. Steps: sentences → triggers → who took part (one record per
// participant set and status, however many sentences mention it) → sentences that only refer back
// ("Das Gespräch dauerte …", "Der Kreml bestätigte das Telefonat") → the sentences right after that
// report what was said → date, duration, initiator, first-since, statements and quotes.

import { roleOn } from '../knowledge/roles';
import type { KnowledgeBundle } from '../knowledge/types';
import type { Mention } from '../match/types';
import { drain, type Steps } from '../steps';
import { attribute } from './attribution';
import type { Ctx } from './context';
import { continuationSteps } from './continuation';
import { callDate, callDuration, callInitiator, firstSince } from './details';
import { attachPartials, type Draft, draftSteps, license } from './drafts';
import { peopleSteps } from './participants';
import { type Sentence, sentenceSteps } from './sentences';
import type { CallRecord } from './types';

function* contextSteps(
  text: string,
  mentions: readonly Mention[],
  bundle: KnowledgeBundle,
  published: string | null,
): Steps<Ctx> {
  const date = published && /^\d{4}/.test(published) ? published.slice(0, 10) : bundle.asOf;
  const byId = new Map(bundle.entities.map((e) => [e.id, e]));
  const dated = !!published && /^\d{4}/.test(published);
  const { persons, counterparts } = yield* peopleSteps(text, mentions, bundle, byId, date, dated);
  yield;
  const sentences = yield* sentenceSteps(text);
  return { text, sentences, persons, counterparts, bundle, byId, date, published };
}

function toRecord(ctx: Ctx, d: Draft, shared: ReadonlySet<number>): CallRecord {
  const evidence: Sentence[] = [...d.sentences].sort((a, b) => a - b).map((i) => ctx.sentences[i]!);
  const date = callDate(ctx, evidence);
  const duration = callDuration(ctx, evidence);
  const since = firstSince(ctx, evidence);
  const held = d.status === 'held';
  const { demands, outcomes, quotes } = attribute(ctx, evidence, d.ids, shared);
  const roles: Record<string, { de: string; en: string } | null> = {};
  for (const id of d.ids) {
    const e = ctx.byId.get(id);
    const role = e ? roleOn(e, date.iso ?? ctx.date) : null;
    roles[id] = role ? { de: role.title.de, en: role.title.en } : null;
  }
  return {
    participants: d.ids,
    roles,
    mode: d.mode,
    status: d.status,
    date: date.iso,
    dateText: date.text,
    duration: duration?.text ?? null,
    durationMinutes: duration?.minutes ?? null,
    initiator: held ? callInitiator(ctx, evidence, d.ids) : null,
    firstSince: since?.text ?? null,
    firstSinceDate: since?.iso ?? null,
    demands,
    outcomes,
    quotes,
    evidence: evidence.map((s) => ({ text: s.text, start: s.start, end: s.end })),
    plover: { event: 'CONSULT', mode: d.mode },
    cameo: held ? '041' : null,
  };
}

/**
 * Every call the text reports, held ones first in order of first mention, then planned and denied.
 * `mentions` come from the matcher over the same text; `published` (ISO) anchors roles and weekdays.
 */
export function extractCalls(
  text: string,
  mentions: Mention[],
  bundle: KnowledgeBundle,
  published: string | null,
): CallRecord[] {
  return drain(callSteps(text, mentions, bundle, published));
}

/**
 * extractCalls in steps, for a caller that has to give the main thread back now and then (the popup
 * when it cannot start its worker): no step takes more than a few ms, even on a 200,000-word page.
 */
export function* callSteps(
  text: string,
  mentions: readonly Mention[],
  bundle: KnowledgeBundle,
  published: string | null,
): Steps<CallRecord[]> {
  const ctx = yield* contextSteps(text, mentions, bundle, published);
  const { drafts, partials, strongHeld } = yield* draftSteps(ctx);
  license(drafts, strongHeld);
  attachPartials(ctx, drafts, partials);
  yield;
  yield* continuationSteps(ctx, drafts);
  // Sentences that refer back to what the continuations just added ("Er sagte, die beiden sprachen …").
  attachPartials(ctx, drafts, partials);
  const count = new Map<number, number>();
  for (const d of drafts.values())
    if (d.status === 'held') for (const si of d.sentences) count.set(si, (count.get(si) ?? 0) + 1);
  const shared = new Set([...count].filter(([, n]) => n > 1).map(([si]) => ctx.sentences[si]!.start));
  const order = { held: 0, planned: 1, denied: 2 } as const;
  const sorted = [...drafts.values()].sort(
    (a, b) => order[a.status] - order[b.status] || Math.min(...a.sentences) - Math.min(...b.sentences),
  );
  const records: CallRecord[] = [];
  for (const d of sorted) {
    yield;
    records.push(toRecord(ctx, d, shared));
  }
  return records;
}
