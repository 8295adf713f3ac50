// Collects the readable text under an element as one string with the text nodes it came from, so the
// matcher sees "Wladimir Putin" however the page splits it into inline elements, and a match can be
// mapped back to DOM points for painting. Block boundaries become "\n" so words never run together.
// Uses only node/attribute APIs (no layout), so it runs the same in browsers, happy-dom and linkedom.

import { drain, type Steps, ticker } from '../steps';
import type { CollectedText, TextSegment } from './types';

export interface CollectOptions {
  /** Extra hidden check (e.g. getComputedStyle in a browser); called once per element, keep it cheap. */
  isHidden?: (el: Element) => boolean;
  /** Extra subtrees to leave out (CSS selector), e.g. figure credits or embedded teasers. */
  skip?: string;
}

const DOCUMENT_FRAGMENT_NODE = 11;

/** Elements whose text is not article prose (or not text at all). */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'button',
  'svg',
  'math',
  'code',
  'kbd',
  'samp',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'map',
  'rt', // ruby annotations: pronunciation, not part of the word
  'rp',
  'head',
  'title',
  'meta',
  'link',
]);

/** Elements that start a new line of text (CSS display: block/list-item/table-* in the UA sheet). */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'img',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'picture',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

function nameOf(el: Element): string {
  const n = el.localName ?? el.tagName;
  return n.length > 0 && n.charCodeAt(0) < 0x61 ? n.toLowerCase() : n;
}

function isSkipped(el: Element, opts: CollectOptions): boolean {
  if (SKIP.has(nameOf(el))) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-kontext-ui')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  const style = el.getAttribute('style');
  if (style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (opts.skip && el.matches(opts.skip)) return true;
  return opts.isHidden ? opts.isHidden(el) : false;
}

const SOURCE_BREAK = /[\n\r\t\f]/;
const SOURCE_BREAKS = /[\n\r\t\f]/g;

/**
 * A reader reads an open shadow root's content where its host stands (web components that render
 * article bodies): walk into it instead of the host's light children. Closed roots stay closed.
 */
function firstRendered(el: Element): Node | null {
  const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  return shadow?.firstChild ?? el.firstChild;
}

/** Up one level, from a shadow root's top level to its host. */
function parentRendered(node: Node): Node | null {
  const parent = node.parentNode;
  return parent && parent.nodeType === DOCUMENT_FRAGMENT_NODE
    ? ((parent as ShadowRoot).host ?? null)
    : parent;
}

/** The text under `root` (root itself is collected even if it would be skipped as a descendant). */
export function collectText(root: Element, opts: CollectOptions = {}): CollectedText {
  return drain(collectTextSteps(root, opts));
}

/** The same in steps: a pause every STEP_UNITS nodes, for the content script's slices on huge pages. */
export function* collectTextSteps(root: Element, opts: CollectOptions = {}): Steps<CollectedText> {
  const tick = ticker();
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let endsWithBreak = true; // no leading "\n"
  const lineBreak = () => {
    if (!endsWithBreak) {
      parts.push('\n');
      length += 1;
      endsWithBreak = true;
    }
  };
  // Iterative depth-first walk over firstChild/nextSibling: no recursion limit on deep pages.
  let node: Node | null = firstRendered(root);
  while (node) {
    if (tick()) yield;
    let descend = false;
    let closesBlock = false;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        segments.push({ node: node as Text, start: length, end: length + data.length });
        // Line breaks inside a text node are source formatting (HTML renders them as spaces); only
        // block boundaries may end a line, or sentences split mid-paragraph. Same length: offsets hold.
        parts.push(SOURCE_BREAK.test(data) ? data.replace(SOURCE_BREAKS, ' ') : data);
        length += data.length;
        endsWithBreak = false;
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (!isSkipped(el, opts)) {
        closesBlock = BLOCK.has(nameOf(el));
        if (closesBlock) lineBreak();
        descend = firstRendered(el) !== null;
      }
    }
    if (descend) {
      node = firstRendered(node as Element);
      continue;
    }
    if (closesBlock) lineBreak();
    // Climb until a next sibling exists; every element climbed out of was entered, so not skipped.
    while (node && node !== root && !node.nextSibling) {
      node = parentRendered(node);
      if (node && node !== root && node.nodeType === ELEMENT_NODE && BLOCK.has(nameOf(node as Element))) {
        lineBreak();
      }
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return { text: parts.join(''), segments };
}

/**
 * The DOM point for a text offset. At a boundary between two segments (or inside a "\n" that is no
 * text node) `bias` decides: 'start' moves forward to the next node, 'end' stays at the end of the
 * previous one, so a range [start, end) never starts or ends in a node it does not cover.
 */
export function domPointAt(
  collected: CollectedText,
  offset: number,
  bias: 'start' | 'end' = 'start',
): { node: Text; offset: number } {
  const segs = collected.segments;
  if (segs.length === 0) throw new Error('domPointAt: no text was collected');
  if (bias === 'start') {
    // First segment with end > offset.
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (segs[mid]!.end > offset) hi = mid;
      else lo = mid + 1;
    }
    if (lo === segs.length) {
      const last = segs[segs.length - 1]!;
      return { node: last.node, offset: last.end - last.start };
    }
    const seg = segs[lo]!;
    // Clamped to the node's current length, in case the page edited it after collection.
    return { node: seg.node, offset: Math.min(Math.max(0, offset - seg.start), seg.node.data.length) };
  }
  // Last segment with start < offset.
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segs[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return { node: segs[0]!.node, offset: 0 };
  const seg = segs[lo - 1]!;
  return { node: seg.node, offset: Math.min(Math.min(offset, seg.end) - seg.start, seg.node.data.length) };
}

/** The name the module contract in COMMON.md uses. */
export const offsetToDomPoint = domPointAt;
