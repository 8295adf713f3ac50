// The first, char-by-char implementation of normalizeForMatch, kept as the test oracle for the faster
// one in lib/text/normalize.ts (which must produce the same folded text and map).

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

// Sentinels in the per-code-unit cache (BMP only; astral chars are folded on the spot).
const DROP = '\u0000drop';
const SPACE = ' ';

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
  if (isSpace(cp)) return SPACE;
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

// Per option set: code unit → its folding. A Map, not a 64K array: a big array in the young
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

/**
 * Folds `text` for matching and returns the folded text with an offset map. Whitespace runs (incl.
 * NBSP, thin spaces, line breaks) collapse to one space, so multi-word names match however they wrap.
 */
export function referenceNormalize(text: string, opts: NormalizeOptions = {}): Normalized {
  const caseFold = opts.caseFold ?? true;
  const foldDiacritics = opts.foldDiacritics ?? true;
  const cache = cacheFor(caseFold, foldDiacritics);
  const n = text.length;
  // Folding only ever grows text via ß → ss and İ → i̇; 2n+1 bounds every case.
  let out = new Uint16Array(n + 16);
  let map = new Uint32Array(n + 17);
  let len = 0;
  let lastSpace = true; // drops leading whitespace too; keeps offsets exact anyway
  const grow = (need: number) => {
    if (len + need <= out.length) return;
    const size = Math.max(out.length * 2, len + need + 16);
    const o2 = new Uint16Array(size);
    o2.set(out);
    out = o2;
    const m2 = new Uint32Array(size + 1);
    m2.set(map);
    map = m2;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Fast path: ASCII letters, digits and punctuation other than space, backtick and controls.
    if (c < 0x80 && c > 0x20 && c !== 0x60) {
      if (len >= out.length) grow(1);
      out[len] = caseFold && c >= 0x41 && c <= 0x5a ? c + 32 : c;
      map[len++] = i;
      lastSpace = false;
      continue;
    }
    let folded: string | undefined;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        width = 2;
        const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        folded = foldCodePoint(text.slice(i, i + 2), cp, caseFold, foldDiacritics);
      }
    }
    if (folded === undefined) {
      folded = cache.get(c);
      if (folded === undefined) {
        folded = foldCodePoint(text[i]!, c, caseFold, foldDiacritics);
        cache.set(c, folded);
      }
    }
    if (c === 0x0308 && len > 0 && foldDiacritics && isUmlautBase(out[len - 1]!)) {
      // A decomposed umlaut (u + U+0308) folds like the composed one (ü), which German keeps.
      out[len - 1] = String.fromCharCode(out[len - 1]!)
        .concat('\u0308')
        .normalize('NFC')
        .charCodeAt(0);
    } else if (folded === DROP || folded.length === 0) {
      // nothing
    } else if (folded === SPACE) {
      if (!lastSpace) {
        grow(1);
        out[len] = 0x20;
        map[len++] = i;
        lastSpace = true;
      }
    } else {
      grow(folded.length);
      for (let k = 0; k < folded.length; k++) {
        out[len] = folded.charCodeAt(k);
        // A same-length fold (a surrogate pair) maps unit by unit.
        map[len++] = folded.length === width ? i + k : i;
      }
      lastSpace = false;
    }
    i += width - 1;
  }
  map[len] = n;
  return { text: decodeUtf16(out, len), map: map.subarray(0, len + 1) };
}

let utf16: TextDecoder | null = null;

function decodeUtf16(buf: Uint16Array, len: number): string {
  if (len <= 64) return String.fromCharCode.apply(null, buf.subarray(0, len) as unknown as number[]);
  // Native decoding is many times faster than fromCharCode over chunks (and yields a flat string).
  // Typed arrays are little-endian on every platform a browser runs on. A lone surrogate decodes to
  // U+FFFD: same length, so the map stays exact.
  utf16 ??= new TextDecoder('utf-16le');
  return utf16.decode(new Uint8Array(buf.buffer, buf.byteOffset, len * 2));
}

function isUmlautBase(c: number): boolean {
  return c === 0x61 || c === 0x6f || c === 0x75 || c === 0x41 || c === 0x4f || c === 0x55;
}

function isMark(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}
