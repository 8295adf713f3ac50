// Which DOM mutations matter to the annotation: text added to or removed from the article, never
// our own UI, never attribute churn (tickers and ads change classes all the time).

export interface MutationLike {
  type: string;
  target: Node;
  addedNodes: ArrayLike<Node>;
  removedNodes: ArrayLike<Node>;
}

/** A text node with visible characters, or an element (not ours, not a script) holding some. */
export function carriesText(node: Node): boolean {
  if (node.nodeType === 3) return (node.nodeValue ?? '').trim().length > 0;
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (el.hasAttribute('data-kontext-ui')) return false;
  const tag = el.tagName.toLowerCase();
  if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template') return false;
  return (el.textContent ?? '').trim().length > 0;
}

export function insideOurUi(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode)
    if (n.nodeType === 1 && (n as Element).hasAttribute('data-kontext-ui')) return true;
  return false;
}

/** True when a batch of mutations added, removed or changed text a reader can see. */
export function textChanged(records: readonly MutationLike[]): boolean {
  for (const r of records) {
    if (insideOurUi(r.target)) continue;
    if (r.type === 'characterData') return true;
    if (r.type !== 'childList') continue;
    for (let i = 0; i < r.addedNodes.length; i++) if (carriesText(r.addedNodes[i]!)) return true;
    for (let i = 0; i < r.removedNodes.length; i++) if (carriesText(r.removedNodes[i]!)) return true;
  }
  return false;
}
