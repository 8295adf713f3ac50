// Pure helpers behind the popover card: which spellings to list, how to word a source, the
// Wikipedia address. Kept apart from the JSX so they can be tested on their own.

import type { Translate, UiLang } from '../lib/i18n';
import type { Alias, Entity, Role, Source } from '../lib/knowledge/types';

const ORIGIN_RANK = (a: Alias): number =>
  a.origin === 'label' ? 0 : a.origin === 'listed' ? 1 : a.origin.startsWith('import:') ? 2 : 3;

/**
 * Other names a reader may meet: the other language's label first, then hand-listed and imported
 * spellings, generated variants last; without the shown label or its single words, and without
 * case-only duplicates.
 */
export function displayAliases(entity: Entity, lang: UiLang): string[] {
  const shown = (entity.label[lang] || entity.label.de).trim();
  // The label's own words ("Scholz" in "Olaf Scholz") tell the reader nothing new.
  const seen = new Set([shown, ...shown.split(/\s+/)].map((w) => w.toLocaleLowerCase('de')));
  const out: string[] = [];
  const other = lang === 'de' ? entity.label.en : entity.label.de;
  const candidates = [
    ...(other ? [{ text: other, origin: 'label' } as Alias] : []),
    ...[...entity.aliases].sort((a, b) => ORIGIN_RANK(a) - ORIGIN_RANK(b)),
  ];
  for (const a of candidates) {
    const text = a.text.trim();
    const key = text.toLocaleLowerCase('de');
    if (!text || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/** One short, human word for where a fact comes from: "Wikidata", "tagesschau.de", "offene Daten". */
export function sourceHint(source: Source | null | undefined, t: Translate): string | null {
  if (!source?.cite) return null;
  const cite = source.cite.trim();
  if (/^wikidata:/i.test(cite)) return 'Wikidata';
  if (/^https?:\/\//i.test(cite)) {
    // Overrides cite "https://… (Publication, YYYY-MM-DD)": the publication is the friendly name.
    const pub = /\(([^,()]+),\s*\d{4}(?:-\d{2}){0,2}\)\s*$/.exec(cite);
    if (pub) return pub[1]!.trim();
    try {
      return new URL(cite.split(/\s/)[0]!).hostname.replace(/^www\./, '');
    } catch {
      return t('sourceEditorial');
    }
  }
  if (/^[\w.-]+\/[\w.-]+@[0-9a-f]{6,}:/i.test(cite)) return t('sourceOpenData');
  return t('sourceEditorial');
}

export function sourceHints(sources: readonly (Source | null | undefined)[], t: Translate): string[] {
  const out: string[] = [];
  for (const s of sources) {
    const h = sourceHint(s, t);
    if (h && !out.includes(h)) out.push(h);
  }
  return out;
}

/** https://de.wikipedia.org/wiki/Sergei_Schoigu, keeping the characters Wikipedia shows readably. */
export function wikipediaUrl(lang: string, title: string): string {
  const path = encodeURIComponent(title.trim().replace(/ /g, '_'))
    .replace(/%2F/g, '/')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%28/g, '(')
    .replace(/%29/g, ')');
  return `https://${lang}.wikipedia.org/wiki/${path}`;
}

/**
 * The German Wikipedia article of a Wikidata item, falling back to the English one, through Wikidata's
 * Special:GoToLinkedPage (documented at mediawiki.org, Help:Extension:Wikibase/GoToLinkedPage).
 */
export function wikipediaViaWikidata(qid: string): string {
  return `https://www.wikidata.org/wiki/Special:GoToLinkedPage?site=dewiki,enwiki&itemid=${encodeURIComponent(qid)}`;
}

/**
 * Wikipedia's search for a name; `go` opens the article at once when a title matches exactly. For
 * entities with neither an article title nor a Wikidata id (people added from news sources, user packs).
 */
export function wikipediaSearchUrl(lang: string, query: string): string {
  return `https://${lang}.wikipedia.org/w/index.php?search=${encodeURIComponent(query.trim())}&title=Special%3ASearch&go=Go`;
}

/** The same office held on both dates (one continuous term), so the card says "damals wie heute". */
export function sameRole(a: Role | null, b: Role | null): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const sameOffice = a.office !== null ? a.office === b.office : a.title.de === b.title.de;
  return sameOffice && a.start === b.start;
}

/** A role that ended on or before `today`. */
export function roleEnded(role: Role, today: string): boolean {
  return role.end !== null && role.end.slice(0, 10) <= today;
}
