// What a page needs of the knowledge, and how the reader's packs join the bundled knowledge. The
// content script asks the background for the compact part (the match index and each entity's type)
// only once a page is a news article; whole entities travel one at a time, when a card opens. So
// the content script stays small and pages that are not articles never load the knowledge.

import { compileIndex } from '../match/compile';
import type { MatchIndex } from '../match/index-types';
import { enabledBundles, packsSignature, pickPacksIndex, type StoredPack } from '../packs-store';
import { mergePacks } from './packs';
import type { EntityType, KnowledgeBundle } from './types';

export interface PageKnowledge {
  index: MatchIndex;
  types: Record<string, EntityType>;
  /** When the facts were last checked as a whole (the card's footer). */
  asOf: string;
}

export interface Knowledge {
  bundle: KnowledgeBundle;
  index: MatchIndex;
}

export function pageKnowledgeOf(k: Knowledge): PageKnowledge {
  const types: Record<string, EntityType> = {};
  for (const e of k.bundle.entities) types[e.id] = e.type;
  return { index: k.index, types, asOf: k.bundle.asOf };
}

/**
 * The bundled knowledge extended by the reader's enabled packs. The options page compiles the merged
 * index once per change and stores it (compiling takes a few hundred ms); compile here only when the
 * stored one does not belong to exactly these packs.
 */
export function knowledgeWith(
  bundled: Knowledge,
  packs: readonly StoredPack[],
  storedIndex: unknown,
  version: string,
): Knowledge {
  const bundles = enabledBundles(packs);
  if (!bundles.length) return bundled;
  const bundle = mergePacks(bundled.bundle, bundles);
  const signature = packsSignature(version, bundled.index, packs);
  return { bundle, index: pickPacksIndex(storedIndex, signature) ?? compileIndex(bundle) };
}
