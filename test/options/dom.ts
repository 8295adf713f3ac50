// Mounting and axe-core for the options component tests (happy-dom).
import axe from 'axe-core';
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

export function mount(node: ComponentChild): {
  root: HTMLElement;
  rerender: (n: ComponentChild) => void;
  unmount: () => void;
} {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return {
    root,
    rerender: (n) => act(() => render(n, root)),
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

/** happy-dom does no layout: contrast and target size are checked on the screenshots instead. */
export async function axeViolations(root: Element): Promise<string[]> {
  document.documentElement.lang ||= 'de';
  document.title ||= 'Kontext – Einstellungen';
  const result = await axe.run(root, {
    rules: {
      'color-contrast': { enabled: false },
      'target-size': { enabled: false },
      'scrollable-region-focusable': { enabled: false },
    },
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** What a reader sees: text nodes apart (cells, dt/dd), without aria-hidden decoration. */
export function text(el: Element | null | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
    else if (n.nodeType === 1 && (n as Element).getAttribute('aria-hidden') !== 'true')
      n.childNodes.forEach(walk);
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export function fire(el: Element, type: string): void {
  act(() => {
    el.dispatchEvent(new Event(type, { bubbles: true }));
  });
}
