// Could this page be a German news article? The detector content script asks this on every page of
// the news sites, before the full annotator (180 kB) is loaded, so it must be cheap and it must never
// say no to a page detectPage (detect.ts) would annotate: every "no" below is a necessary condition
// of detectPage's "yes", checked with a few selector lookups. Readerability and the language guess
// are left to the full detection; they cost text walks.
// Cheap means cheap in Firefox too, where each load runs this in a fresh content-script realm that sets
// up every self-hosted builtin on first use (a RegExp, for…of, Array.prototype.some, a Set from a
// list: 0.1–0.35 ms each, more than the checks themselves): none of them on the way to a "no".
import { jsonLdTypes, readJsonLd } from './jsonld';
import { declaredLanguage, isGermanTag } from './language';
import { NEWS_DOMAINS } from './news-sites';
import { declaredAddress, isFrontPage, metaContent, onDomain } from './page-address';
import { alwaysNotNewsType, NOT_NEWS_OG_TYPES, notNewsType } from './schema-types';

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
const NEWS_TYPE_TEXT = ['Article', 'LiveBlogPosting', 'Report'];

/** Parsed only on a likely article, to spare a recipe page the annotator. */
function jsonLdVeto(doc: Document): string | null {
  // A recipe is ruled out whatever else the page declares, so a Recipe in the head settles it without
  // walking the body for more blocks (recipe pages are big: 0.25 ms of the 700 kB chefkoch page).
  const head = doc.head ? jsonLdTypes(readJsonLd(doc.head)) : [];
  const always = alwaysNotNewsType(head);
  if (always) return `JSON-LD ${always}`;
  const veto = notNewsType(head.concat(jsonLdTypes(readJsonLd(doc, doc.head))));
  return veto ? `JSON-LD ${veto}` : null;
}

/** A JSON-LD block that may name a news type; the text test stands in for parsing (no false "no"). */
function mayDeclareNewsType(doc: Document): boolean {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const text = scripts[i]!.textContent ?? '';
    for (let j = 0; j < NEWS_TYPE_TEXT.length; j++) if (text.includes(NEWS_TYPE_TEXT[j]!)) return true;
  }
  return false;
}

export function quickDetect(doc: Document, url: string): QuickVerdict {
  if (!doc.documentElement) return { maybeArticle: false, reason: 'no document element' };
  const declared = declaredLanguage(doc);
  if (declared && !isGermanTag(declared)) return { maybeArticle: false, reason: `language ${declared}` };
  const ogType = metaContent(doc, 'meta[property="og:type"], meta[name="og:type"]')?.toLowerCase();
  if (ogType && NOT_NEWS_OG_TYPES.includes(ogType))
    return { maybeArticle: false, reason: `og:type ${ogType}` };
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
  const secondWeak =
    doc.querySelector('article, meta[name="news_keywords"]') !== null ||
    onDomain(url, NEWS_DOMAINS) ||
    onDomain(declaredAddress(doc), NEWS_DOMAINS);
  if (!secondWeak) return { maybeArticle: false, reason: 'no article signal' };
  if (isFrontPage(url)) return { maybeArticle: false, reason: 'front page' };
  return { maybeArticle: true, reason: '' };
}
