// Normalisation for matching: folds the ways news text hides a name (case, soft hyphens, zero-width
// characters, NBSP, typographic apostrophes, Swiss ss, most diacritics) and keeps an exact map back to
// the original, so a mention found in the folded text paints exactly its original span.
// The work is native: one regex replace that calls back only at the few characters that need
// folding, then toLowerCase; the map is kept sparse (anchors where the offset changes). A char-by-char
// loop cost the content script ~1 ms per 5,000 chars on a cold start, mostly in the interpreter.

export interface NormalizeOptions {
  /** Lower-case everything (default true). Off is used to check case-sensitive aliases. */
  caseFold?: boolean;
  /**
   * Strip diacritics other than the German umlauts (Erdoğan → erdogan, Orbán → orban). Umlauts stay
   * because in German they distinguish words (Bar/Bär); ß always becomes ss (Swiss spelling).
   */
  foldDiacritics?: boolean;
}

export interface Normalized {
  text: string;
  /** map[i] = UTF-16 index in the original of normalised char i; map[text.length] = original length. */
  map: Uint32Array;
}

// What foldCodePoint returns for characters that vanish.
const DROP = '\u0000drop';

function isZeroWidth(c: number): boolean {
  return (
    c === 0xad || // soft hyphen
    (c >= 0x200b && c <= 0x200f) || // ZWSP, ZWNJ, ZWJ, LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings
    (c >= 0x2060 && c <= 0x2064) || // word joiner, invisible operators
    (c >= 0x2066 && c <= 0x2069) || // bidi isolates
    c === 0xfeff ||
    c === 0x034f // combining grapheme joiner
  );
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** How one code point folds: DROP, SPACE, or replacement text (possibly of another length). */
function foldCodePoint(ch: string, cp: number, caseFold: boolean, foldDiacritics: boolean): string {
  if (isZeroWidth(cp)) return DROP;
  if (isSpace(cp)) return ' ';
  switch (cp) {
    case 0x2019: // ’
    case 0x2018: // ‘
    case 0x02bc: // ʼ
    case 0x00b4: // ´ (often typed for an apostrophe)
    case 0x0060: // `
    case 0x2032: // ′
      return "'";
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
      return '-';
    case 0x00df: // ß
      return 'ss';
    case 0x1e9e: // ẞ
      return caseFold ? 'ss' : 'SS';
  }
  let out = caseFold ? ch.toLowerCase() : ch;
  if (foldDiacritics && cp >= 0xc0) out = stripDiacritics(out);
  return out;
}

/**
 * Removes combining diacritics (the Latin/Greek/Cyrillic blocks, not the vowel signs of other scripts)
 * except a diaeresis on a/o/u, which German keeps as ä/ö/ü. Plain string work, no Unicode-property
 * regex: compiling those costs the content script milliseconds on a cold start.
 */
function stripDiacritics(s: string): string {
  const nfd = s.normalize('NFD');
  let out = '';
  for (let i = 0; i < nfd.length; i++) {
    const c = nfd.charCodeAt(i);
    if (!isMark(c)) out += nfd[i];
    else if (c === 0x0308 && i > 0 && isUmlautBase(nfd.charCodeAt(i - 1))) out += nfd[i];
  }
  return out === nfd ? s : out.normalize('NFC');
}

// Per option set: code point → its folding. A Map, not a 64K array: a big array in the young
// generation gets copied by every scavenge, which cost a cold page several milliseconds.
const caches = new Map<number, Map<number, string>>();

function cacheFor(caseFold: boolean, foldDiacritics: boolean): Map<number, string> {
  const key = (caseFold ? 1 : 0) | (foldDiacritics ? 2 : 0);
  let c = caches.get(key);
  if (!c) {
    c = new Map();
    caches.set(key, c);
  }
  return c;
}

const WS_NO_SPACE = '\\t\\n\\v\\f\\r\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const WS = ` ${WS_NO_SPACE}`;
const ZW = '\\u00ad\\u034f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff';
// Characters that fold to themselves apart from case: ASCII (but the backtick), the umlauts, and the
// punctuation German news is full of. Everything else goes through foldCodePoint.
const PLAIN =
  '\\x21-\\x5f\\x61-\\x7e \\u00c4\\u00d6\\u00dc\\u00e4\\u00f6\\u00fc\\u201e\\u201c\\u201d\\u2013\\u2014\\u2026\\u00ab\\u00bb\\u20ac\\u00a7\\u00b0\\u00b7\\u2022';
// A decomposed umlaut | a whitespace run other than a lone space | zero-width runs | a surrogate pair |
// one other char. Explicit classes and no u flag: Unicode-aware regexes compile and run slower.
const SPECIAL_SOURCE = `[aouAOU]\\u0308|[${WS_NO_SPACE}][${WS}${ZW}]*| [${WS}${ZW}]+|[${ZW}]+|[\\ud800-\\udbff][\\udc00-\\udfff]|[^${PLAIN}]`;
const LEADING_SOURCE = `^[${WS}${ZW}]*`;
let special: RegExp | null = null;
let leading: RegExp | null = null;

/**
 * The folded text with a sparse map: from folded index `anchorN[k]` on, folded index i maps to
 * original index `anchorO[k] + (i - anchorN[k])`, up to the next anchor; before the first, i maps to i.
 */
export interface Folded {
  text: string;
  anchorN: number[];
  anchorO: number[];
  /** The anchor of the last lookup (toOriginal's cache). */
  cursor?: number;
}

/** Folds `text` for matching (see normalizeForMatch), keeping the map sparse. */
export function foldForMatch(text: string, opts: NormalizeOptions = {}): Folded {
  const caseFold = opts.caseFold ?? true;
  const foldDiacritics = opts.foldDiacritics ?? true;
  const cache = cacheFor(caseFold, foldDiacritics);
  const anchorN: number[] = [];
  const anchorO: number[] = [];
  // Leading whitespace is dropped: the folded text starts at the first visible char.
  leading ??= new RegExp(LEADING_SOURCE);
  const lead = leading.exec(text)![0].length;
  if (lead > 0) {
    anchorN.push(0);
    anchorO.push(lead);
  }
  let delta = -lead; // folded index minus original index after the last replacement
  special ??= new RegExp(SPECIAL_SOURCE, 'g');
  special.lastIndex = 0;
  const body = lead > 0 ? text.slice(lead) : text;
  const replaced = body.replace(special, (m: string, at: number) => {
    const offset = at + lead;
    const c0 = m.charCodeAt(0);
    let r: string;
    if (m.length === 2 && m.charCodeAt(1) === 0x0308 && isUmlautBase(c0)) {
      // A decomposed umlaut (u + U+0308) folds like the composed one (ü), which German keeps.
      r = m.normalize('NFC');
      if (caseFold) r = r.toLowerCase();
    } else if (isSpace(c0)) r = ' ';
    else if (isZeroWidth(c0)) r = '';
    else {
      const cp = m.codePointAt(0)!;
      let f = cache.get(cp);
      if (f === undefined) {
        f = foldCodePoint(m, cp, caseFold, foldDiacritics);
        if (f === DROP) f = '';
        cache.set(cp, f);
      }
      r = f;
    }
    if (r.length !== m.length) {
      const n = offset + delta;
      // Each replacement char maps into the original span; what follows resumes after it.
      for (let j = 0; j < r.length; j++) {
        anchorN.push(n + j);
        anchorO.push(offset + Math.min(j, m.length - 1));
      }
      anchorN.push(n + r.length);
      anchorO.push(offset + m.length);
      delta += r.length - m.length;
    }
    return r;
  });
  // Every char left unreplaced lower-cases to exactly one char, so the anchors stay exact.
  return { text: caseFold ? replaced.toLowerCase() : replaced, anchorN, anchorO };
}

/**
 * foldForMatch in pieces of about `chunk` chars for huge pages, yielding between pieces; the result
 * equals foldForMatch(text). Pieces end right after a space, where folding carries no state across.
 */
export function* foldForMatchInSteps(text: string, chunk: number): Generator<void, Folded, void> {
  if (!(text.length > chunk)) return foldForMatch(text);
  const parts: string[] = [];
  const anchorN: number[] = [];
  const anchorO: number[] = [];
  let from = 0;
  let folded = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + chunk);
    if (to < text.length) {
      const space = text.indexOf(' ', to);
      to = space < 0 ? text.length : space + 1;
    }
    const f = foldForMatch(text.slice(from, to));
    // The piece starts mapped one to one; its own anchors (added after) take over from there.
    anchorN.push(folded);
    anchorO.push(from);
    for (let k = 0; k < f.anchorN.length; k++) {
      anchorN.push(f.anchorN[k]! + folded);
      anchorO.push(f.anchorO[k]! + from);
    }
    parts.push(f.text);
    folded += f.text.length;
    from = to;
    if (from < text.length) yield;
  }
  return { text: parts.join(''), anchorN, anchorO };
}

/** The original index of folded index i (0 ≤ i ≤ folded length). */
export function toOriginal(f: Folded, i: number): number {
  const ns = f.anchorN;
  // Callers mostly ask in increasing order, near the last answer: try that anchor first.
  let k = f.cursor ?? 0;
  if (!(k < ns.length && ns[k]! <= i && (k + 1 === ns.length || ns[k + 1]! > i))) {
    let lo = 0;
    let hi = ns.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ns[mid]! <= i) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return i;
    k = lo - 1;
    f.cursor = k;
  }
  return f.anchorO[k]! + (i - ns[k]!);
}

/**
 * Folds `text` for matching and returns the folded text with an offset map. Whitespace runs (incl.
 * NBSP, thin spaces, line breaks) collapse to one space, so multi-word names match however they wrap.
 */
export function normalizeForMatch(text: string, opts: NormalizeOptions = {}): Normalized {
  const f = foldForMatch(text, opts);
  const len = f.text.length;
  const map = new Uint32Array(len + 1);
  let k = 0;
  let base = 0;
  let baseN = 0;
  for (let i = 0; i <= len; i++) {
    while (k < f.anchorN.length && f.anchorN[k]! <= i) {
      base = f.anchorO[k]!;
      baseN = f.anchorN[k]!;
      k++;
    }
    map[i] = base + (i - baseN);
  }
  return { text: f.text, map };
}

/**
 * The original [start, end) covered by normalised [nStart, nEnd): from the first contributing original
 * char to the end of the last one (a whole surrogate pair, plus combining marks that were folded away).
 */
export function originalRange(
  original: string,
  map: Uint32Array | Folded,
  nStart: number,
  nEnd: number,
): { start: number; end: number } {
  const at = map instanceof Uint32Array ? (i: number) => map[i]! : (i: number) => toOriginal(map, i);
  const start = at(nStart);
  if (nEnd <= nStart) return { start, end: start };
  let end = at(nEnd - 1) + 1;
  const c = original.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff && end < original.length) end++;
  // Combining marks stripped by folding still belong to the last letter.
  const limit = at(nEnd);
  while (end < original.length && end < limit && isMark(original.charCodeAt(end))) end++;
  return { start, end };
}

function isUmlautBase(c: number): boolean {
  return c === 0x61 || c === 0x6f || c === 0x75 || c === 0x41 || c === 0x4f || c === 0x55;
}

export function isMark(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

/** The alias key: the same folding as the text, trimmed. */
export function normalizeKey(alias: string, opts?: NormalizeOptions): string {
  return normalizeForMatch(alias, opts).text.trim();
}
