// Is a UTF-16 code unit part of a word (\p{L}, \p{N}, \p{M})? The matcher asks this at every char,
// so Latin text is answered from ranges and everything else from a per-code-unit cache filled by a
// regex that is compiled only when a non-Latin char first shows up (Unicode-property regexes cost
// milliseconds to compile on a cold start). Surrogate halves count as word characters: conservative
// for boundaries (no match glued to an astral-script word).

const table = new Uint8Array(0x10000); // 0 unknown, 1 word, 2 not word
let wordChar: RegExp | null = null;

export function isWordCode(c: number): boolean {
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  }
  // Latin-1 letters and Latin Extended-A/B (minus × and ÷), and the combining diacritics block.
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
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
