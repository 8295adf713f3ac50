// The page's language: what it declares, else a cheap guess from function words.

/** Where a page declares its language, in the order we trust them. */
const DECLARED_LANGUAGE: { selector: string; attr: string; note: string }[] = [
  { selector: 'meta[property="og:locale"]', attr: 'content', note: 'Open Graph locale, de_DE' },
  {
    selector: 'meta[http-equiv="content-language" i]',
    attr: 'content',
    note: 'HTTP header mirrored in meta (Drupal, jungle.world)',
  },
  { selector: 'meta[name="language" i]', attr: 'content', note: 'old-style meta, some regional papers' },
  { selector: 'meta[name="dc.language" i]', attr: 'content', note: 'Dublin Core (public broadcasters)' },
];

/** "de_DE" / "DE-at" / "de, en" → "de-de" / "de-at" / "de"; null for empty or unparsable values. */
export function normalizeLanguage(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const first = raw.split(',')[0]!.trim().replace(/_/g, '-').toLowerCase();
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(first) ? first : null;
}

export function declaredLanguage(doc: Document): string | null {
  // html lang is set by almost every CMS; xml:lang by XHTML pages (older heise, Drupal).
  const html = doc.documentElement;
  const fromHtml =
    normalizeLanguage(html?.getAttribute('lang')) ?? normalizeLanguage(html?.getAttribute('xml:lang'));
  if (fromHtml) return fromHtml;
  for (const { selector, attr } of DECLARED_LANGUAGE) {
    const value = normalizeLanguage(doc.querySelector(selector)?.getAttribute(attr));
    if (value) return value;
  }
  return null;
}

export function isGermanTag(tag: string | null): boolean {
  return tag !== null && (tag === 'de' || tag.startsWith('de-') || tag === 'gsw');
}

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
