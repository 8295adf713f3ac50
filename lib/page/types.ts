// What page detection tells the content script and the analyser.

export interface PageInfo {
  /** BCP 47 language of the page (html lang, og:locale, content-language), lower case; null if unknown. */
  language: string | null;
  isGerman: boolean;
  /** A German-language news article: the only pages Kontext annotates. */
  isNewsArticle: boolean;
  /** Short reasons for the verdict, for the popup's "why not" line and for debugging. */
  reasons: string[];
  /** ISO date (YYYY-MM-DD) of publication, or null. */
  published: string | null;
  publisher: string | null;
  title: string | null;
}
