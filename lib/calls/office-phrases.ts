// Office phrases in a text ("der russische Verteidigungsminister", "Kremlchef", "Kreml-Chef"): the
// text is folded to lower case without hyphens, and each word start is tried against the phrases that
// can begin there. participants.ts resolves a match to whoever held the office on the article's date.

import type { KnowledgeBundle, Office } from '../knowledge/types';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The fixed beginning of a word's pattern: what every match of it starts with. */
function stemOf(word: string): string {
  const isAdjective = /^\p{Ll}/u.test(word) && /(er|e|en|es|em)$/u.test(word);
  const folded = word.toLowerCase().replace(/-/gu, '');
  return isAdjective ? folded.replace(/(er|en|es|em|e)$/u, '') : folded;
}

/**
 * A regex source for one word of an office phrase, tolerant of German inflection. It runs over the
 * text folded to lower case without hyphens, so "Kremlchef" also finds "Kreml-Chef".
 */
function wordPattern(word: string): string {
  const isAdjective = /^\p{Ll}/u.test(word) && /(er|e|en|es|em)$/u.test(word);
  const folded = word.toLowerCase().replace(/-/gu, '');
  if (isAdjective) return `${escapeRe(folded.replace(/(er|en|es|em|e)$/u, ''))}(?:e|er|en|es|em)`;
  return `${escapeRe(folded)}(?:in|innen|en|n|s|es)?`;
}

export interface CompiledPhrases {
  offices: Office[];
  /** Per phrase (index-aligned with `offices`): its regex source, one capturing group. */
  sources: string[];
  /** Per phrase: the fixed start every match of it begins with. */
  stems: string[];
  /** First PREFIX letters of every phrase's fixed stem. */
  prefixes: Set<string>;
  /** Lengths of stems shorter than PREFIX. */
  shortLengths: number[];
  /**
   * Per first PREFIX letters of a word: a sticky alternation of just the phrases that can start
   * there, in their order (the group number says which office), made when first needed. One
   * 300-phrase alternation over the whole text scanned at ~1 MB/s (the analyser's hottest spot);
   * tried only at word starts it was still tried branch by branch, 300 of them.
   */
  byKey: Map<string, { re: RegExp; offices: Office[] }>;
}

const PREFIX = 3;

export interface PhraseMatch {
  index: number;
  length: number;
  office: Office;
}

/** The phrases that can match where the folded text continues with `key` (its next PREFIX chars). */
function phrasesFor(phrases: CompiledPhrases, key: string): { re: RegExp; offices: Office[] } {
  let found = phrases.byKey.get(key);
  if (!found) {
    const sources: string[] = [];
    const offices: Office[] = [];
    phrases.stems.forEach((stem, i) => {
      // A match starts with its stem: a long stem begins with `key`, a short one is its beginning.
      if (stem.length >= PREFIX ? stem.startsWith(key) : key.startsWith(stem)) {
        sources.push(phrases.sources[i]!);
        offices.push(phrases.offices[i]!);
      }
    });
    found = { re: new RegExp(`(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'uy'), offices };
    phrases.byKey.set(key, found);
  }
  return found;
}

/**
 * Where office phrases start in `folded`, left to right, not overlapping; null now and then between
 * words.
 */
export function* phraseMatches(phrases: CompiledPhrases, folded: string): Generator<PhraseMatch | null> {
  const { prefixes, shortLengths } = phrases;
  // Its own regex: two extractions running in slices side by side must not share a lastIndex.
  const wordStart = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
  let words = 0;
  for (let w = wordStart.exec(folded); w; w = wordStart.exec(folded)) {
    // null now and then: a caller running in time slices may pause between words.
    if ((++words & 4095) === 0) yield null;
    const at = w.index;
    const key = folded.slice(at, at + PREFIX);
    if (!prefixes.has(key)) {
      let short = false;
      for (let i = 0; i < shortLengths.length && !short; i++)
        short = prefixes.has(folded.slice(at, at + shortLengths[i]!));
      if (!short) continue;
    }
    const { re, offices } = phrasesFor(phrases, key);
    re.lastIndex = at;
    const m = re.exec(folded);
    if (!m) continue;
    let group = 1;
    while (m[group] === undefined) group++;
    yield { index: m.index, length: m[0].length, office: offices[group - 1]! };
    wordStart.lastIndex = m.index + m[0].length;
  }
}

const phraseCache = new WeakMap<KnowledgeBundle, CompiledPhrases | null>();

export function compilePhrases(bundle: KnowledgeBundle): CompiledPhrases | null {
  if (phraseCache.has(bundle)) return phraseCache.get(bundle)!;
  const offices: Office[] = [];
  const sources: string[] = [];
  const stems: string[] = [];
  const prefixes = new Set<string>();
  const shortLengths = new Set<number>();
  for (const office of bundle.offices) {
    for (const phrase of office.phrases) {
      const words = phrase.trim().split(/\s+/u).filter(Boolean);
      if (words.length === 0) continue;
      offices.push(office);
      sources.push(`(${words.map(wordPattern).join('\\s+')})`);
      const stem = stemOf(words[0]!);
      stems.push(stem);
      // A stem shorter than the prefix (rare) is kept whole and looked up by its own length.
      prefixes.add(stem.slice(0, PREFIX));
      if (stem.length < PREFIX) shortLengths.add(stem.length);
    }
  }
  const compiled =
    sources.length === 0
      ? null
      : { offices, sources, stems, prefixes, shortLengths: [...shortLengths], byKey: new Map() };
  phraseCache.set(bundle, compiled);
  return compiled;
}

/** The text in lower case without hyphens, and for each folded index its index in the text. */
export function fold(text: string): { folded: string; map: ArrayLike<number> } {
  // Lower-casing the whole string at once is the same as char by char when every char maps to one
  // char, none is a surrogate (an astral letter lowers as a pair, a lone half does not) and there is
  // no capital sigma (the only mapping that depends on its neighbours).
  const lower = text.toLowerCase();
  if (lower.length === text.length && !/[\uD800-\uDFFF\u03A3]/.test(text)) {
    const map = new Int32Array(text.length + 1);
    let n = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 45) map[n++] = i;
    map[n] = text.length;
    return { folded: lower.includes('-') ? lower.replace(/-/g, '') : lower, map: map.subarray(0, n + 1) };
  }
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '-') continue;
    const lower = c.toLowerCase();
    const out = lower.length === 1 ? lower : c;
    folded += out;
    map.push(i);
  }
  map.push(text.length);
  return { folded, map };
}
