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
  cues: Map<string, string[]>;
}

const cache = new WeakMap<MatchIndex, Runtime>();
const hasOwn = Object.prototype.hasOwnProperty;

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
  return hasOwn.call(rt.byFirst, word) ? rt.byFirst[word] : undefined;
}

/** The entries of the key group starting at `start`. */
export function groupAt(entries: readonly IndexEntry[], start: number): IndexEntry[] {
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
      const entries = groupAt(index.entries, i).filter((e) => e.flags & flag);
      if (entries.length > 0) m.set(entries[0]!.key, { key: entries[0]!.key, entries });
    }
    return m;
  };
  const heads = compoundMap(tables.heads, FLAG_COMPOUND_HEAD);
  const tails = compoundMap(tables.tails, FLAG_COMPOUND_TAIL);
  const lens = (m: Map<string, Group>) =>
    [...new Set([...m.keys()].map((k) => k.length))].sort((a, b) => b - a);
  const cues = new Map<string, string[]>(Object.entries(index.cues));
  return {
    entries: index.entries,
    byFirst: tables.byFirst,
    heads,
    headLens: lens(heads),
    tails,
    tailLens: lens(tails),
    cues,
  };
}
