// Finds the element that holds the article body, and says which descendants inside it are not
// article text (teasers, "Mehr zum Thema", comments, share bars, ads) so they are neither marked
// nor searched for calls.
//
// Every search here runs as steps (lib/steps.ts) that yield every STEP_UNITS nodes, so a page of
// 100,000 text nodes or 500 levels of nesting never holds the main thread: no textContent of a whole
// subtree, no querySelectorAll('*'), no callback walk that cannot pause. The plain functions drain the
// same steps, so both give identical results.

import { drain, type Steps, ticker } from '../steps';

/** Tried in order; the first match with enough paragraph text wins. */
const ROOT_SELECTORS: { selector: string; note: string }[] = [
  { selector: '[itemprop="articleBody"]', note: 'schema.org microdata: Le Monde, many CMSs' },
  { selector: '[data-area="body"]', note: 'SPIEGEL article body' },
  { selector: '.atc-Text', note: 'FAZ.NET article text' },
  { selector: '.article-body', note: 'ZEIT ONLINE, generic' },
  { selector: '.article__body', note: 'BEM-named bodies (Tagesspiegel, RND)' },
  { selector: '.article-content', note: 'generic CMS' },
  { selector: '.meldung_wrapper', note: 'heise Meldung' },
  { selector: '.field-name-body', note: 'Drupal body field (jungle.world)' },
  { selector: '.id-StoryElement-container', note: 'Ippen portals (fr.de, merkur.de)' },
  { selector: 'main article', note: 'semantic HTML5 template' },
  { selector: 'article', note: 'semantic HTML5, when there is a single main article' },
];

/** Landmarks tried only when neither a selector nor the density search found the body: too broad. */
const FALLBACK_SELECTORS = ['main', '[role="main"]'];

/** Never the article root and never part of it. */
const EXCLUDED_TAGS = new Set(['NAV', 'ASIDE', 'FORM', 'BUTTON', 'DIALOG', 'MENU']);

/**
 * <header>/<footer> are the site's banner and footer only at page level; inside an article or section
 * the header holds headline, lead and byline (ARIA scopes them the same way).
 */
const SCOPED_LANDMARK_TAGS = new Set(['HEADER', 'FOOTER']);
const LANDMARK_SCOPES = new Set(['ARTICLE', 'MAIN', 'SECTION', 'ASIDE', 'NAV']);

function isPageLevel(el: Element): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (LANDMARK_SCOPES.has(node.tagName.toUpperCase())) return false;
  }
  return true;
}

/**
 * Class/id fragments of boxes inside an article that are not its text. Matched against
 * `class` and `id` as whole hyphen/underscore-separated parts so "comment" does not hit "commentary".
 */
const EXCLUDED_NAME_PARTS = [
  'teaser', // teaser boxes linking other articles (tagesschau, SPIEGEL)
  'related', // "Mehr zum Thema"
  'comments',
  'comment', // reader comments
  'share',
  'sharing',
  'social', // share bars
  'ad',
  'ads',
  'advert',
  'advertisement',
  'anzeige', // ads
  'newsletter', // sign-up boxes
  'paywall', // subscription prompts
  'breadcrumb',
  'breadcrumbs',
  'recommendation',
  'recommendations',
  'outbrain',
  'taboola', // recommendation widgets
  'mehr',
  'weiterlesen',
  'morelinks',
  'linklist', // "Mehr zum Thema" / "Weiterlesen" link lists (tagesschau linklist)
];
const EXCLUDED_PARTS = new Set(EXCLUDED_NAME_PARTS);

/** Roles of landmarks that are not the article. */
const EXCLUDED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);

/** Landmarks that are never the article: checked for a candidate root's ancestors too. */
export function isLandmarkExcluded(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (EXCLUDED_TAGS.has(tag)) return true;
  if (SCOPED_LANDMARK_TAGS.has(tag) && isPageLevel(el)) return true;
  const role = el.getAttribute('role');
  return role !== null && EXCLUDED_ROLES.has(role);
}

/**
 * The words of an element's class and id that say what it is. BEM modifiers ("--layoutAdRight",
 * "--comments") describe a state, not the box, and are dropped; of a camelCase part only its head
 * word counts (tagesschau's "teaserImTeaser" is a teaser, fr.de's "layoutAdRight" is no ad).
 */
function nameWords(el: Element): string[] {
  const words: string[] = [];
  for (const token of `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/)) {
    const base = token.split('--')[0]!;
    for (const part of base.split(/[_-]+/)) {
      if (!part) continue;
      words.push(part.toLowerCase());
      const head = /^\p{Ll}+(?=\p{Lu})/u.exec(part);
      if (head) words.push(head[0]);
    }
  }
  return words;
}

/** Is this element (not its ancestors) a box that is not article text? */
export function isExcluded(el: Element): boolean {
  if (isLandmarkExcluded(el)) return true;
  for (const word of nameWords(el)) if (EXCLUDED_PARTS.has(word)) return true;
  // A box that starts with a "Mehr zum Thema" heading is a link list, whatever its class.
  const first = el.firstElementChild;
  if (first && /^(H[2-6]|STRONG|B|P|SPAN)$/.test(first.tagName.toUpperCase()) && el.childElementCount > 1) {
    return LINK_BOX_HEADING.test(leadingText(first));
  }
  return false;
}

/** The longest phrase LINK_BOX_HEADING knows is 33 characters: reading more never changes its answer. */
const HEADING_LOOKAHEAD = 64;

/**
 * The start of an element's text (textContent order), enough for LINK_BOX_HEADING: leading whitespace
 * and then HEADING_LOOKAHEAD characters. Bounded, where textContent reads the whole subtree.
 */
function leadingText(el: Element): string {
  let text = '';
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      text += (node as Text).data;
      if (text.trimStart().length >= HEADING_LOOKAHEAD) return text;
    }
    node = nextInTree(node, el, node.nodeType === 1);
  }
  return text;
}

/** The next node after `node` in document order within `root`; `descend` false skips its subtree. */
function nextInTree(node: Node, root: Node, descend: boolean): Node | null {
  if (descend && node.firstChild) return node.firstChild;
  let n: Node | null = node;
  while (n && n !== root) {
    if (n.nextSibling) return n.nextSibling;
    n = n.parentNode;
  }
  return null;
}

/** textContent.length, in steps: the characters of every text node under `el`. */
export function* textLengthSteps(el: Element): Steps<number> {
  const tick = ticker();
  let total = 0;
  let node: Node | null = el.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 3 || type === 4) total += (node as Text).data.length;
    node = nextInTree(node, el, type === 1);
    if (tick()) yield;
  }
  return total;
}

/** Does `el` or an ancestor below `root` count as excluded? */
export function isInsideExcluded(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (isExcluded(node)) return true;
  }
  return false;
}

/**
 * The boxes inside `root` to leave out of its text. A box holding most of the root's text is the
 * body itself under an unlucky class name ("article has-ads"), so it is kept.
 */
export function excludedWithin(root: Element): Set<Element> {
  return drain(excludedWithinSteps(root));
}

/** The same in steps (document order, as querySelectorAll('*') would list them). */
export function* excludedWithinSteps(root: Element): Steps<Set<Element>> {
  const out = new Set<Element>();
  const total = yield* textLengthSteps(root);
  const tick = ticker();
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (isExcluded(el) && (isLandmarkExcluded(el) || (yield* textLengthSteps(el)) * 2 < total)) out.add(el);
    el = nextElement(el, root);
    if (tick()) yield;
  }
  return out;
}

/**
 * The next element after `el` in document order within `root`, descending into `el` unless it is a
 * <template> (whose children are its content fragment's in a browser, and which querySelectorAll skips
 * in DOM implementations that keep them as children).
 */
function nextElement(el: Element, root: Element): Element | null {
  if (el.firstElementChild && el.tagName.toUpperCase() !== 'TEMPLATE') return el.firstElementChild;
  let n: Element | null = el;
  while (n && n !== root) {
    if (n.nextElementSibling) return n.nextElementSibling;
    n = n.parentElement;
  }
  return null;
}

function hasLandmarkAncestor(el: Element): boolean {
  for (let node = el.parentElement; node; node = node.parentElement)
    if (isLandmarkExcluded(node)) return true;
  return false;
}

/** Tags whose text is never article text. */
const NON_TEXT_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
]);

/** Block-level tags: a text node's nearest one of these is its "paragraph". */
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BLOCKQUOTE',
  'LI',
  'TD',
  'DD',
  'FIGCAPTION',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BODY',
  'SPAN',
]);

/** Headings of link boxes inside articles ("Mehr zum Thema", "Lesen Sie auch"). */
const LINK_BOX_HEADING =
  /^\s*(mehr zum thema|mehr zu diesem thema|lesen sie auch|auch interessant|weitere artikel|das könnte sie auch interessieren|zum weiterlesen|mehr dazu|ähnliche artikel)/i;

/** Text runs shorter than this are labels, bylines, buttons: not body text. */
const MIN_RUN = 25;

/** Each run of body text (a text node of MIN_RUN+ chars) with the block element it stands in. */
function* textRunsSteps(root: Element, visit: (block: Element, length: number) => void): Steps<void> {
  const half = (yield* textLengthSteps(root)) / 2;
  const tick = ticker();
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (tick()) yield;
      if (child.nodeType === 3) {
        const len = (child.nodeValue ?? '').trim().length;
        if (len < MIN_RUN) continue;
        let block: Element | null = el;
        // <span class="ft"> paragraphs (jungle.world) count; inline markup inside a <p> does not.
        while (block && !BLOCK_TAGS.has(block.tagName.toUpperCase())) block = block.parentElement;
        if (block) visit(block, len);
      } else if (child.nodeType === 1) {
        const c = child as Element;
        if (NON_TEXT_TAGS.has(c.tagName.toUpperCase()) || isLandmarkExcluded(c)) continue;
        // Same rule as excludedWithin: a "box" holding most of the text is the body under an unlucky name.
        if (isExcluded(c) && (yield* textLengthSteps(c)) < half) continue;
        stack.push(c);
      }
    }
  }
}

function* bodyTextLengthSteps(el: Element): Steps<number> {
  let total = 0;
  yield* textRunsSteps(el, (_block, len) => {
    total += len;
  });
  return total;
}

const MIN_BODY_CHARS = 300;

/** The densest container: the element whose paragraphs hold the most body text. */
function* densestContainerSteps(doc: Document): Steps<Element | null> {
  if (!doc.body) return null;
  const scores = new Map<Element, number>();
  const credit = (el: Element | null, amount: number) => {
    if (el && el !== doc.body && el !== doc.documentElement) scores.set(el, (scores.get(el) ?? 0) + amount);
  };
  yield* textRunsSteps(doc.body, (block, len) => {
    // A paragraph's container is its parent; half credit to the grandparent, because bodies often
    // split their paragraphs over several wrappers (SPIEGEL's dig-absatz divs, tagesschau's modules).
    const container = block.parentElement;
    credit(container, len);
    credit(container?.parentElement ?? null, len / 2);
  });
  let best: Element | null = null;
  let bestScore = 0;
  const tick = ticker();
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
    if (tick()) yield;
  }
  return bestScore >= MIN_BODY_CHARS ? best : null;
}

/** Class/id words of a wrapper that holds headline, lead and body together (jungle.world #article). */
const ARTICLE_WRAPPER_WORDS = new Set(['article', 'artikel', 'story', 'post', 'entry']);

/**
 * The density search finds the paragraphs' container, which leaves out headline and lead. Widen to
 * the nearest wrapper named like an article when it adds little text beyond them (not a whole page
 * of teasers).
 */
function* widenToArticleSteps(dense: Element): Steps<Element> {
  const own = yield* bodyTextLengthSteps(dense);
  let node = dense.parentElement;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    if (node.tagName === 'BODY' || isLandmarkExcluded(node)) break;
    const named =
      node.tagName.toUpperCase() === 'ARTICLE' || nameWords(node).some((w) => ARTICLE_WRAPPER_WORDS.has(w));
    if (named) return (yield* bodyTextLengthSteps(node)) <= own * 1.5 ? node : dense;
  }
  return dense;
}

export function findArticleRoot(doc: Document): Element | null {
  return drain(findArticleRootSteps(doc));
}

/** The same in steps: a pause after every selector's query and inside every walk. */
export function* findArticleRootSteps(doc: Document): Steps<Element | null> {
  if (!doc.documentElement) return null;
  for (const { selector } of ROOT_SELECTORS) {
    let best: Element | null = null;
    let bestLen = 0;
    const found = doc.querySelectorAll(selector);
    yield;
    for (const el of found) {
      if (isExcluded(el) || hasLandmarkAncestor(el)) continue;
      const len = yield* bodyTextLengthSteps(el);
      if (len > bestLen) {
        best = el;
        bestLen = len;
      }
    }
    if (best && bestLen >= MIN_BODY_CHARS) return best;
  }
  const dense = yield* densestContainerSteps(doc);
  if (dense) return yield* widenToArticleSteps(dense);
  for (const selector of FALLBACK_SELECTORS) {
    const el = doc.querySelector(selector);
    if (el) return el;
  }
  return null;
}
