// Is a UTF-16 code unit part of a word (\p{L}, \p{N}, \p{M})? The matcher asks this at every char,
// so Latin text is answered from ranges and everything else from a per-code-unit cache filled by a
// regex that is compiled only when a non-Latin char first shows up (Unicode-property regexes cost
// milliseconds to compile on a cold start). Surrogate halves count as word characters: conservative
// for boundaries (no match glued to an astral-script word).

// Punctuation and unassigned code points in the Greek block.
const GREEK_NON_WORD = new Set([
  0x375, 0x378, 0x379, 0x37e, 0x380, 0x381, 0x382, 0x383, 0x384, 0x385, 0x387, 0x38b, 0x38d, 0x3a2, 0x3f6,
]);
const table = new Uint8Array(0x10000); // 0 unknown, 1 word, 2 not word
let wordChar: RegExp | null = null;

export function isWordCode(c: number): boolean {
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  }
  // Latin-1 punctuation (but ª µ º and the superscript digits and fractions, which are \p{L}/\p{N}),
  // Latin-1 letters and Latin Extended-A/B (minus × and ÷), combining diacritics, Greek, Cyrillic.
  if (c < 0xc0)
    return (
      c === 0xaa ||
      c === 0xb5 ||
      c === 0xba ||
      c === 0xb2 ||
      c === 0xb3 ||
      c === 0xb9 ||
      (c >= 0xbc && c <= 0xbe)
    );
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0x370 && c <= 0x3ff) return !GREEK_NON_WORD.has(c);
  if (c >= 0x400 && c <= 0x52f) return c !== 0x482;
  if (c >= 0x1e00 && c <= 0x1eff) return true; // Latin Extended Additional (Vietnamese and more)
  // General punctuation (dashes, quotes, spaces, bidi marks), currency signs, arrows, math, shapes.
  if (c >= 0x2000 && c <= 0x206f) return false;
  if (c >= 0x20a0 && c <= 0x20cf) return false;
  if (c >= 0x2190 && c <= 0x23ff) return false;
  if (c >= 0x2500 && c <= 0x2775) return false;
  if (Number.isNaN(c)) return false;
  let v = table[c]!;
  if (v === 0) {
    if (c >= 0xd800 && c <= 0xdfff) v = 1;
    else {
      wordChar ??= /[\p{L}\p{N}\p{M}]/u;
      v = wordChar.test(String.fromCharCode(c)) ? 1 : 2;
    }
    table[c] = v;
  }
  return v === 1;
}
