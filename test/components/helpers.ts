// Rendering and axe-core helpers for the component tests (happy-dom environment).
import axe from 'axe-core';
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

export function mount(node: ComponentChild): { root: HTMLElement; unmount: () => void } {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(node, root);
  });
  return {
    root,
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

/** Visible text with soft hyphens removed and whitespace collapsed. */
export function textOf(el: Element | null): string {
  return (el?.textContent ?? '')
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * axe-core on the rendered markup. happy-dom does no layout, so rules that need it (contrast,
 * target size, scrollable regions) are off here; the screenshots cover those by eye.
 */
export async function axeViolations(root: Element): Promise<string[]> {
  document.documentElement.lang ||= 'de';
  document.title ||= 'Test';
  const result = await axe.run(root, {
    rules: {
      'color-contrast': { enabled: false },
      'target-size': { enabled: false },
      'scrollable-region-focusable': { enabled: false },
      region: { enabled: false },
    },
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Text nodes joined by spaces: reads block-level pieces (dt, dd, spans shown as blocks) apart. */
export function wordsOf(el: Element | null): string {
  if (!el) return '';
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
  return parts
    .join(' ')
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
