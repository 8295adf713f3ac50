// The page's language when it declares none: a cheap guess from function words (the full detection
// only; the detector never gets this far, so its word lists are not built on every page load).

// Frequent German function words that are rare in English, French, Dutch, Italian, Spanish.
const GERMAN_WORDS = new Set(
  'der die das und ist nicht mit sich auf für ein eine einen dem den des zu von im auch wird wurde sind nach bei aus wie über noch hat haben oder aber nur sie er es'.split(
    ' ',
  ),
);
// The same for the languages a German reader meets most; "die" (English verb) and "in" are left out.
const OTHER_WORDS = new Set(
  'the and of to is that for with was are this have from le la les et des est une pour dans qui que pas sur het een van il di che per los las el por con y'.split(
    ' ',
  ),
);

/** Share of German function words among all function words found; needs at least 20 hits. */
export function guessGerman(text: string): { german: boolean; score: number; hits: number } {
  let de = 0;
  let other = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (GERMAN_WORDS.has(word)) de++;
    else if (OTHER_WORDS.has(word)) other++;
  }
  const hits = de + other;
  const score = hits ? de / hits : 0;
  return { german: hits >= 20 && score >= 0.7, score, hits };
}

/** Up to `limit` characters of paragraph text: enough for the guess, cheap on huge pages. */
export function sampleText(doc: Document, limit = 4000): string {
  let out = '';
  for (const p of doc.querySelectorAll('p')) {
    out += `${p.textContent ?? ''}\n`;
    if (out.length >= limit) return out;
  }
  if (out.length < 200) out += (doc.body?.textContent ?? '').slice(0, limit);
  return out;
}
