// Build-time compiler: knowledge bundle → JSON match index (folded keys, flags, cues). The runtime
// lookup tables are derived from it once per page in find.ts.

import type { Alias, KnowledgeBundle } from '../knowledge/types';
import { normalizeKey } from '../text/normalize';
import { isWordCode } from './chars';
import {
  type DroppedAlias,
  FLAG_CAPITALISED,
  FLAG_CASE_SENSITIVE,
  FLAG_COMPOUND_HEAD,
  FLAG_COMPOUND_TAIL,
  FLAG_MARK_WHOLE_COMPOUND,
  FLAG_NEEDS_CUE,
  type IndexEntry,
  type MatchIndex,
} from './index-types';
import { dropReason } from './stoplist';

export type { IndexEntry, MatchIndex } from './index-types';

function flagsOf(a: Alias): number {
  let f = 0;
  if (a.needsCue) f |= FLAG_NEEDS_CUE;
  if (a.caseSensitive) f |= FLAG_CASE_SENSITIVE;
  if (a.inCompound === 'head' || a.inCompound === 'both') f |= FLAG_COMPOUND_HEAD;
  if (a.inCompound === 'tail' || a.inCompound === 'both') f |= FLAG_COMPOUND_TAIL;
  if (a.markWholeCompound) f |= FLAG_MARK_WHOLE_COMPOUND;
  const first = a.text.trimStart().charAt(0);
  if (!a.caseSensitive && first !== first.toLowerCase()) f |= FLAG_CAPITALISED;
  return f;
}

/** Merges a second spelling that folds to the same key: the more permissive flags win. */
function mergeFlags(a: number, b: number): number {
  const both = a & b & (FLAG_NEEDS_CUE | FLAG_CAPITALISED); // full / any case if either spelling is
  const rest = (a | b) & ~(FLAG_NEEDS_CUE | FLAG_CAPITALISED);
  return rest | both;
}

/** Adjectives that open a title ("Erster Bürgermeister", "Stellvertretende Ministerin"): not cues. */
const TITLE_ADJECTIVE =
  /^(?:erst|zweit|dritt|stellvertretend|ehemalig|amtierend|geschäftsführend|neu)(?:e|er|es|en)?$|(?:isch|lich|ig)(?:e|er|es|en)$/iu;

/**
 * The first noun of each German role title ("Verteidigungsminister Russlands" →
 * "verteidigungsminister", "Erster Bürgermeister …" → "bürgermeister") is a cue for the person, so
 * "Verteidigungsminister Austin" links without every entity listing its titles twice.
 */
function roleCues(titles: string[]): string[] {
  const out: string[] = [];
  for (const t of titles) {
    const w = t
      .trim()
      .split(/\s+/)
      .find((x) => /^\p{Lu}/u.test(x) && !TITLE_ADJECTIVE.test(x));
    if (w && w.length >= 5) out.push(normalizeKey(w));
  }
  return out;
}

function add(byId: Map<string, IndexEntry>, key: string, entity: string, alias: Alias): void {
  const flags = flagsOf(alias);
  const cased = alias.caseSensitive ? normalizeKey(alias.text, { caseFold: false }) : undefined;
  const id = `${key}\u0000${entity}\u0000${cased ?? ''}`;
  const prev = byId.get(id);
  if (!prev) {
    byId.set(
      id,
      cased ? { key, entity, alias: alias.text, flags, cased } : { key, entity, alias: alias.text, flags },
    );
  } else {
    // Report the full spelling rather than a surname-only one when both fold to the same key.
    if (prev.flags & FLAG_NEEDS_CUE && !(flags & FLAG_NEEDS_CUE)) prev.alias = alias.text;
    prev.flags = mergeFlags(prev.flags, flags);
  }
}

/**
 * The declined forms of a name that opens with adjectives: "Europäische Union" → "Europäischen
 * Union"; "Internationaler Strafgerichtshof" → "Internationale / Internationalen Strafgerichtshof";
 * "Weißes Haus" → "Weiße / Weißen Haus" (after der/die/das/den/des). Only leading capitalised words
 * ending in -e/-er/-es before a capitalised last word; empty when the alias has no such shape.
 */
export function declinedForms(text: string): string[] {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || !/^\p{Lu}/u.test(words[words.length - 1]!)) return [];
  let k = 0;
  while (k < words.length - 1 && /^\p{Lu}\p{Ll}{2,}(?:e|er|es)$/u.test(words[k]!)) k++;
  if (k === 0) return [];
  const form = (ending: string) =>
    words.map((w, i) => (i < k ? w.replace(/(?:e|er|es)$/u, ending) : w)).join(' ');
  return [...new Set([form('e'), form('en')])].filter((f) => f !== text.trim());
}

export function compileIndex(bundle: KnowledgeBundle): MatchIndex {
  const byId = new Map<string, IndexEntry>();
  const dropped: DroppedAlias[] = [];
  const cues: Record<string, string[]> = {};
  for (const entity of bundle.entities) {
    for (const alias of entity.aliases) {
      // People's names do not decline this way ("Peter Müller" has no "Peten Müller").
      const declined = alias.caseSensitive || entity.type === 'person' ? [] : declinedForms(alias.text);
      for (const form of [alias.text, ...declined]) {
        const key = normalizeKey(form);
        const reason = dropReason(key);
        if (reason) {
          if (form === alias.text) dropped.push({ entity: entity.id, alias: alias.text, reason });
          continue;
        }
        add(byId, key, entity.id, alias);
      }
    }
    // Packs are validated, but a missing list must not stop the whole index from building.
    const entityCues = new Set<string>();
    for (const c of entity.cues ?? []) {
      const k = normalizeKey(c);
      if (k.length >= 2) entityCues.add(k);
    }
    for (const c of roleCues((entity.roles ?? []).map((r) => r.title?.de ?? ''))) entityCues.add(c);
    if (entityCues.size > 0) cues[entity.id] = [...entityCues].sort();
  }
  const entries = [...byId.values()].sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0,
  );
  const { byFirst, heads, tails } = lookupTables(entries);
  return {
    format: 'kontext-match-index',
    version: 1,
    name: bundle.name,
    asOf: bundle.asOf,
    entries,
    byFirst,
    heads,
    tails,
    cues,
    dropped,
  };
}

/** The lookup tables over entries sorted by key (also used for indexes built without them). */
export function lookupTables(
  entries: readonly IndexEntry[],
): Pick<MatchIndex, 'byFirst' | 'heads' | 'tails'> {
  const lists = new Map<string, number[]>();
  const heads: number[] = [];
  const tails: number[] = [];
  for (let i = 0; i < entries.length; ) {
    const key = entries[i]!.key;
    let j = i;
    let flags = 0;
    while (j < entries.length && entries[j]!.key === key) flags |= entries[j++]!.flags;
    let w = 0;
    while (w < key.length && isWordCode(key.charCodeAt(w))) w++;
    // A key that does not start with a word character could never match at a word start.
    if (w > 0) {
      const first = key.slice(0, w);
      const list = lists.get(first);
      if (list) list.push(i);
      else lists.set(first, [i]);
      if (w === key.length && flags & FLAG_COMPOUND_HEAD) heads.push(i);
      if (w === key.length && flags & FLAG_COMPOUND_TAIL) tails.push(i);
    }
    i = j;
  }
  // No prototype: a first word like "__proto__" or "constructor" must stay an ordinary key.
  const byFirst: Record<string, number[]> = Object.create(null);
  for (const [first, list] of lists) {
    byFirst[first] = list.sort((a, b) => entries[b]!.key.length - entries[a]!.key.length);
  }
  return { byFirst, heads, tails };
}
