// Which schema.org types (JSON-LD) make a page news and which rule it out; shared by the full detection
// and the detector's quick check, which must never say "no" where the full one says "yes".

export const NEWS_TYPES = new Set([
  'NewsArticle', // tagesschau, FAZ, Spiegel, fr.de
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle', // Kommentare
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'Article', // ZEIT ONLINE, many regional papers
  'LiveBlogPosting', // Liveticker
  'Report',
]);

/** A recipe page is no news article even when it also says Article (chefkoch: og:type=article + Recipe). */
const ALWAYS_NOT_NEWS_TYPES = new Set(['Recipe']);

/**
 * Shop, job, event and software pages: not news, unless the page also declares a news type (an
 * article with an embedded product box is still an article).
 */
const NOT_NEWS_TYPES = new Set([
  'Product',
  'ProductGroup',
  'JobPosting',
  'Event',
  'Course',
  'SoftwareApplication',
]);

/** The type that rules a page out, if any, given every type its JSON-LD declares. */
export function notNewsType(types: readonly string[]): string | undefined {
  return (
    types.find((t) => ALWAYS_NOT_NEWS_TYPES.has(t)) ??
    (types.some((t) => NEWS_TYPES.has(t)) ? undefined : types.find((t) => NOT_NEWS_TYPES.has(t)))
  );
}

/** og:type values that mean "not news" (shops, recipes, videos-only, profiles). */
export const NOT_NEWS_OG_TYPES = new Set([
  'product',
  'recipe',
  'food',
  'profile',
  'books.book',
  'video.movie',
  'music.song',
]);
