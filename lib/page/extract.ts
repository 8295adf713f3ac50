// From a parsed page to the article text Kontext analyses: detection, the article root, and the
// root's text without the boxes inside it that are not article text.

import { collectText } from '../text/collect';
import type { CollectedText } from '../text/types';
import { excludedWithin, findArticleRoot } from './article-root';
import { detectPage } from './detect';
import type { PageInfo } from './types';

export interface PageArticle {
  page: PageInfo;
  root: Element | null;
  /** Null when the page is not a German news article (nothing was collected). */
  collected: CollectedText | null;
}

/** `force` collects the text even when detection says the page is not a German news article. */
export function extractArticle(doc: Document, url: string, force = false): PageArticle {
  const page = detectPage(doc, url);
  if (!page.isNewsArticle && !force) return { page, root: null, collected: null };
  const root = findArticleRoot(doc) ?? doc.body;
  if (!root) return { page, root: null, collected: null };
  // Teasers, share bars, comments and "Mehr zum Thema" boxes inside the root are not the article.
  const excluded = excludedWithin(root);
  return { page, root, collected: collectText(root, { isHidden: (el) => excluded.has(el) }) };
}
