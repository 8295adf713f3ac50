import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bundledIndex } from '../../lib/knowledge/bundled';
import { findMentions } from '../../lib/match/find';
import { collectText, domPointAt } from '../../lib/text/collect';
import type { CollectedText } from '../../lib/text/types';
import { hostileText, type Tree, tree } from './arbitraries';

// Property tests over the text collector and the matcher on random DOM trees filled with hostile
// Unicode, against the BUNDLED index (the one the extension ships), so real aliases get hit.
// The counts are printed at the end for the robustness report.

const FUZZ_STATS = { trees: 0, texts: 0, mentions: 0 };
/** KONTEXT_FUZZ_SCALE=10 runs ten times the inputs (a deeper run than CI's). */
const SCALE = Number(process.env.KONTEXT_FUZZ_SCALE ?? 1) || 1;

const SKIPPED_TAGS = new Set(['script', 'style', 'textarea', 'code', 'button', 'select', 'option']);

function build(t: { children: Tree[] }): Element {
  const { document } = parseHTML('<!doctype html><html><body><article id="root"></article></body></html>');
  const root = document.getElementById('root') as unknown as Element;
  const add = (parent: Node, node: Tree): void => {
    if (node.kind === 'text') {
      parent.appendChild(document.createTextNode(node.data) as unknown as Node);
      return;
    }
    const el = document.createElement(node.tag) as unknown as Element;
    for (const [k, v] of node.attrs) el.setAttribute(k, v);
    parent.appendChild(el);
    for (const c of node.children) add(el, c);
  };
  for (const c of t.children) add(root, c);
  return root;
}

/** True when `node` sits under an element the collector must leave out (what a reader edits or never reads). */
function insideSkipped(node: Node, root: Element): boolean {
  for (let n = node.parentNode; n && n !== root; n = n.parentNode) {
    const el = n as Element;
    if (SKIPPED_TAGS.has(el.localName)) return true;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    const ce = el.getAttribute('contenteditable');
    if (ce !== null && ce !== 'false') return true;
  }
  return false;
}

/** Source line breaks and tabs inside a text node are collected as spaces (same length, offsets hold). */
const asCollected = (data: string) => data.replace(/[\n\r\t\f]/g, ' ');

/** The DOM text between two points, walking the collected segments (what a Range would cover). */
function domTextBetween(
  c: CollectedText,
  a: { node: Text; offset: number },
  b: { node: Text; offset: number },
) {
  const i = c.segments.findIndex((s) => s.node === a.node);
  const j = c.segments.findIndex((s) => s.node === b.node);
  if (i < 0 || j < 0 || j < i) return null;
  if (i === j) return a.node.data.slice(a.offset, b.offset);
  let out = a.node.data.slice(a.offset);
  for (let k = i + 1; k < j; k++) out += c.segments[k]!.node.data;
  return out + b.node.data.slice(0, b.offset);
}

function checkCollected(root: Element, c: CollectedText): void {
  let last = 0;
  for (const s of c.segments) {
    expect(s.start, 'segments in order, not overlapping').toBeGreaterThanOrEqual(last);
    expect(c.text.slice(s.start, s.end), 'segment text is the node text').toBe(asCollected(s.node.data));
    expect(c.text.slice(last, s.start), 'between segments only block breaks').toMatch(/^\n*$/);
    expect(insideSkipped(s.node as unknown as Node, root), 'no text from skipped/editable elements').toBe(
      false,
    );
    last = s.end;
  }
  expect(c.text.slice(last)).toMatch(/^\n*$/);
  // domPointAt round-trips every offset inside a segment, with both biases.
  for (const s of c.segments) {
    for (const o of [s.start, s.end - 1, (s.start + s.end) >> 1]) {
      if (o < s.start || o >= s.end) continue;
      const p = domPointAt(c, o, 'start');
      expect([p.node === s.node, p.offset]).toEqual([true, o - s.start]);
    }
    const e = domPointAt(c, s.end, 'end');
    expect([e.node === s.node, e.offset]).toEqual([true, s.end - s.start]);
  }
}

function checkMentions(c: CollectedText): number {
  const ms = findMentions(c.text, bundledIndex);
  let last = 0;
  for (const m of ms) {
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    expect(c.text.slice(m.start, m.end), 'offsets map back to exactly the matched text').toBe(m.text);
    const a = domPointAt(c, m.start, 'start');
    const b = domPointAt(c, m.end, 'end');
    // The painted range covers exactly the mention's characters (block breaks are not in the DOM).
    const dom = domTextBetween(c, a, b);
    expect(dom === null ? null : asCollected(dom), 'DOM range text').toBe(m.text.replace(/\n/g, ''));
    last = m.end;
  }
  return ms.length;
}

describe('fuzz: collectText + findMentions on random DOM trees (linkedom, bundled index)', () => {
  it('segments are exact, skipped subtrees stay out, domPointAt round-trips, mentions map to DOM text', () => {
    fc.assert(
      fc.property(tree, (t) => {
        const root = build(t);
        const c = collectText(root);
        checkCollected(root, c);
        FUZZ_STATS.mentions += checkMentions(c);
        FUZZ_STATS.trees++;
      }),
      { numRuns: 600 * SCALE },
    );
  });

  it('random hostile Unicode strings: mentions map back, no crash', () => {
    fc.assert(
      fc.property(hostileText, (t) => {
        const ms = findMentions(t, bundledIndex);
        for (const m of ms) expect(t.slice(m.start, m.end)).toBe(m.text);
        FUZZ_STATS.texts++;
        FUZZ_STATS.mentions += ms.length;
      }),
      { numRuns: 3000 * SCALE },
    );
  });

  it('bounded time: a 1-million-character word, 100,000 text nodes, 5,000-deep nesting', () => {
    const { document } = parseHTML('<!doctype html><html><body><article id="r"></article></body></html>');
    const r = document.getElementById('r') as unknown as Element;
    const longWord = `Putin ${'ä\u0301'.repeat(500_000)} Scholz`;
    r.appendChild(document.createTextNode(longWord) as unknown as Node);
    let t0 = performance.now();
    const c1 = collectText(r);
    const m1 = findMentions(c1.text, bundledIndex);
    const longMs = performance.now() - t0;
    expect(m1.map((m) => m.text)).toEqual(['Putin', 'Scholz']);

    const many = document.createElement('article') as unknown as Element;
    for (let i = 0; i < 100_000; i++) {
      const b = document.createElement(i % 2 ? 'b' : 'span');
      b.appendChild(document.createTextNode(i % 1000 === 0 ? 'Olaf Scholz ' : 'wort '));
      many.appendChild(b as unknown as Node);
    }
    t0 = performance.now();
    const c2 = collectText(many);
    const m2 = findMentions(c2.text, bundledIndex);
    const manyMs = performance.now() - t0;
    expect(c2.segments.length).toBe(100_000);
    expect(m2.length).toBeGreaterThan(0);

    let deep = document.createElement('article') as unknown as Element;
    const top = deep;
    for (let i = 0; i < 5000; i++) {
      const d = document.createElement(i % 3 ? 'span' : 'div') as unknown as Element;
      deep.appendChild(d as unknown as Node);
      deep = d;
    }
    deep.appendChild(document.createTextNode('Angela Merkel sprach.') as unknown as Node);
    t0 = performance.now();
    const c3 = collectText(top);
    const deepMs = performance.now() - t0;
    expect(c3.text.trim()).toBe('Angela Merkel sprach.');
    console.log(
      `[fuzz] bounded time (Node): long word ${longMs.toFixed(0)} ms, 100k nodes ${manyMs.toFixed(0)} ms, 5000 deep ${deepMs.toFixed(0)} ms`,
    );
    // Generous bounds for a shared 2-core CI box; the point is "no hang", not a benchmark.
    expect(longMs).toBeLessThan(5000);
    expect(manyMs).toBeLessThan(5000);
    expect(deepMs).toBeLessThan(2000);
  });

  // Robustness fault M1: the collector turns </h2><p> into "\n", folding made that a space, and a
  // multi-word alias ("Wladimir Putin") was painted as one mark across a heading and a paragraph.
  it('no mention spans a block boundary (heading "… Wladimir" + paragraph "Putin …")', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><article id="r"><h2>Ein Gespräch mit Wladimir</h2><p>Putin sagte nichts.</p></article></body></html>',
    );
    const c = collectText(document.getElementById('r') as unknown as Element);
    const ms = findMentions(c.text, bundledIndex);
    for (const m of ms) expect(m.text, 'a mark inside one block').not.toContain('\n');
    expect(ms.map((m) => m.text)).toContain('Putin');
  });

  it('reports what was fuzzed', () => {
    console.log(
      `[fuzz] ${FUZZ_STATS.trees} random DOM trees, ${FUZZ_STATS.texts} random strings, ${FUZZ_STATS.mentions} mentions checked`,
    );
    expect(FUZZ_STATS.trees + FUZZ_STATS.texts).toBeGreaterThan(0);
  });
});
