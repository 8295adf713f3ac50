// ::highlight() rules apply only inside the tree that holds them: marks in a page's open shadow root
// need our rules in that root too. Adopted stylesheets add no node; a <style> is the fallback where
// adoption fails (Firefox's content-script wrappers), and both are taken back exactly on undo.

/** The shadow roots (not the document) that hold the start of any of these ranges. */
export function shadowRootsOf(ranges: readonly AbstractRange[]): ShadowRoot[] {
  const roots = new Set<ShadowRoot>();
  for (const r of ranges) {
    const root = r.startContainer.getRootNode();
    if (root.nodeType === 11 && (root as ShadowRoot).host) roots.add(root as ShadowRoot);
  }
  return [...roots];
}

/** Adds `css` to each root; the returned function removes exactly what was added. */
export function styleShadowRoots(roots: readonly ShadowRoot[], css: string): () => void {
  const undo: (() => void)[] = [];
  for (const root of roots) {
    const doc = root.ownerDocument;
    try {
      const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
      const sheet = new Sheet();
      sheet.replaceSync(css);
      const before = root.adoptedStyleSheets;
      root.adoptedStyleSheets = [...before, sheet];
      if (!root.adoptedStyleSheets.includes(sheet)) throw new Error('not adopted');
      undo.push(() => {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      });
    } catch {
      const style = doc.createElement('style');
      style.setAttribute('data-kontext-ui', '');
      style.textContent = css;
      root.append(style);
      undo.push(() => style.remove());
    }
  }
  return () => {
    for (const u of undo) u();
  };
}
