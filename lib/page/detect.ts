// Is this page a German-language news article? Cheap on everything else: a page that declares
// another language returns before any other work, and the expensive checks run last.

import { isProbablyReaderable } from '@mozilla/readability';
import { toIsoDate } from './dates';
import { firstString, jsonLdTypes, readJsonLd } from './jsonld';
import { declaredLanguage, isGermanTag } from './language';
import { guessGerman, sampleText } from './language-guess';
import { NEWS_DOMAINS } from './news-sites';
import { declaredAddress, hostOf, isFrontPage, metaContent, onDomain } from './page-address';
import { NEWS_TYPES, NOT_NEWS_OG_TYPES, notNewsType } from './schema-types';
import type { PageInfo } from './types';

/** Meta tags carrying the publication date, most trusted first. */
const DATE_META: { selector: string; note: string }[] = [
  { selector: 'meta[property="article:published_time"]', note: 'Open Graph article (fr.de, zeit.de)' },
  { selector: 'meta[name="date"]', note: 'tagesschau.de, heise, ZEIT' },
  { selector: 'meta[name="DC.date.issued" i]', note: 'Dublin Core, public broadcasters' },
  { selector: 'meta[name="DC.date" i]', note: 'Dublin Core, older CMSs' },
  { selector: 'meta[itemprop="datePublished"]', note: 'microdata in the head' },
  { selector: 'meta[name="publish-date"]', note: 'some regional papers' },
];

/** Where a <time datetime> names the publication date inside the article. */
const TIME_SELECTORS = [
  'article time[datetime]', // most article templates put the date line in <article>
  '[itemprop="datePublished"][datetime]', // microdata on the date line
  'time[datetime]', // last resort: the first dated element on the page
];

/**
 * Sites whose pages declare schema.org Article without being news: encyclopedias (Wikipedia marks
 * every page Article with a datePublished), code hosts, Q&A, shops, video. Recipe portals need no
 * entry: their JSON-LD Recipe rejects them.
 */
const NOT_NEWS_DOMAINS = [
  'wikipedia.org',
  'wikimedia.org',
  'wiktionary.org',
  'wikibooks.org',
  'github.com',
  'gitlab.com',
  'stackoverflow.com',
  'stackexchange.com',
  'amazon.de',
  'ebay.de',
  'youtube.com',
];

function onNewsDomain(url: string): boolean {
  return onDomain(url, NEWS_DOMAINS);
}

function publishedDate(doc: Document, jsonLdDate: unknown): string | null {
  const fromJsonLd = toIsoDate(typeof jsonLdDate === 'string' ? jsonLdDate : null);
  if (fromJsonLd) return fromJsonLd;
  for (const { selector } of DATE_META) {
    const d = toIsoDate(metaContent(doc, selector));
    if (d) return d;
  }
  for (const selector of TIME_SELECTORS) {
    const d = toIsoDate(doc.querySelector(selector)?.getAttribute('datetime'));
    if (d) return d;
  }
  return null;
}

export function detectPage(doc: Document, url: string): PageInfo {
  const reasons: string[] = [];
  const declared = declaredLanguage(doc);
  const info: PageInfo = {
    language: declared,
    isGerman: false,
    isNewsArticle: false,
    reasons,
    published: null,
    publisher: null,
    title: null,
  };
  // XML documents, framesets, parser failures: nothing to read.
  if (!doc.documentElement) {
    reasons.push('no document element');
    return info;
  }
  if (onDomain(url, NOT_NEWS_DOMAINS)) {
    reasons.push(`not a news site (${hostOf(url)})`);
    return info;
  }
  if (declared && !isGermanTag(declared)) {
    reasons.push(`language ${declared}`);
    return info;
  }
  if (declared) {
    info.isGerman = true;
    reasons.push(`language ${declared}`);
  } else {
    const guess = guessGerman(sampleText(doc));
    info.isGerman = guess.german;
    if (guess.german) info.language = 'de';
    reasons.push(`no declared language; function words ${Math.round(guess.score * 100)}% German`);
    if (!guess.german) return info;
  }

  const jsonLd = readJsonLd(doc);
  const types = jsonLdTypes(jsonLd);
  const newsNode = jsonLd.nodes.find((n) => n.types.some((t) => NEWS_TYPES.includes(t)));
  // Some CMSs write Open Graph with name= instead of property=.
  const ogType = metaContent(doc, 'meta[property="og:type"], meta[name="og:type"]')?.toLowerCase() ?? null;

  info.title =
    firstString(newsNode?.data.headline) ??
    metaContent(doc, 'meta[property="og:title"]') ??
    (doc.title.trim() || null);
  info.publisher =
    firstString(newsNode?.data.publisher) ?? metaContent(doc, 'meta[property="og:site_name"]') ?? null;

  const newsType = types.find((t) => NEWS_TYPES.includes(t));
  const notNews = notNewsType(types);
  if (notNews) {
    reasons.push(`JSON-LD ${notNews}`);
    return info;
  }
  if (ogType && NOT_NEWS_OG_TYPES.includes(ogType)) {
    reasons.push(`og:type ${ogType}`);
    return info;
  }

  // Only now the date: its <time> lookups are the slowest part on big non-article pages.
  info.published = publishedDate(doc, newsNode?.data.datePublished);

  // Strong signals: the page says it is an article.
  const strong: string[] = [];
  if (newsType) strong.push(`JSON-LD ${newsType}`);
  if (ogType === 'article') strong.push('og:type article');
  if (metaContent(doc, 'meta[property="article:published_time"]')) strong.push('article:published_time');
  // Weak signals, for pages that do not say "article" (tagesschau and heise say og:type=website): a
  // publication date together with an <article> element, a known news site or a news_keywords tag.
  // Either alone is what front pages and section pages have too.
  const weak: string[] = [];
  if (info.published) weak.push(`published ${info.published}`);
  if (doc.querySelector('article')) weak.push('<article>');
  if (onNewsDomain(url) || onNewsDomain(declaredAddress(doc))) weak.push('news domain');
  // Google News' keyword tag: only news articles carry it (tagesschau, heise).
  if (metaContent(doc, 'meta[name="news_keywords"]')) weak.push('news_keywords');
  reasons.push(...strong, ...weak);
  const weakEnough = info.published !== null && weak.length >= 2;
  if (strong.length === 0 && !weakEnough) {
    reasons.push('no article signal');
    return info;
  }
  if (strong.length === 0 && isFrontPage(url)) {
    reasons.push('front page');
    return info;
  }
  if (!isProbablyReaderable(doc)) {
    reasons.push('not readerable');
    return info;
  }
  info.isNewsArticle = true;
  return info;
}
