// A live page's mutations, read as work: which added or edited text to match (the smallest block
// around it, so a word split across inline elements still reads whole), whether text left the page,
// and when following the page makes no sense and a full pass must start fresh.
import { isExcluded } from '../page/article-root';
import { carriesText, insideOurUi, type MutationLike } from './mutations';

export interface LivePlan {
  /** Start fresh: the article root left the document or was replaced. */
  full: boolean;
  /** Text left the page or changed: marks on text no longer in the document are to be dropped. */
  removed: boolean;
  /** Elements and text nodes to (re)collect and match: in document order, none inside another. */
  units: Node[];
}

const ELEMENT = 1;

/** Elements that start a line of their own: the unit of re-matching (collect.ts's BLOCK, the common ones). */
const BLOCKS = new Set(
  'address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

/** What the article's text never includes (collect.ts's skipped elements and attributes). */
const NOT_PROSE =
  'script,style,noscript,template,textarea,input,select,option,optgroup,button,svg,math,code,kbd,samp,iframe,object,embed,canvas,video,audio,map,rt,rp,head,title,meta,link,[hidden],[aria-hidden="true"],[data-kontext-ui],[contenteditable]:not([contenteditable="false"])';
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function nameOf(el: Element): string {
  return (el.localName ?? el.tagName).toLowerCase();
}

/**
 * A box the first pass left out of the article (teaser, comments, share bar): excludedWithin's rule,
 * where a box holding most of the article's text is the body under an unlucky name and stays in.
 */
export function excludedBox(articleChars: number): (el: Element) => boolean {
  return (el) => isExcluded(el) && (el.textContent ?? '').length * 2 < articleChars;
}

/** Is `node` where the article's text is read: inside `root`, not in anything the first pass skips? */
export function readable(node: Node, root: Element, excluded: (el: Element) => boolean): boolean {
  if (!node.isConnected || !root.contains(node)) return false;
  for (
    let el = node.nodeType === ELEMENT ? (node as Element) : node.parentElement;
    el;
    el = el.parentElement
  ) {
    if (el.matches(NOT_PROSE) || HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) return false;
    if (el === root) return true;
    if (excluded(el)) return false;
  }
  return false;
}

/** The block around `node` below `root` (the node itself when it is a block or sits right in root). */
export function unitFor(node: Node, root: Element): Node {
  for (let el = node.nodeType === ELEMENT ? (node as Element) : node.parentElement; el && el !== root; ) {
    if (BLOCKS.has(nameOf(el))) return el;
    el = el.parentElement;
  }
  return node;
}

export function planLive(
  records: readonly MutationLike[],
  root: Element,
  excluded: (el: Element) => boolean,
): LivePlan {
  const plan: LivePlan = { full: false, removed: false, units: [] };
  if (!root.isConnected) return { ...plan, full: true };
  const found = new Set<Node>();
  const add = (node: Node) => {
    if (!readable(node, root, excluded)) return;
    found.add(unitFor(node, root));
  };
  for (const r of records) {
    if (insideOurUi(r.target)) continue;
    if (r.type === 'characterData') {
      // The edited node's block is read again below; its old marks go with it.
      add(r.target);
      continue;
    }
    if (r.type !== 'childList') continue;
    for (let i = 0; i < r.removedNodes.length; i++) if (carriesText(r.removedNodes[i]!)) plan.removed = true;
    for (let i = 0; i < r.addedNodes.length; i++) {
      const n = r.addedNodes[i]!;
      if (n !== root && n.contains(root)) return { ...plan, full: true };
      if (carriesText(n)) add(n);
    }
  }
  plan.units = outermostInOrder(found);
  return plan;
}

/** Drops units inside other units and sorts the rest in document order. */
function outermostInOrder(found: Set<Node>): Node[] {
  const out: Node[] = [];
  for (const n of found) {
    let inner = false;
    for (let p = n.parentNode; p && !inner; p = p.parentNode) inner = found.has(p);
    if (!inner) out.push(n);
  }
  // 4 = DOCUMENT_POSITION_FOLLOWING: b comes after a.
  return out.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
