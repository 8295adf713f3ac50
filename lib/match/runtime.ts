// What find.ts needs beyond the JSON index, derived once per index object: only the small compound
// tables and the cue map, so even a 50,000-alias index costs a page next to nothing to set up.

import { lookupTables } from './compile';
import { FLAG_COMPOUND_HEAD, FLAG_COMPOUND_TAIL, type IndexEntry, type MatchIndex } from './index-types';

export interface Group {
  key: string;
  entries: IndexEntry[];
}

export interface Runtime {
  entries: readonly IndexEntry[];
  byFirst: Record<string, number[]>;
  heads: Map<string, Group>;
  headLens: number[];
  tails: Map<string, Group>;
  tailLens: number[];
  /** First char codes of head keys and last char codes of tail keys: a cheap pre-check per word. */
  headFirst: Set<number>;
  tailLast: Set<number>;
  /** Entity id → folded cues (the index's own object: read only for needsCue hits). */
  cues: Record<string, string[]>;
  /** Key groups met so far, by start index. */
  groups: Map<number, IndexEntry[]>;
}

const cache = new WeakMap<MatchIndex, Runtime>();

export function runtimeFor(index: MatchIndex): Runtime {
  let rt = cache.get(index);
  if (!rt) {
    rt = build(index);
    cache.set(index, rt);
  }
  return rt;
}

/** Start indices of the key groups whose first word is `word`, longest key first. */
export function groupsStartingWith(rt: Runtime, word: string): number[] | undefined {
  // One lookup: what a JSON object inherits (constructor, toString, __proto__…) is never an array.
  const v = rt.byFirst[word];
  return Array.isArray(v) ? v : undefined;
}

/** The cues of an entity (inherited members of a JSON object are never arrays). */
export function cuesOf(rt: Runtime, entity: string): string[] | undefined {
  const v = rt.cues[entity];
  return Array.isArray(v) ? v : undefined;
}

/** The entries of the key group starting at `start` (the same array every time, for memoising). */
export function groupAt(rt: Runtime, start: number): IndexEntry[] {
  let g = rt.groups.get(start);
  if (!g) {
    g = sliceGroup(rt.entries, start);
    rt.groups.set(start, g);
  }
  return g;
}

function sliceGroup(entries: readonly IndexEntry[], start: number): IndexEntry[] {
  const key = entries[start]!.key;
  let end = start + 1;
  while (end < entries.length && entries[end]!.key === key) end++;
  return entries.slice(start, end);
}

function build(index: MatchIndex): Runtime {
  // Indexes written before the tables existed (or built by hand) get them here.
  const tables = index.byFirst ? index : lookupTables(index.entries);
  const compoundMap = (starts: number[], flag: number) => {
    const m = new Map<string, Group>();
    for (const i of starts) {
      const entries = sliceGroup(index.entries, i).filter((e) => e.flags & flag);
      if (entries.length > 0) m.set(entries[0]!.key, { key: entries[0]!.key, entries });
    }
    return m;
  };
  const heads = compoundMap(tables.heads, FLAG_COMPOUND_HEAD);
  const tails = compoundMap(tables.tails, FLAG_COMPOUND_TAIL);
  const lens = (m: Map<string, Group>) =>
    [...new Set([...m.keys()].map((k) => k.length))].sort((a, b) => b - a);
  return {
    entries: index.entries,
    byFirst: tables.byFirst,
    heads,
    headLens: lens(heads),
    tails,
    tailLens: lens(tails),
    headFirst: new Set([...heads.keys()].map((k) => k.charCodeAt(0))),
    tailLast: new Set([...tails.keys()].map((k) => k.charCodeAt(k.length - 1))),
    cues: index.cues,
    groups: new Map(),
  };
}
