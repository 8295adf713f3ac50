// The language a page declares. Run by the detector on every page load of the news sites, so it is
// written without regular expressions or for…of (see page-address.ts); the guess for pages that
// declare none is in language-guess.ts.

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

/**
 * "de_DE" / "DE-at" / "de, en" → "de-de" / "de-at" / "de"; null for empty or unparsable values.
 * Parsable: 2–3 letters, then subtags of 2–8 letters or digits ([a-z]{2,3}(-[a-z0-9]{2,8})*).
 */
export function normalizeLanguage(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const comma = raw.indexOf(',');
  const tag = (comma < 0 ? raw : raw.slice(0, comma)).trim().toLowerCase();
  let out = '';
  let start = 0; // where the current subtag starts in `tag`
  for (let i = 0; i <= tag.length; i++) {
    const c = i < tag.length ? tag.charCodeAt(i) : 45; // the end closes the last subtag like a "-"
    if (c === 45 /* - */ || c === 95 /* _ */) {
      const len = i - start;
      if (start === 0 ? len < 2 || len > 3 : len < 2 || len > 8) return null;
      out += (start === 0 ? '' : '-') + tag.slice(start, i);
      start = i + 1;
    } else if (!((c >= 97 && c <= 122) || (start > 0 && c >= 48 && c <= 57))) return null;
  }
  return out;
}

export function declaredLanguage(doc: Document): string | null {
  // html lang is set by almost every CMS; xml:lang by XHTML pages (older heise, Drupal).
  const html = doc.documentElement;
  const fromHtml =
    normalizeLanguage(html?.getAttribute('lang')) ?? normalizeLanguage(html?.getAttribute('xml:lang'));
  if (fromHtml) return fromHtml;
  for (let i = 0; i < DECLARED_LANGUAGE.length; i++) {
    const { selector, attr } = DECLARED_LANGUAGE[i]!;
    const value = normalizeLanguage(doc.querySelector(selector)?.getAttribute(attr));
    if (value) return value;
  }
  return null;
}

export function isGermanTag(tag: string | null): boolean {
  return tag !== null && (tag === 'de' || tag.startsWith('de-') || tag === 'gsw');
}
