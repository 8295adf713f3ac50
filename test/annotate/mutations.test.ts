// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type MutationLike, textChanged } from '../../lib/annotate/mutations';

function record(init: Partial<MutationLike> & { target: Node }): MutationLike {
  return { type: 'childList', addedNodes: [], removedNodes: [], ...init };
}

describe('textChanged', () => {
  it('sees a paragraph appended by a live ticker', () => {
    const p = document.createElement('p');
    p.textContent = 'Neue Meldung aus Kiew.';
    expect(textChanged([record({ target: document.body, addedNodes: [p] })])).toBe(true);
  });
  it('sees removed text and edited text nodes', () => {
    const t = document.createTextNode('Putin');
    expect(textChanged([record({ target: document.body, removedNodes: [t] })])).toBe(true);
    expect(textChanged([record({ type: 'characterData', target: t })])).toBe(true);
  });
  it('ignores our own card, empty nodes, scripts and attribute changes', () => {
    const host = document.createElement('kontext-popover');
    host.setAttribute('data-kontext-ui', '');
    const inner = document.createElement('div');
    inner.textContent = 'Sergej Schoigu';
    host.append(inner);
    const script = document.createElement('script');
    script.textContent = 'var x = 1;';
    expect(
      textChanged([
        record({ target: document.body, addedNodes: [host] }),
        record({ target: host, addedNodes: [inner] }),
        record({ target: document.body, addedNodes: [document.createTextNode('  \n ')] }),
        record({ target: document.body, addedNodes: [script] }),
        record({ type: 'attributes', target: document.body }),
      ]),
    ).toBe(false);
  });
});
