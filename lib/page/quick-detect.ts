// Could this page be a German news article? The detector content script asks this on every page of
// the news sites, before the full annotator (180 kB) is loaded, so it must be cheap and it must never
// say no to a page detectPage (detect.ts) would annotate: every "no" below is a necessary condition
// of detectPage's "yes", checked with a few selector lookups. Readerability and the language guess
// are left to the full detection; they cost text walks.
import { readJsonLd } from './jsonld';
import { declaredLanguage, isGermanTag } from './language';
import { NEWS_DOMAINS } from './news-sites';
import { NOT_NEWS_OG_TYPES, notNewsType } from './schema-types';

export interface QuickVerdict {
  maybeArticle: boolean;
  /** Why not, in detectPage's words where it has them (shown in the popup). */
  reason: string;
}

/** Where detectPage may find a publication date (DATE_META and TIME_SELECTORS in detect.ts). */
const DATE_SOURCES =
  'meta[property="article:published_time"], meta[name="date"], meta[name="DC.date.issued" i], ' +
  'meta[name="DC.date" i], meta[itemprop="datePublished"], meta[name="publish-date"], ' +
  'time[datetime], [itemprop="datePublished"][datetime]';

/** Every schema.org type detect.ts counts as news contains one of these (NewsArticle, Report, …). */
const NEWS_TYPE_TEXT = /Article|LiveBlogPosting|Report/;

/** Parsed only on a likely article, to spare a recipe page the annotator. */
function jsonLdVeto(doc: Document): string | null {
  const { nodes, looseTypes } = readJsonLd(doc);
  const types = [...nodes.flatMap((n) => n.types), ...looseTypes];
  const veto = notNewsType(types);
  return veto ? `JSON-LD ${veto}` : null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function onNewsDomain(url: string | null | undefined): boolean {
  const host = url ? hostOf(url) : null;
  return host !== null && NEWS_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}

function isFrontPage(url: string): boolean {
  try {
    return /^\/(index\.\w+)?$/.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** A JSON-LD block that may name a news type; the text test stands in for parsing (no false "no"). */
function mayDeclareNewsType(doc: Document): boolean {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]'))
    if (NEWS_TYPE_TEXT.test(s.textContent ?? '')) return true;
  return false;
}

function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

export function quickDetect(doc: Document, url: string): QuickVerdict {
  if (!doc.documentElement) return { maybeArticle: false, reason: 'no document element' };
  const declared = declaredLanguage(doc);
  if (declared && !isGermanTag(declared)) return { maybeArticle: false, reason: `language ${declared}` };
  const ogType = metaContent(doc, 'meta[property="og:type"], meta[name="og:type"]')?.toLowerCase();
  if (ogType && NOT_NEWS_OG_TYPES.has(ogType)) return { maybeArticle: false, reason: `og:type ${ogType}` };
  const verdict = signals(doc, url, ogType);
  if (!verdict.maybeArticle) return verdict;
  const veto = jsonLdVeto(doc);
  return veto ? { maybeArticle: false, reason: veto } : verdict;
}

function signals(doc: Document, url: string, ogType: string | undefined): QuickVerdict {
  // Strong signals: detectPage needs none of the weak ones then.
  if (ogType === 'article' || mayDeclareNewsType(doc)) return { maybeArticle: true, reason: '' };
  if (metaContent(doc, 'meta[property="article:published_time"]')) return { maybeArticle: true, reason: '' };
  // Without one, detectPage wants a publication date and a second weak signal, and no front page.
  if (!doc.querySelector(DATE_SOURCES)) return { maybeArticle: false, reason: 'no article signal' };
  const link = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const secondWeak =
    doc.querySelector('article, meta[name="news_keywords"]') !== null ||
    onNewsDomain(url) ||
    onNewsDomain(link || metaContent(doc, 'meta[property="og:url"]'));
  if (!secondWeak) return { maybeArticle: false, reason: 'no article signal' };
  if (isFrontPage(url)) return { maybeArticle: false, reason: 'front page' };
  return { maybeArticle: true, reason: '' };
}
