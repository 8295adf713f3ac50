// Is a UTF-16 code unit part of a word (\p{L}, \p{N}, \p{M})? Cached per code unit, because the
// matcher asks this at every boundary; surrogate halves count as word characters when the pair is a
// letter, which is the conservative choice for boundaries (no match inside an astral-script word).

const table = new Uint8Array(0x10000); // 0 unknown, 1 word, 2 not word
const WORDCHAR = /[\p{L}\p{N}\p{M}]/u;

export function isWordCode(c: number): boolean {
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  }
  if (Number.isNaN(c)) return false;
  let v = table[c]!;
  if (v === 0) {
    v = c >= 0xd800 && c <= 0xdfff ? 1 : WORDCHAR.test(String.fromCharCode(c)) ? 1 : 2;
    table[c] = v;
  }
  return v === 1;
}
