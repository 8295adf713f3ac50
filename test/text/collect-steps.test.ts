import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectText, collectTextSteps } from '../../lib/text/collect';

// The collector as steps (the content script's slices on huge pages): the same text and segments as
// in one go, however the steps are driven, and a yield at least every 256 nodes.

const TAGS = ['div', 'p', 'span', 'b', 'script', 'li', 'br', 'h2', 'button'];
const tree = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('Wladimir Putin', 'Olaf\nScholz', ' ', 'in Kiew.', ''),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(tie('node'), { maxLength: 5 }))
      .map(([tag, kids]) => (tag === 'br' ? '<br>' : `<${tag}>${kids.join('')}</${tag}>`)),
  ),
}));

describe('collectTextSteps', () => {
  it('collects exactly what collectText collects', () => {
    fc.assert(
      fc.property(fc.array(tree.node, { maxLength: 8 }), (kids) => {
        const { document } = parseHTML(`<html><body><article>${kids.join('')}</article></body></html>`);
        const root = document.querySelector('article')!;
        const steps = collectTextSteps(root);
        let r = steps.next();
        while (!r.done) r = steps.next();
        const whole = collectText(root);
        expect(r.value.text).toBe(whole.text);
        expect(r.value.segments.map((s) => [s.node, s.start, s.end])).toEqual(
          whole.segments.map((s) => [s.node, s.start, s.end]),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('yields at least once per 256 nodes', () => {
    const spans = Array.from({ length: 10_000 }, (_, i) => `<span>Wort${i} </span>`).join('');
    const { document } = parseHTML(`<html><body><article><p>${spans}</p></article></body></html>`);
    const steps = collectTextSteps(document.querySelector('article')!);
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(r.value.segments).toHaveLength(10_000);
    expect(yields).toBeGreaterThan(20_000 / 256);
  });
});
