// From a parsed page to the article text Kontext analyses: detection, the article root, and the
// root's text without the boxes inside it that are not article text.

import { drain, type Steps } from '../steps';
import { collectTextSteps } from '../text/collect';
import type { CollectedText } from '../text/types';
import { excludedWithinSteps, findArticleRootSteps } from './article-root';
import { detectPage } from './detect';
import type { PageInfo } from './types';

export interface PageArticle {
  page: PageInfo;
  root: Element | null;
  /** Null when the page is not a German news article (nothing was collected). */
  collected: CollectedText | null;
}

export interface ExtractOptions {
  /** Collect the text even when detection says the page is not a German news article. */
  force?: boolean;
  /** The browser's own hidden check (getComputedStyle), added to the boxes excluded by name. */
  isHidden?: (el: Element) => boolean;
}

export function extractArticle(doc: Document, url: string, opts: ExtractOptions = {}): PageArticle {
  return drain(extractArticleSteps(doc, url, opts));
}

/**
 * The same in steps, for the content script's time slices on huge pages: every phase yields every few
 * hundred nodes (lib/steps.ts), so no slice outgrows its budget however many nodes the page has.
 */
export function* extractArticleSteps(
  doc: Document,
  url: string,
  opts: ExtractOptions = {},
): Steps<PageArticle> {
  const { force = false, isHidden } = opts;
  const page = detectPage(doc, url);
  if (!page.isNewsArticle && !force) return { page, root: null, collected: null };
  yield;
  const root = (yield* findArticleRootSteps(doc)) ?? doc.body;
  if (!root) return { page, root: null, collected: null };
  yield;
  // Teasers, share bars, comments and "Mehr zum Thema" boxes inside the root are not the article.
  const excluded = yield* excludedWithinSteps(root);
  yield;
  const hidden = isHidden
    ? (el: Element) => excluded.has(el) || isHidden(el)
    : (el: Element) => excluded.has(el);
  return { page, root, collected: yield* collectTextSteps(root, { isHidden: hidden }) };
}
