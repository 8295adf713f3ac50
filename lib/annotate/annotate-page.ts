// One annotation pass over a live page: detect, collect, match, extract calls, paint. Every browser
// dependency comes in as a parameter, so the same code runs in both browsers and in happy-dom.
import { extractCalls } from '../calls/extract';
import type { CallRecord } from '../calls/types';
import type { Entity, EntityType, KnowledgeBundle } from '../knowledge/types';
import { findMentionsInSteps } from '../match/find';
import type { MatchIndex } from '../match/index-types';
import type { Mention } from '../match/types';
import { extractArticleSteps } from '../page/extract';
import type { PageInfo } from '../page/types';
import { type HighlightEnv, type MarkLook, paintMentionsInSteps } from '../render/paint';
import { drain } from '../steps';
import type { CollectedText } from '../text/types';

export interface Annotation {
  page: PageInfo;
  collected: CollectedText;
  mentions: Mention[];
  /** Index-aligned with `mentions`. */
  ranges: AbstractRange[];
  /** Extracted on first use: the popup needs calls, painting must not wait for them. */
  calls: () => CallRecord[];
  entities: Map<string, Entity>;
  /** Milliseconds per phase, for the benchmark and the localhost debug line. */
  timings: Record<'extract' | 'match' | 'paint', number>;
  /** Where the text was cut because the page exceeds MAX_TEXT_CHARS; null when all was annotated. */
  truncatedAt: number | null;
}

export type AnnotateOutcome =
  | { kind: 'annotated'; annotation: Annotation }
  | { kind: 'skipped'; page: PageInfo | null; reason: string };

export interface AnnotateInput {
  doc: Document;
  url: string;
  bundle: KnowledgeBundle;
  index: MatchIndex;
  entities: Map<string, Entity>;
  env: HighlightEnv;
  look?: MarkLook;
  /** Types the reader wants marked; the others are found (popup, export) but not painted. */
  marked?: (type: EntityType) => boolean;
}

export function entityMap(bundle: KnowledgeBundle): Map<string, Entity> {
  return new Map(bundle.entities.map((e) => [e.id, e]));
}

/** Characters scanned per matching step on huge pages (about 10 ms of work in Chromium). */
const MATCH_CHUNK = 60_000;
/** Text beyond this is not annotated: a documented limit instead of a frozen page (~400,000 words). */
export const MAX_TEXT_CHARS = 3_000_000;

/** The whole pass at once: what small pages, tests and the benchmark use. */
export function annotatePage(input: AnnotateInput): AnnotateOutcome {
  return drain(annotateSteps(input));
}

/**
 * The pass as steps, so a driver can stop after a time budget and give the page its main thread back
 * (DESIGN: no task over 50 ms). Yields between phases, inside matching and inside painting.
 */
export function* annotateSteps(input: AnnotateInput): Generator<void, AnnotateOutcome, void> {
  const { doc, url, bundle, index, entities, env, look = 'both', marked = () => true } = input;
  const now = () => (globalThis.performance ? performance.now() : Date.now());
  const t0 = now();
  // Detection, the article root, and its text without teasers, comments and share bars inside it.
  const { page, collected: full } = yield* extractArticleSteps(doc, url);
  if (!page.isNewsArticle) return { kind: 'skipped', page, reason: page.reasons.join('; ') || 'not-article' };
  if (!full) return { kind: 'skipped', page, reason: 'no article body found' };
  const collected = truncated(full, MAX_TEXT_CHARS);
  const t1 = now();
  yield;
  const t2 = now();
  const all = yield* findMentionsInSteps(collected.text, index, MATCH_CHUNK);
  const t3 = now();
  yield;
  const t4 = now();
  const mentions = all.filter((m) => marked(entities.get(m.entityId)?.type ?? 'term'));
  const ranges = yield* paintMentionsInSteps(env, collected, mentions, (id) => entities.get(id)?.type, look);
  const timings = { extract: t1 - t0, match: t3 - t2, paint: now() - t4 };
  let calls: CallRecord[] | null = null;
  const callsOnce = () => {
    calls ??= extractCalls(collected.text, all, bundle, page.published);
    return calls;
  };
  const truncatedAt = collected === full ? null : collected.text.length;
  return {
    kind: 'annotated',
    annotation: { page, collected, mentions, ranges, calls: callsOnce, entities, timings, truncatedAt },
  };
}

/** Cuts collected text at a segment boundary at or before `max` characters. */
export function truncated(c: CollectedText, max: number): CollectedText {
  if (c.text.length <= max) return c;
  let n = 0;
  while (n < c.segments.length && c.segments[n]!.end <= max) n++;
  const segments = c.segments.slice(0, n);
  return { text: c.text.slice(0, segments.at(-1)?.end ?? 0), segments };
}
