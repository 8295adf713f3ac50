import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  excludedWithin,
  excludedWithinSteps,
  findArticleRoot,
  findArticleRootSteps,
  isExcluded,
  isLandmarkExcluded,
  textLengthSteps,
} from '../../lib/page/article-root';
import { drain, type Steps } from '../../lib/steps';

// The root search and the exclusions run as steps that yield every few hundred nodes (huge pages must
// not stall). These check that the stepped code answers exactly what the earlier whole-subtree code
// answered (textContent, querySelectorAll('*')), on random trees, and that it really yields.

const SENTENCE = 'Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, die Brücke zu sanieren.';
const TEXTS = [
  SENTENCE,
  'kurz',
  '   ',
  'Mehr zum Thema',
  '\n  Lesen Sie auch',
  ' '.repeat(90) + 'mehr dazu',
  '',
];
const TAGS = [
  'div',
  'p',
  'span',
  'section',
  'aside',
  'nav',
  'header',
  'footer',
  'h2',
  'strong',
  'a',
  'article',
];
const CLASSES = [
  '',
  'teaser',
  'related',
  'ad',
  'article',
  'body',
  'mehr',
  'commentary',
  'layoutAdRight',
  'x y',
];

const tree = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...CLASSES), fc.array(tie('node'), { maxLength: 5 }))
      .map(([tag, cls, kids]) => `<${tag}${cls ? ` class="${cls}"` : ''}>${kids.join('')}</${tag}>`),
  ),
}));

const page = (body: string) =>
  parseHTML(`<!doctype html><html lang="de"><body><main><article>${body}</article></main></body></html>`)
    .document;

/** The earlier excludedWithin: every element, textContent lengths. */
function excludedReference(root: Element): Set<Element> {
  const out = new Set<Element>();
  const total = (root.textContent ?? '').length;
  for (const el of root.querySelectorAll('*')) {
    if (!isExcluded(el)) continue;
    if (isLandmarkExcluded(el) || (el.textContent ?? '').length * 2 < total) out.add(el);
  }
  return out;
}

function countYields<T>(steps: Steps<T>): { value: T; yields: number } {
  let yields = 0;
  let r = steps.next();
  while (!r.done) {
    yields++;
    r = steps.next();
  }
  return { value: r.value, yields };
}

describe('article root and exclusions in steps', () => {
  it('textLengthSteps equals textContent.length for every element', () => {
    fc.assert(
      fc.property(fc.array(tree.node, { maxLength: 6 }), (kids) => {
        const d = page(kids.join(''));
        for (const el of d.querySelectorAll('*'))
          expect(drain(textLengthSteps(el))).toBe((el.textContent ?? '').length);
      }),
      { numRuns: 200 },
    );
  });

  it('excludedWithin equals the whole-subtree reference', () => {
    fc.assert(
      fc.property(fc.array(tree.node, { maxLength: 6 }), (kids) => {
        const d = page(kids.join(''));
        const root = d.querySelector('article')!;
        expect([...excludedWithin(root)]).toEqual([...excludedReference(root)]);
      }),
      { numRuns: 300 },
    );
  });

  it('the link-box heading check reads only the start of the heading, with the same answer', () => {
    // The heading's text flattened into one text node is what textContent read before.
    fc.assert(
      fc.property(fc.array(tree.node, { minLength: 2, maxLength: 4 }), (kids) => {
        const d = page(`<div id="box">${kids.join('')}</div>`);
        const box = d.getElementById('box')!;
        const first = box.firstElementChild;
        const got = isExcluded(box);
        if (first) first.textContent = first.textContent ?? '';
        expect(got).toBe(isExcluded(box));
      }),
      { numRuns: 300 },
    );
    const d = page(
      `<div id="box"><h2>${' '.repeat(200)}<span>Mehr</span> zum <b>Thema</b></h2><a>x</a></div>`,
    );
    expect(isExcluded(d.getElementById('box')!)).toBe(true);
  });

  it('elements inside <template> are not listed (querySelectorAll skips them too)', () => {
    const d = page(`<p>${SENTENCE}</p><template><div><button>x</button></div></template>`);
    expect([...excludedWithin(d.querySelector('article')!)]).toEqual([]);
  });

  it('yields at least once per 256 nodes on a huge page, and finds the same root as in one go', () => {
    const spans = Array.from({ length: 20_000 }, (_, i) => `<span>Wort${i} </span>`);
    const rows: string[] = [];
    for (let i = 0; i < spans.length; i += 100) rows.push(`<p>${spans.slice(i, i + 100).join('')}</p>`);
    const d = page(rows.join(''));
    const nodes = 20_000 * 2 + 200;
    const root = countYields(findArticleRootSteps(d));
    expect(root.value).toBe(findArticleRoot(d));
    expect(root.yields).toBeGreaterThan(nodes / 256);
    const ex = countYields(excludedWithinSteps(d.querySelector('article')!));
    expect(ex.yields).toBeGreaterThan(20_000 / 256);
  });
});
