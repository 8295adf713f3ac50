// The matcher: one left-to-right pass over the folded text, looking up each word in hash tables keyed by
// the first word of every alias (cost per word is O(1), so it barely grows with the number of aliases),
// then German inflection, compounds, case checks, the stop-list and disambiguation.

import { normalizeForMatch, originalRange } from '../text/normalize';
import { isWordCode } from './chars';
import {
  FLAG_CAPITALISED,
  FLAG_CASE_SENSITIVE,
  FLAG_MARK_WHOLE_COMPOUND,
  FLAG_NEEDS_CUE,
  type IndexEntry,
  type MatchIndex,
} from './index-types';
import { groupAt, groupsStartingWith, type Runtime, runtimeFor } from './runtime';
import { CONTEXT_RULES, ORDINARY_WORDS } from './stoplist';
import type { Mention } from './types';

interface Hit {
  /** Folded span that gets painted. */
  ns: number;
  ne: number;
  /** Folded span of the alias itself (without inflection), for case checks. */
  ks: number;
  ke: number;
  key: string;
  entries: IndexEntry[];
  /** Folded span of the whole word when the hit is part of a compound. */
  cs: number;
  ce: number;
}

const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;

/**
 * The mentions of known entities in `text`: sorted by start, non-overlapping, offsets into `text`,
 * after the stop-list and disambiguation (needsCue, one sense per article).
 */
export function findMentions(text: string, index: MatchIndex): Mention[] {
  const steps = findMentionsInSteps(text, index, Number.POSITIVE_INFINITY);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/**
 * The same work cut into steps for huge pages: it yields after folding the text and after every
 * `chunkChars` characters scanned, so a caller can give the main thread back between steps
 * (e.g. `await scheduler.yield()`), keeping each task short. The result is identical to findMentions.
 */
export function* findMentionsInSteps(
  text: string,
  index: MatchIndex,
  chunkChars = 200_000,
): Generator<void, Mention[], void> {
  const rt = runtimeFor(index);
  const norm = normalizeForMatch(text);
  const s = norm.text;
  const hits: Hit[] = [];
  const n = s.length;
  const chunked = Number.isFinite(chunkChars);
  if (chunked) yield;
  let p = 0;
  let budgetEnd = chunked ? chunkChars : n;
  while (p < n) {
    // Next word: a run of letters, digits and marks (a manual scan: no regex compile on a cold start).
    while (p < n && !isWordCode(s.charCodeAt(p))) p++;
    if (p >= n) break;
    let q = p + 1;
    while (q < n && isWordCode(s.charCodeAt(q))) q++;
    const tok = s.slice(p, q);
    const hit = matchAt(rt, s, tok, p, text, norm.map) ?? compoundAt(rt, s, p, q, tok, text, norm.map);
    if (hit) hits.push(hit);
    p = hit ? Math.max(hit.ne, q) : q;
    if (p >= budgetEnd) {
      budgetEnd = p + chunkChars;
      yield;
    }
  }
  return resolve(rt, hits, s, text, norm.map);
}

/** Longest alias starting at word [p, q), with genitive / apostrophe inflection or a hyphen after it. */
function matchAt(rt: Runtime, s: string, tok: string, p: number, text: string, map: Uint32Array): Hit | null {
  // The word may carry the genitive ending itself (Putins, Bundestages): look up its stem too.
  return (
    tryGroups(rt, groupsStartingWith(rt, tok), s, p, text, map) ??
    (tok.endsWith('s') ? tryGroups(rt, groupsStartingWith(rt, tok.slice(0, -1)), s, p, text, map) : null) ??
    (tok.endsWith('es') ? tryGroups(rt, groupsStartingWith(rt, tok.slice(0, -2)), s, p, text, map) : null)
  );
}

function tryGroups(
  rt: Runtime,
  starts: number[] | undefined,
  s: string,
  p: number,
  text: string,
  map: Uint32Array,
): Hit | null {
  if (!starts) return null;
  for (const start of starts) {
    const key = rt.entries[start]!.key;
    if (!s.startsWith(key, p)) continue;
    const e = p + key.length;
    let end = inflectedEnd(s, e, key);
    if (end < 0) continue;
    // ‘ after a name is the German closing single quote (‚Scholz‘), not an apostrophe.
    if (end === e + 1 && text.charCodeAt(map[e]!) === 0x2018) end = e;
    const entries = byCase(groupAt(rt, start), text, map, p, e);
    if (entries.length === 0) continue;
    const [cs, ce] = hyphenWord(s, p, end);
    return { ns: p, ne: end, ks: p, ke: e, key, entries, cs, ce };
  }
  return null;
}

/** Where the mention ends if the alias ending at e is followed by a word boundary or an ending; else -1. */
function inflectedEnd(s: string, e: number, key: string): number {
  const c = s.charCodeAt(e);
  const last = key.charCodeAt(key.length - 1);
  const sibilant = last === 0x73 || last === 0x78 || last === 0x7a; // s x z (ß is folded to ss)
  if (!isWordCode(c) || Number.isNaN(c)) {
    if (c === APOSTROPHE && !isWordCode(s.charCodeAt(e + 1))) return sibilant ? e + 1 : e; // Scholz'
    if (c === APOSTROPHE && s.charCodeAt(e + 1) === 0x73 && endsWord(s, e + 2)) return e + 2; // Putin's
    return e;
  }
  if (!isWordCode(last)) return -1;
  // Genitive: Putins, Russlands; -es where the name ends in a consonant cluster (Bundestages).
  if (c === 0x73 && !sibilant && endsInflection(s, e + 1)) return e + 1;
  if (c === 0x65 && s.charCodeAt(e + 1) === 0x73 && !isVowel(last) && endsInflection(s, e + 2)) return e + 2;
  return -1;
}

function isVowel(c: number): boolean {
  return (
    c === 0x61 ||
    c === 0x65 ||
    c === 0x69 ||
    c === 0x6f ||
    c === 0x75 ||
    c === 0x79 ||
    c === 0xe4 ||
    c === 0xf6 ||
    c === 0xfc
  );
}

function endsWord(s: string, i: number): boolean {
  return i >= s.length || !isWordCode(s.charCodeAt(i));
}

/** An inflected form must end the word outright: "Putins-…" is no genitive. */
function endsInflection(s: string, i: number): boolean {
  if (i >= s.length) return true;
  const c = s.charCodeAt(i);
  return !isWordCode(c) && c !== HYPHEN;
}

/** The hyphenated word around [a, b): [cs, ce] or [-1, -1] when [a, b) is the whole word. */
function hyphenWord(s: string, a: number, b: number): [number, number] {
  let cs = a;
  while (cs >= 2 && s.charCodeAt(cs - 1) === HYPHEN && isWordCode(s.charCodeAt(cs - 2))) {
    cs -= 1;
    while (cs > 0 && isWordCode(s.charCodeAt(cs - 1))) cs--;
  }
  let ce = b;
  while (s.charCodeAt(ce) === HYPHEN && isWordCode(s.charCodeAt(ce + 1))) {
    ce += 1;
    while (ce < s.length && isWordCode(s.charCodeAt(ce))) ce++;
  }
  return cs === a && ce === b ? [-1, -1] : [cs, ce];
}

/** Closed compounds: Kreml|chef (head), Ost|ukraine (tail), for aliases that allow it. */
function compoundAt(
  rt: Runtime,
  s: string,
  p: number,
  q: number,
  tok: string,
  text: string,
  map: Uint32Array,
): Hit | null {
  const len = q - p;
  for (const L of rt.headLens) {
    if (L > len - 3) continue;
    const g = rt.heads.get(tok.slice(0, L));
    if (!g) continue;
    const entries = byCase(g.entries, text, map, p, p + L);
    if (entries.length === 0) continue;
    const whole = entries.some((e) => e.flags & FLAG_MARK_WHOLE_COMPOUND);
    const [cs, ce] = hyphenWord(s, p, q);
    return {
      ns: p,
      ne: whole ? q : p + L,
      ks: p,
      ke: p + L,
      key: g.key,
      entries,
      cs: cs < 0 ? p : cs,
      ce: cs < 0 ? q : ce,
    };
  }
  for (const L of rt.tailLens) {
    for (const genitive of [0, 1]) {
      if (L + genitive > len - 2) continue;
      if (genitive && tok.charCodeAt(len - 1) !== 0x73) continue;
      const g = rt.tails.get(tok.slice(len - L - genitive, len - genitive));
      if (!g) continue;
      const ks = q - L - genitive;
      const entries = byCase(g.entries, text, map, ks, ks + L, true);
      if (entries.length === 0) continue;
      const whole = entries.some((e) => e.flags & FLAG_MARK_WHOLE_COMPOUND);
      const [cs, ce] = hyphenWord(s, p, q);
      return {
        ns: whole ? p : ks,
        ne: q,
        ks,
        ke: ks + L,
        key: g.key,
        entries,
        cs: cs < 0 ? p : cs,
        ce: cs < 0 ? q : ce,
      };
    }
  }
  return null;
}

/** The entries whose case-sensitive spelling (if any) matches the original text of folded [ks, ke). */
/**
 * The entries whose case rules accept the original text of folded [ks, ke): case-sensitive aliases
 * exactly as written, capitalised aliases only with a capital (unless `anyInitial`, for compound tails).
 */
function byCase(
  entries: IndexEntry[],
  text: string,
  map: Uint32Array,
  ks: number,
  ke: number,
  anyInitial = false,
): IndexEntry[] {
  let flags = 0;
  for (const e of entries) flags |= e.flags;
  let out = entries;
  if (flags & FLAG_CAPITALISED && !anyInitial) {
    const first = text[map[ks]!]!;
    if (first === first.toLowerCase()) out = out.filter((e) => !(e.flags & FLAG_CAPITALISED));
  }
  if (!(flags & FLAG_CASE_SENSITIVE) || out.length === 0) return out;
  const r = originalRange(text, map, ks, ke);
  const orig = text.slice(r.start, r.end);
  // Usually the original is already the cased key (US, EU); fold it only when it is not.
  let cased: string | null = null;
  return out.filter((e) => {
    if (!(e.flags & FLAG_CASE_SENSITIVE) || e.cased === orig) return true;
    cased ??= normalizeForMatch(orig, { caseFold: false }).text;
    return e.cased === cased;
  });
}

function resolve(rt: Runtime, hits: Hit[], s: string, text: string, map: Uint32Array): Mention[] {
  // Stop-list in context.
  const kept = hits.filter((h) => {
    const rule = CONTEXT_RULES.get(h.key);
    if (rule && !rule(s.slice(Math.max(0, h.ns - 40), h.ns), s.slice(h.ne, h.ne + 40))) return false;
    if (h.key.length === 1) {
      const ch = text[map[h.ks]!]!;
      if (ch === ch.toLowerCase()) return false;
    }
    if (ORDINARY_WORDS.has(h.key) && h.cs < 0 && sentenceInitial(text, map[h.ns]!)) return false;
    return true;
  });
  // Evidence: the keys by which an unambiguous full alias names each entity, and the entities whose
  // needsCue alias has one of their cues beside it somewhere in the article.
  const named = new Map<string, Set<string>>();
  for (const h of kept) {
    let only: string | null = null;
    let count = 0;
    for (const e of h.entries) {
      if (!(e.flags & FLAG_NEEDS_CUE) && e.entity !== only) {
        only = e.entity;
        count++;
      }
    }
    if (count !== 1 || only === null) continue;
    const keys = named.get(only);
    if (keys) keys.add(h.key);
    else named.set(only, new Set([h.key]));
  }
  const cued = new Set<string>();
  for (const h of kept) {
    for (const e of h.entries) {
      if (
        e.flags & FLAG_NEEDS_CUE &&
        !named.has(e.entity) &&
        !cued.has(e.entity) &&
        cueNear(rt, e.entity, s, h)
      ) {
        cued.add(e.entity);
      }
    }
  }
  /** Evidence for `entity` that does not rest on `key` itself. */
  const evidenced = (entity: string, key: string) => {
    if (cued.has(entity)) return true;
    const keys = named.get(entity);
    return keys !== undefined && (keys.size > 1 || !keys.has(key));
  };
  // One sense per article: the resolution depends only on the key and the article-wide evidence.
  const out: Mention[] = [];
  const senses = new Map<IndexEntry[], IndexEntry | null>();
  for (const h of kept) {
    let chosen = senses.get(h.entries);
    if (chosen === undefined) {
      chosen = chooseSense(h.entries, h.key, named, cued, evidenced);
      senses.set(h.entries, chosen);
    }
    if (!chosen) continue;
    const r = originalRange(text, map, h.ns, h.ne);
    const mention: Mention = {
      entityId: chosen.entity,
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      alias: chosen.alias,
    };
    if (h.cs >= 0) {
      const c = originalRange(text, map, h.cs, h.ce);
      mention.compound = text.slice(c.start, c.end);
    }
    out.push(mention);
  }
  return out;
}

function chooseSense(
  entries: IndexEntry[],
  key: string,
  named: Map<string, Set<string>>,
  cued: Set<string>,
  evidenced: (entity: string, key: string) => boolean,
): IndexEntry | null {
  if (entries.length === 1) {
    const e = entries[0]!;
    return !(e.flags & FLAG_NEEDS_CUE) || named.has(e.entity) || cued.has(e.entity) ? e : null;
  }
  const valid = new Map<string, IndexEntry>();
  for (const e of entries) {
    if (!(e.flags & FLAG_NEEDS_CUE) || named.has(e.entity) || cued.has(e.entity)) {
      const prev = valid.get(e.entity);
      if (!prev || (prev.flags & FLAG_NEEDS_CUE && !(e.flags & FLAG_NEEDS_CUE))) valid.set(e.entity, e);
    }
  }
  if (valid.size === 1) return [...valid.values()][0]!;
  // Several senses: keep the one the article names otherwise; if none or several, link nothing.
  const strong = [...valid.values()].filter((e) => evidenced(e.entity, key));
  return strong.length === 1 ? strong[0]! : null;
}

/** A cue of the entity among the three words before the hit, or right after it as an apposition. */
function cueNear(rt: Runtime, entity: string, s: string, h: Hit): boolean {
  const cues = rt.cues.get(entity);
  if (!cues) return false;
  const start = h.cs >= 0 ? Math.min(h.cs, h.ns) : h.ns;
  const before = wordsBefore(s, start, 3);
  const after = s.charCodeAt(h.ne) === 0x2c ? wordsAfter(s, h.ne + 1, 4) : [];
  for (const cue of cues) {
    if (cue.includes(' ')) {
      if (before.join(' ').endsWith(cue) || after.join(' ').includes(cue)) return true;
      continue;
    }
    for (const w of before.concat(after)) {
      if (w === cue || (cue.length >= 4 && (w.endsWith(cue) || w.startsWith(cue)))) return true;
    }
  }
  return false;
}

function isCueChar(c: number): boolean {
  return isWordCode(c) || c === HYPHEN || c === APOSTROPHE;
}

/** Up to `max` words before `i`, in text order, not crossing the end of a sentence. */
function wordsBefore(s: string, i: number, max: number): string[] {
  const out: string[] = [];
  let j = i;
  while (out.length < max) {
    while (j > 0 && s.charCodeAt(j - 1) === 0x20) j--;
    const e = j;
    while (j > 0 && isCueChar(s.charCodeAt(j - 1))) j--;
    if (j === e) break; // punctuation: a sentence or clause ends here
    out.unshift(s.slice(j, e));
  }
  return out;
}

/** Up to `max` words after `i` (an apposition after a comma), not crossing punctuation. */
function wordsAfter(s: string, i: number, max: number): string[] {
  const out: string[] = [];
  let j = i;
  while (out.length < max) {
    while (j < s.length && s.charCodeAt(j) === 0x20) j++;
    const b = j;
    while (j < s.length && isCueChar(s.charCodeAt(j))) j++;
    if (j === b) break;
    out.push(s.slice(b, j));
  }
  return out;
}

const OPENERS = new Set([...' \t\r"\'„“”«»‚‘’(\u00a0\u202f']);

function sentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (OPENERS.has(text[i]!) || text[i] === '\n')) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || '.!?:;'.includes(text[i]!);
}
