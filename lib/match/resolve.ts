// After the scan: the stop-list in context, then disambiguation. A needsCue alias links only when the
// article names its entity otherwise or a cue stands beside it; an alias with several senses links
// only to the one sense the article gives evidence for (one sense per article), else to nothing.

import { type Folded, originalRange, toOriginal } from '../text/normalize';
import { isWordCode } from './chars';
import { APOSTROPHE, HYPHEN } from './endings';
import { FLAG_NEEDS_CUE, type IndexEntry } from './index-types';
import { cuesOf, type Runtime } from './runtime';
import { CONTEXT_RULES, ORDINARY_WORDS } from './stoplist';
import type { Mention } from './types';

/** One alias match found by the scan, in folded offsets. */
export interface Hit {
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

/**
 * What an article has established so far, carried from one text of the article to the next (a live
 * page's added paragraphs): the evidence for needsCue entities and the sense each ambiguous key got.
 * resolve() reads it before choosing and writes what the new text adds; a fresh one changes nothing.
 */
export interface ArticleEvidence {
  /** Entity → the keys by which an unambiguous full alias named it. */
  named: Map<string, Set<string>>;
  /** Entities whose needsCue alias stood next to one of their cues. */
  cued: Set<string>;
  /** Key → the entity its hits were linked to (one sense per article), null while none was. */
  senses: Map<string, string | null>;
  /** Entities some hit could have meant but was left unlinked for want of evidence. */
  unlinked: Set<string>;
  /**
   * Set when a later text gave evidence for an entity that earlier text left unlinked: marks a full
   * pass would now add to the earlier text are missing (the caller may run one).
   */
  widened: boolean;
}

export function newEvidence(): ArticleEvidence {
  return { named: new Map(), cued: new Set(), senses: new Map(), unlinked: new Set(), widened: false };
}

export function resolve(
  rt: Runtime,
  hits: Hit[],
  s: string,
  text: string,
  map: Folded,
  prior?: ArticleEvidence,
): Mention[] {
  // Stop-list in context.
  const kept = hits.filter((h) => {
    const rule = CONTEXT_RULES.get(h.key);
    if (rule && !rule(s.slice(Math.max(0, h.ns - 40), h.ns), s.slice(h.ne, h.ne + 40))) return false;
    if (h.key.length === 1) {
      const ch = text[toOriginal(map, h.ks)]!;
      if (ch === ch.toLowerCase()) return false;
    }
    if (ORDINARY_WORDS.has(h.key) && h.cs < 0 && sentenceInitial(text, toOriginal(map, h.ns))) return false;
    return true;
  });
  // Evidence: the keys by which an unambiguous full alias names each entity, and the entities whose
  // needsCue alias has one of their cues beside it somewhere in the article.
  const named = prior?.named ?? new Map<string, Set<string>>();
  const before = prior ? new Set([...prior.named.keys(), ...prior.cued]) : null;
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
  const cued = prior?.cued ?? new Set<string>();
  for (const h of kept) {
    for (const e of h.entries) {
      if (
        e.flags & FLAG_NEEDS_CUE &&
        !named.has(e.entity) &&
        !cued.has(e.entity) &&
        // A context rule that let the hit through ("auf X", "X (vormals Twitter)") is a cue itself.
        (CONTEXT_RULES.has(h.key) || cueNear(rt, e.entity, s, h))
      ) {
        cued.add(e.entity);
      }
    }
  }
  if (prior && before) {
    for (const id of prior.unlinked) {
      if (!before.has(id) && (named.has(id) || cued.has(id))) prior.widened = true;
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
  // What this text chooses becomes the article's after it, never during it: a whole text resolves
  // exactly as it does without a prior.
  const learned: [Hit, IndexEntry | null][] | null = prior ? [] : null;
  for (const h of kept) {
    let chosen = senses.get(h.entries);
    if (chosen === undefined) {
      chosen = priorSense(prior, h) ?? chooseSense(h.entries, h.key, named, cued, evidenced);
      senses.set(h.entries, chosen);
      learned?.push([h, chosen]);
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
  if (prior && learned) for (const [h, chosen] of learned) remember(prior, h, chosen);
  return out;
}

/** The sense an earlier text of the article gave this key, if this hit can mean it. */
function priorSense(prior: ArticleEvidence | undefined, h: Hit): IndexEntry | null | undefined {
  const id = prior?.senses.get(h.key);
  if (!id) return undefined;
  return h.entries.find((e) => e.entity === id) ?? undefined;
}

function remember(prior: ArticleEvidence, h: Hit, chosen: IndexEntry | null): void {
  if (chosen) {
    if (!prior.senses.get(h.key)) prior.senses.set(h.key, chosen.entity);
    return;
  }
  if (!prior.senses.has(h.key)) prior.senses.set(h.key, null);
  for (const e of h.entries) prior.unlinked.add(e.entity);
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
  const cues = cuesOf(rt, entity);
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
