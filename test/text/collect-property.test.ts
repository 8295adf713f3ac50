import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { collectText, domPointAt } from '../../lib/text/collect';

// Random trees of block, inline and skipped elements with random text.
const tags = ['p', 'div', 'span', 'b', 'i', 'a', 'li', 'h2', 'br', 'script', 'code', 'td', 'em'];
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('\n', ' \n\t', 'Wladimir\nPutin', '\r\n'),
);
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((t) => t.replace(/[<>&]/g, ' ')),
    fc
      .tuple(fc.constantFrom(...tags), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, kids]) => (tag === 'br' ? '<br>' : `<${tag}>${kids.join('')}</${tag}>`)),
  ),
})).node;

describe('property: collectText and domPointAt on random trees', () => {
  it('segments are the text nodes, in order, and every offset maps to a point inside its node', () => {
    const w = new Window();
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (parts) => {
        w.document.body.innerHTML = `<article>${parts.join('')}</article>`;
        const root = w.document.querySelector('article') as unknown as Element;
        const c = collectText(root);
        let last = 0;
        for (const seg of c.segments) {
          expect(seg.start).toBeGreaterThanOrEqual(last);
          // Source line breaks inside a node read as spaces (as HTML renders them); same length.
          expect(c.text.slice(seg.start, seg.end)).toBe(seg.node.data.replace(/[\n\r\t\f]/g, ' '));
          last = seg.end;
        }
        // Text outside segments is only the "\n" of block boundaries.
        const inSegment = new Uint8Array(c.text.length);
        for (const seg of c.segments) inSegment.fill(1, seg.start, seg.end);
        for (let k = 0; k < c.text.length; k++) if (!inSegment[k]) expect(c.text[k]).toBe('\n');
        if (c.segments.length === 0) return;
        for (let off = 0; off <= c.text.length; off++) {
          for (const bias of ['start', 'end'] as const) {
            const p = domPointAt(c, off, bias);
            expect(p.offset).toBeGreaterThanOrEqual(0);
            expect(p.offset).toBeLessThanOrEqual(p.node.data.length);
          }
          const seg = c.segments.find((s) => off >= s.start && off < s.end);
          if (seg) expect(domPointAt(c, off, 'start')).toEqual({ node: seg.node, offset: off - seg.start });
        }
      }),
      { numRuns: 300 },
    );
  });
});
