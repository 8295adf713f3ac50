// Which schema.org types (JSON-LD) make a page news and which rule it out; shared by the full detection
// and the detector's quick check, which must never say "no" where the full one says "yes".
// Plain lists, not Sets: the detector loads this module on every page, and a Set built from a list
// costs Firefox's fresh content-script realm more than `includes` over ten strings ever will.

export const NEWS_TYPES: readonly string[] = [
  'NewsArticle', // tagesschau, FAZ, Spiegel, fr.de
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle', // Kommentare
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'Article', // ZEIT ONLINE, many regional papers
  'LiveBlogPosting', // Liveticker
  'Report',
];

/** A recipe page is no news article even when it also says Article (chefkoch: og:type=article + Recipe). */
const ALWAYS_NOT_NEWS_TYPES: readonly string[] = ['Recipe'];

/**
 * Shop, job, event and software pages: not news, unless the page also declares a news type (an
 * article with an embedded product box is still an article).
 */
const NOT_NEWS_TYPES: readonly string[] = [
  'Product',
  'ProductGroup',
  'JobPosting',
  'Event',
  'Course',
  'SoftwareApplication',
];

/** A type that rules a page out whatever else it declares (a recipe), if any. */
export function alwaysNotNewsType(types: readonly string[]): string | undefined {
  for (let i = 0; i < types.length; i++) if (ALWAYS_NOT_NEWS_TYPES.includes(types[i]!)) return types[i];
  return undefined;
}

/** The type that rules a page out, if any, given every type its JSON-LD declares. */
export function notNewsType(types: readonly string[]): string | undefined {
  const always = alwaysNotNewsType(types);
  if (always) return always;
  let notNews: string | undefined;
  for (let i = 0; i < types.length; i++) {
    const t = types[i]!;
    if (NEWS_TYPES.includes(t)) notNews = '';
    else if (notNews === undefined && NOT_NEWS_TYPES.includes(t)) notNews = t;
  }
  return notNews || undefined;
}

/** og:type values that mean "not news" (shops, recipes, videos-only, profiles). */
export const NOT_NEWS_OG_TYPES: readonly string[] = [
  'product',
  'recipe',
  'food',
  'profile',
  'books.book',
  'video.movie',
  'music.song',
];
