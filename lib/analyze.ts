// One article text in, what Kontext shows for it out: the entities it names (with every mention)
// and the calls it reports. Shared by `npm run analyze`, the evaluation and the extension.

import { extractCalls } from './calls/extract';
import type { CallRecord } from './calls/types';
import type { Entity, EntityType, KnowledgeBundle, Localized } from './knowledge/types';
import { findMentions } from './match/find';
import type { MatchIndex } from './match/index-types';
import type { Mention } from './match/types';

export interface MentionHit {
  text: string;
  start: number;
  end: number;
}

export interface EntityHits {
  id: string;
  type: EntityType;
  label: Localized;
  wikidata: string | null;
  mentions: MentionHit[];
}

export interface AnalyzeOptions {
  /** ISO date the article appeared, for roles and relative dates; null when unknown. */
  published: string | null;
  bundle: KnowledgeBundle;
  index: MatchIndex;
}

export interface Analysis {
  entities: EntityHits[];
  mentions: Mention[];
  calls: CallRecord[];
}

/** Groups mentions by entity, entities ordered by their first mention. */
export function groupMentions(mentions: readonly Mention[], entities: readonly Entity[]): EntityHits[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const groups = new Map<string, EntityHits>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    let group = groups.get(m.entityId);
    if (!group) {
      const entity = byId.get(m.entityId);
      group = {
        id: m.entityId,
        // An id the bundle does not know would be a matcher bug; show it rather than hide it.
        type: entity?.type ?? 'term',
        label: entity?.label ?? { de: m.entityId, en: m.entityId },
        wikidata: entity?.wikidata ?? null,
        mentions: [],
      };
      groups.set(m.entityId, group);
    }
    group.mentions.push({ text: m.text, start: m.start, end: m.end });
  }
  return [...groups.values()];
}

export function analyzeText(text: string, opts: AnalyzeOptions): Analysis {
  const mentions = findMentions(text, opts.index);
  const calls = extractCalls(text, mentions, opts.bundle, opts.published);
  return { entities: groupMentions(mentions, opts.bundle.entities), mentions, calls };
}
