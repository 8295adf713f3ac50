// Lookup tables derived from a MatchIndex once and cached per index object (the index stays plain JSON).

import { FLAG_COMPOUND_HEAD, FLAG_COMPOUND_TAIL, type IndexEntry, type MatchIndex } from './index-types';

export interface Group {
  key: string;
  entries: IndexEntry[];
}

export interface Runtime {
  /** First word of the key → groups, longest key first. */
  byFirst: Map<string, Group[]>;
  heads: Map<string, Group>;
  headLens: number[];
  tails: Map<string, Group>;
  tailLens: number[];
  cues: Map<string, string[]>;
}

const cache = new WeakMap<MatchIndex, Runtime>();
const FIRST_WORD = /^[\p{L}\p{N}\p{M}]+/u;

export function runtimeFor(index: MatchIndex): Runtime {
  let rt = cache.get(index);
  if (!rt) {
    rt = build(index);
    cache.set(index, rt);
  }
  return rt;
}

function build(index: MatchIndex): Runtime {
  const groups = new Map<string, Group>();
  for (const e of index.entries) {
    let g = groups.get(e.key);
    if (!g) {
      g = { key: e.key, entries: [] };
      groups.set(e.key, g);
    }
    g.entries.push(e);
  }
  const byFirst = new Map<string, Group[]>();
  const heads = new Map<string, Group>();
  const tails = new Map<string, Group>();
  for (const g of groups.values()) {
    const first = FIRST_WORD.exec(g.key)?.[0];
    // Keys that do not start with a word character could never start at a word; skip them.
    if (!first) continue;
    let list = byFirst.get(first);
    if (!list) {
      list = [];
      byFirst.set(first, list);
    }
    list.push(g);
    const single = first === g.key;
    const head = g.entries.filter((e) => e.flags & FLAG_COMPOUND_HEAD);
    if (single && head.length > 0) heads.set(g.key, { key: g.key, entries: head });
    const tail = g.entries.filter((e) => e.flags & FLAG_COMPOUND_TAIL);
    if (single && tail.length > 0) tails.set(g.key, { key: g.key, entries: tail });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.key.length - a.key.length);
  const lens = (m: Map<string, Group>) =>
    [...new Set([...m.keys()].map((k) => k.length))].sort((a, b) => b - a);
  const cues = new Map<string, string[]>(Object.entries(index.cues));
  return { byFirst, heads, headLens: lens(heads), tails, tailLens: lens(tails), cues };
}
