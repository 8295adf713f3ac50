// The compiled match index: plain JSON, built once at build time (scripts/build-knowledge.ts) and
// turned into lookup tables once per page load by lib/match/find.ts.

export const FLAG_NEEDS_CUE = 1;
export const FLAG_CASE_SENSITIVE = 2;
export const FLAG_COMPOUND_HEAD = 4;
export const FLAG_COMPOUND_TAIL = 8;
export const FLAG_MARK_WHOLE_COMPOUND = 16;
/**
 * The alias starts with a capital letter, so the text must too: German writes names and nouns
 * capitalised, and "die grünen Wiesen" is not "die Grünen" (the rest of the word may differ in case:
 * NATO/Nato). Not applied to the tail of a closed compound (Ost|ukraine).
 */
export const FLAG_CAPITALISED = 32;

export interface IndexEntry {
  /** The alias folded by normalizeForMatch (lower case, no diacritics but umlauts, ss for ß). */
  key: string;
  entity: string;
  /** The alias as the knowledge writes it (reported as Mention.alias). */
  alias: string;
  /** FLAG_* bits. */
  flags: number;
  /** For case-sensitive aliases: the alias folded without case folding, compared with the original. */
  cased?: string;
}

export interface DroppedAlias {
  entity: string;
  alias: string;
  reason: string;
}

export interface MatchIndex {
  format: 'kontext-match-index';
  version: 1;
  name: string;
  asOf: string;
  /** Sorted by key, then entity; one entry per (key, entity, case). */
  entries: IndexEntry[];
  /**
   * First word of a key → start indices in `entries` of the key groups (entries sharing a key are
   * adjacent), longest key first. Precomputed so a page pays no table building, whatever the size.
   */
  byFirst: Record<string, number[]>;
  /** Start indices of single-word key groups with an entry allowed at the head / tail of a compound. */
  heads: number[];
  tails: number[];
  /** Entity id → folded cue words or phrases that license its needsCue aliases. */
  cues: Record<string, string[]>;
  /** Aliases the stop-list kept out of the index, so a researcher can see why a name never links. */
  dropped: DroppedAlias[];
}
