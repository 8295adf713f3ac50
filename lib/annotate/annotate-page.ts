// One annotation pass over a live page: detect, collect, match, paint. Every browser dependency comes
// in as a parameter, so the same code runs in both browsers and in happy-dom. The knowledge arrives
// separately (PageKnowledge), after detection: pages that are not articles never load it.

import type { PageKnowledge } from '../knowledge/page-knowledge';
import type { EntityType } from '../knowledge/types';
import { findMentionsInSteps } from '../match/find';
import { type ArticleEvidence, newEvidence } from '../match/resolve';
import type { Mention } from '../match/types';
import { extractArticleSteps, type PageArticle } from '../page/extract';
import type { PageInfo } from '../page/types';
import { type HighlightEnv, type MarkLook, paintMentionsInSteps } from '../render/paint';
import { drain, type Steps } from '../steps';
import type { CollectedText } from '../text/types';

export interface Annotation {
  page: PageInfo;
  collected: CollectedText;
  /** Every mention found, painted or not. */
  all: Mention[];
  /** The painted mentions (the reader's marked types). */
  mentions: Mention[];
  /** Index-aligned with `mentions`. */
  ranges: AbstractRange[];
  /** Milliseconds per phase, for the benchmark and the localhost debug line. */
  timings: Record<'match' | 'paint', number>;
  /** Where the text was cut because the page exceeds MAX_TEXT_CHARS; null when all was annotated. */
  truncatedAt: number | null;
  /** The element the text was collected from: a live page's additions are followed inside it. */
  root?: Element;
  /** What the article established for disambiguation, so text added later is resolved the same way. */
  evidence?: ArticleEvidence;
  /** Characters of `collected.text` whose nodes left the page (a live page); no mark points there. */
  staleChars?: number;
}

export type ArticleOutcome =
  | { kind: 'article'; page: PageInfo; collected: CollectedText; truncatedAt: number | null; root?: Element }
  | { kind: 'skipped'; page: PageInfo | null; reason: string };

export type AnnotateOutcome =
  | { kind: 'annotated'; annotation: Annotation }
  | { kind: 'skipped'; page: PageInfo | null; reason: string };

export interface PaintInput {
  knowledge: PageKnowledge;
  env: HighlightEnv;
  look?: MarkLook;
  /** Types the reader wants marked; the others are found (popup, export) but not painted. */
  marked?: (type: EntityType) => boolean;
}

/** Characters scanned per matching step on huge pages (about 10 ms of work in Chromium). */
export const MATCH_CHUNK = 60_000;
/** Text beyond this is not annotated: a documented limit instead of a frozen page (~400,000 words). */
export const MAX_TEXT_CHARS = 3_000_000;

/** Detection, the article root, and its text without teasers, comments and share bars inside it. */
export function* articleSteps(doc: Document, url: string): Steps<ArticleOutcome> {
  const { page, root, collected }: PageArticle = yield* extractArticleSteps(doc, url);
  if (!page.isNewsArticle) return { kind: 'skipped', page, reason: page.reasons.join('; ') || 'not-article' };
  if (!collected) return { kind: 'skipped', page, reason: 'no article body found' };
  const cut = truncated(collected, MAX_TEXT_CHARS);
  const truncatedAt = cut === collected ? null : cut.text.length;
  return { kind: 'article', page, collected: cut, truncatedAt, ...(root ? { root } : {}) };
}

/** Matching and painting as steps, so a driver can give the page its main thread back between them. */
export function* paintSteps(
  article: Extract<ArticleOutcome, { kind: 'article' }>,
  { knowledge, env, look = 'both', marked = () => true }: PaintInput,
): Steps<Annotation> {
  const now = () => (globalThis.performance ? performance.now() : Date.now());
  const { page, collected, truncatedAt, root } = article;
  const evidence = newEvidence();
  const typeOf = (id: string): EntityType => knowledge.types[id] ?? 'term';
  const t0 = now();
  const all = yield* findMentionsInSteps(collected.text, knowledge.index, MATCH_CHUNK, evidence);
  const t1 = now();
  yield;
  const t2 = now();
  const mentions = all.filter((m) => marked(typeOf(m.entityId)));
  const ranges = yield* paintMentionsInSteps(env, collected, mentions, typeOf, look);
  return {
    page,
    collected,
    all,
    mentions,
    ranges,
    timings: { match: t1 - t0, paint: now() - t2 },
    truncatedAt,
    evidence,
    ...(root ? { root } : {}),
  };
}

/** The whole pass at once: what small pages, tests and the benchmark use. */
export function annotatePage(doc: Document, url: string, input: PaintInput): AnnotateOutcome {
  const article = drain(articleSteps(doc, url));
  if (article.kind === 'skipped') return article;
  return { kind: 'annotated', annotation: drain(paintSteps(article, input)) };
}

/** Cuts collected text at a segment boundary at or before `max` characters. */
export function truncated(c: CollectedText, max: number): CollectedText {
  if (c.text.length <= max) return c;
  let n = 0;
  while (n < c.segments.length && c.segments[n]!.end <= max) n++;
  const segments = c.segments.slice(0, n);
  return { text: c.text.slice(0, segments.at(-1)?.end ?? 0), segments };
}
