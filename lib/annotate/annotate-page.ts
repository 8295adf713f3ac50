// One annotation pass over a live page: detect, collect, match, extract calls, paint. Every browser
// dependency comes in as a parameter, so the same code runs in both browsers and in happy-dom.
import { extractCalls } from '../calls/extract';
import type { CallRecord } from '../calls/types';
import type { Entity, EntityType, KnowledgeBundle } from '../knowledge/types';
import { findMentions } from '../match/find';
import type { MatchIndex } from '../match/index-types';
import type { Mention } from '../match/types';
import { findArticleRoot } from '../page/article-root';
import { detectPage } from '../page/detect';
import type { PageInfo } from '../page/types';
import { type HighlightEnv, type MarkLook, paintMentions } from '../render/paint';
import { collectText } from '../text/collect';
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
  const page = detectPage(doc, url);
  if (!page.isNewsArticle) return { kind: 'skipped', page, reason: page.reasons.join('; ') || 'not-article' };
  const root = findArticleRoot(doc);
  if (!root) return { kind: 'skipped', page, reason: 'no article body found' };
  const collected = collectText(root);
  const all = findMentions(collected.text, index);
  const mentions = all.filter((m) => marked(entities.get(m.entityId)?.type ?? 'term'));
  const ranges = paintMentions(env, collected, mentions, (id) => entities.get(id)?.type, look);
  let calls: CallRecord[] | null = null;
  const callsOnce = () => {
    calls ??= extractCalls(collected.text, all, bundle, page.published);
    return calls;
  };
  return { kind: 'annotated', annotation: { page, collected, mentions, ranges, calls: callsOnce, entities } };
}
