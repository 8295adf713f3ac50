// German endings and hyphenation around a matched alias: genitive -s/-es, the apostrophe after
// s/x/z, and the extent of a hyphenated compound. Pure functions over the folded text.

import { isWordCode } from './chars';

export const APOSTROPHE = 0x27;
export const HYPHEN = 0x2d;

/** Where the mention ends if the alias ending at e is followed by a word boundary or an ending; else -1. */
export function inflectedEnd(s: string, e: number, key: string): number {
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

export function endsWord(s: string, i: number): boolean {
  return i >= s.length || !isWordCode(s.charCodeAt(i));
}

/** An inflected form must end the word outright: "Putins-…" is no genitive. */
function endsInflection(s: string, i: number): boolean {
  if (i >= s.length) return true;
  const c = s.charCodeAt(i);
  return !isWordCode(c) && c !== HYPHEN;
}

/** The hyphenated word around [a, b): [cs, ce] or [-1, -1] when [a, b) is the whole word. */
export function hyphenWord(s: string, a: number, b: number): [number, number] {
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
