// The matcher: one left-to-right pass over the folded text, looking up each word in the index's table
// of alias first words (a hash lookup per word, so the cost barely grows with the number of aliases),
// then German endings, compounds and case checks; resolve.ts applies the stop-list and disambiguation.

import { type Folded, foldForMatch, foldForMatchInSteps, originalRange, toOriginal } from '../text/normalize';
import { isWordCode } from './chars';
import { hyphenWord, inflectedEnd } from './endings';
import {
  FLAG_CAPITALISED,
  FLAG_CASE_SENSITIVE,
  FLAG_MARK_WHOLE_COMPOUND,
  type IndexEntry,
  type MatchIndex,
} from './index-types';
import { type ArticleEvidence, type Hit, resolve } from './resolve';
import { groupAt, groupsStartingWith, type Runtime, runtimeFor } from './runtime';
import type { Mention } from './types';

/**
 * The mentions of known entities in `text`: sorted by start, non-overlapping, offsets into `text`,
 * after the stop-list and disambiguation (needsCue, one sense per article). With `prior`, the text
 * continues an article: the evidence and senses established before apply, and the text's own are added.
 */
export function findMentions(text: string, index: MatchIndex, prior?: ArticleEvidence): Mention[] {
  const rt = runtimeFor(index);
  const norm = foldForMatch(text);
  const hits: Hit[] = [];
  scan(rt, norm.text, text, norm, 0, norm.text.length, hits);
  return resolve(rt, hits, norm.text, text, norm, prior);
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
  prior?: ArticleEvidence,
): Generator<void, Mention[], void> {
  const rt = runtimeFor(index);
  const norm = yield* foldForMatchInSteps(text, chunkChars);
  const hits: Hit[] = [];
  yield;
  let p = 0;
  while (p < norm.text.length) {
    p = scan(rt, norm.text, text, norm, p, p + chunkChars, hits);
    if (p < norm.text.length) yield;
  }
  return resolve(rt, hits, norm.text, text, norm, prior);
}

/**
 * Scans words starting in [from, until) (a match may run past `until`) and returns where the next
 * scan starts. A plain function, not the generator, so engines optimise the hot loop fully.
 */
function scan(
  rt: Runtime,
  s: string,
  text: string,
  map: Folded,
  from: number,
  until: number,
  hits: Hit[],
): number {
  const n = s.length;
  const stop = Math.min(n, until);
  let p = from;
  while (p < stop) {
    // Next word: a run of letters, digits and marks. ASCII is tested inline: on a cold start this
    // loop runs in the interpreter, where a call per char is what costs.
    let c = s.charCodeAt(p);
    while (
      p < n &&
      !(c <= 0x7a ? c >= 0x61 || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) : isWordCode(c))
    ) {
      c = s.charCodeAt(++p);
    }
    if (p >= n) return n;
    let q = p + 1;
    c = s.charCodeAt(q);
    while (
      q < n &&
      (c <= 0x7a ? c >= 0x61 || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) : isWordCode(c))
    ) {
      c = s.charCodeAt(++q);
    }
    const tok = s.slice(p, q);
    let hit = matchAt(rt, s, tok, p, text, map) ?? compoundAt(rt, s, p, q, tok, text, map);
    // Folding makes a block break a space; a name never runs from a heading into the next paragraph.
    if (hit && acrossBlocks(text, map, hit)) hit = null;
    if (hit) hits.push(hit);
    p = hit ? Math.max(hit.ne, q) : q;
  }
  return p;
}

/** Longest alias starting at word [p, q), with genitive / apostrophe inflection or a hyphen after it. */
function acrossBlocks(text: string, map: Folded, hit: Hit): boolean {
  const start = toOriginal(map, hit.ns);
  const br = text.indexOf('\n', start);
  return br >= 0 && br < toOriginal(map, hit.ne);
}

function matchAt(rt: Runtime, s: string, tok: string, p: number, text: string, map: Folded): Hit | null {
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
  map: Folded,
): Hit | null {
  if (!starts) return null;
  for (const start of starts) {
    const key = rt.entries[start]!.key;
    if (!s.startsWith(key, p)) continue;
    const e = p + key.length;
    let end = inflectedEnd(s, e, key);
    if (end < 0) continue;
    // ‘ after a name is the German closing single quote (‚Scholz‘), not an apostrophe.
    if (end === e + 1 && text.charCodeAt(toOriginal(map, e)) === 0x2018) end = e;
    const entries = byCase(groupAt(rt, start), text, map, p, e);
    if (entries.length === 0) continue;
    const [cs, ce] = hyphenWord(s, p, end);
    return { ns: p, ne: end, ks: p, ke: e, key, entries, cs, ce };
  }
  return null;
}

/** Closed compounds: Kreml|chef (head), Ost|ukraine (tail), for aliases that allow it. */
function compoundAt(
  rt: Runtime,
  s: string,
  p: number,
  q: number,
  tok: string,
  text: string,
  map: Folded,
): Hit | null {
  const len = q - p;
  // Cheap first: only words that start / end like some compound alias are looked at further.
  const heads = rt.headFirst.has(s.charCodeAt(p));
  const last = s.charCodeAt(q - 1);
  const tails = rt.tailLast.has(last) || (last === 0x73 && rt.tailLast.has(s.charCodeAt(q - 2)));
  if (!heads && !tails) return null;
  for (const L of heads ? rt.headLens : []) {
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
  for (const L of tails ? rt.tailLens : []) {
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

/**
 * The entries whose case rules accept the original text of folded [ks, ke): case-sensitive aliases
 * exactly as written, capitalised aliases only with a capital (unless `anyInitial`, for compound tails).
 */
function byCase(
  entries: IndexEntry[],
  text: string,
  map: Folded,
  ks: number,
  ke: number,
  anyInitial = false,
): IndexEntry[] {
  let flags = 0;
  for (const e of entries) flags |= e.flags;
  let out = entries;
  if (flags & FLAG_CAPITALISED && !anyInitial && !isUpper(text.charCodeAt(toOriginal(map, ks)))) {
    out = out.filter((e) => !(e.flags & FLAG_CAPITALISED));
  }
  if (!(flags & FLAG_CASE_SENSITIVE) || out.length === 0) return out;
  const r = originalRange(text, map, ks, ke);
  const orig = text.slice(r.start, r.end);
  // Usually the original is already the cased key (US, EU); fold it only when it is not.
  let cased: string | null = null;
  return out.filter((e) => {
    if (!(e.flags & FLAG_CASE_SENSITIVE) || e.cased === orig) return true;
    cased ??= foldForMatch(orig, { caseFold: false }).text;
    return e.cased === cased;
  });
}

function isUpper(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}
