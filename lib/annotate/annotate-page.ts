// One annotation pass over a live page: detect, collect, match, extract calls, paint. Every browser
// dependency comes in as a parameter, so the same code runs in both browsers and in happy-dom.
import { extractCalls } from '../calls/extract';
import type { CallRecord } from '../calls/types';
import type { Entity, EntityType, KnowledgeBundle } from '../knowledge/types';
import { findMentions } from '../match/find';
import type { MatchIndex } from '../match/index-types';
import type { Mention } from '../match/types';
import { extractArticle } from '../page/extract';
import type { PageInfo } from '../page/types';
import { type HighlightEnv, type MarkLook, paintMentions } from '../render/paint';
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

export function annotatePage(input: AnnotateInput): AnnotateOutcome {
  const { doc, url, bundle, index, entities, env, look = 'both', marked = () => true } = input;
  const now = () => (globalThis.performance ? performance.now() : Date.now());
  const t0 = now();
  // Detection, the article root, and its text without teasers, comments and share bars inside it.
  const { page, collected } = extractArticle(doc, url);
  if (!page.isNewsArticle) return { kind: 'skipped', page, reason: page.reasons.join('; ') || 'not-article' };
  if (!collected) return { kind: 'skipped', page, reason: 'no article body found' };
  const t2 = now();
  const all = findMentions(collected.text, index);
  const t3 = now();
  const mentions = all.filter((m) => marked(entities.get(m.entityId)?.type ?? 'term'));
  const ranges = paintMentions(env, collected, mentions, (id) => entities.get(id)?.type, look);
  const timings = { extract: t2 - t0, match: t3 - t2, paint: now() - t3 };
  let calls: CallRecord[] | null = null;
  const callsOnce = () => {
    calls ??= extractCalls(collected.text, all, bundle, page.published);
    return calls;
  };
  return {
    kind: 'annotated',
    annotation: { page, collected, mentions, ranges, calls: callsOnce, entities, timings },
  };
}
