// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { type Annotation, paintSteps } from '../../lib/annotate/annotate-page';
import { type LiveOutcome, liveSteps, segmentIndex } from '../../lib/annotate/live-apply';
import { excludedBox, type LivePlan, planLive } from '../../lib/annotate/live-plan';
import type { MutationLike } from '../../lib/annotate/mutations';
import { buildTabState } from '../../lib/annotate/tab-state';
import type { PageKnowledge } from '../../lib/knowledge/page-knowledge';
import { compileIndex } from '../../lib/match/compile';
import type { PageInfo } from '../../lib/page/types';
import { createLocator } from '../../lib/render/locate';
import type { HighlightEnv } from '../../lib/render/paint';
import { drain } from '../../lib/steps';
import { collectText } from '../../lib/text/collect';
import { competingBundle } from '../match/fixtures';

// The live-page follower's thinking (lib/annotate/live-*), over a happy-dom article and a fake
// highlight registry: added text is matched as a continuation of the article, removed text loses its
// marks, Kontext's own nodes and what the first pass leaves out are ignored, offsets stay exact.

class FakeRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
}
class FakeHighlight extends Set<FakeRange> {
  constructor(...ranges: FakeRange[]) {
    super(ranges);
  }
}

const registry = new Map<string, FakeHighlight>();
const env = {
  registry,
  Highlight: FakeHighlight,
  StaticRange: FakeRange,
} as unknown as HighlightEnv;

const knowledge: PageKnowledge = {
  index: compileIndex(competingBundle),
  types: Object.fromEntries(competingBundle.entities.map((e) => [e.id, e.type])),
  asOf: '2026-01-01',
};
const page = { title: 't', published: null } as unknown as PageInfo;

let root: Element;

function annotate(html: string): Annotation {
  document.body.innerHTML = `<main><article>${html}</article></main><footer>Fußzeile</footer>`;
  root = document.querySelector('article')!;
  registry.clear();
  const collected = collectText(root);
  return drain(paintSteps({ kind: 'article', page, collected, truncatedAt: null, root }, { knowledge, env }));
}

const added = (target: Node, ...nodes: Node[]): MutationLike => ({
  type: 'childList',
  target,
  addedNodes: nodes,
  removedNodes: [],
});
const removed = (target: Node, ...nodes: Node[]): MutationLike => ({
  type: 'childList',
  target,
  addedNodes: [],
  removedNodes: nodes,
});

function follow(a: Annotation, records: MutationLike[]): { plan: LivePlan; out: LiveOutcome; steps: number } {
  const excluded = excludedBox(a.collected.text.length);
  const plan = planLive(records, a.root!, excluded);
  const index = segmentIndex(a.collected);
  const gen = liveSteps(a, index, plan, { knowledge, env, excluded });
  let steps = 0;
  let r = gen.next();
  while (!r.done) {
    steps++;
    r = gen.next();
  }
  return { plan, out: r.value, steps };
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

const painted = () => [...registry.values()].reduce((n, h) => n + h.size, 0);
const marks = (a: Annotation) => a.mentions.map((m) => `${m.text}=${m.entityId}`);
const rangeText = (r: AbstractRange) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset);

/** Every mention's offsets point at its text in collected.text, and its range at the same text in the DOM. */
function expectExact(a: Annotation): void {
  expect(a.ranges).toHaveLength(a.mentions.length);
  a.mentions.forEach((m, i) => {
    expect(a.collected.text.slice(m.start, m.end)).toBe(m.text);
    const r = a.ranges[i]!;
    expect(r.startContainer.isConnected).toBe(true);
    if (r.startContainer === r.endContainer) expect(rangeText(r)).toBe(m.text);
  });
  expect(painted()).toBe(a.ranges.length);
}

describe('following a live page', () => {
  beforeEach(() => registry.clear());

  it('marks appended text with the evidence of the article: a cue-licensed name and the chosen sense', () => {
    const a = annotate(
      '<h1>Lage</h1><p>Verteidigungsminister Lloyd Austin traf Machthaber Kim Jong Un nicht. Kim schwieg.</p>',
    );
    expect(marks(a)).toEqual(['Lloyd Austin=lloyd-austin', 'Kim Jong Un=kim-jong-un', 'Kim=kim-jong-un']);
    const p = paragraph('Eilmeldung: Austin sprach mit Kim Yo Jong. Kim lächelte in Kiew.');
    root.append(p);
    const { out } = follow(a, [added(root, p)]);
    expect(out).toEqual({ added: 4, dropped: 0, fullPassAdvised: false });
    expect(marks(a).slice(3)).toEqual([
      'Austin=lloyd-austin',
      'Kim Yo Jong=kim-yo-jong',
      'Kim=kim-jong-un',
      'Kiew=kyiv',
    ]);
    expectExact(a);
    expect(a.ranges[3]!.startContainer).toBe(p.firstChild);
    expect(a.ranges[3]!.startOffset).toBe('Eilmeldung: '.length);
    // The popup's state (export) and the hover locator know the new marks.
    const state = buildTabState({
      status: 'ready',
      reason: '',
      site: 's',
      enabled: true,
      url: 'u',
      annotation: a,
    });
    expect(state.mentions.map((m) => state.text.slice(m.start, m.end))).toContain('Austin');
    const locator = createLocator(a.collected, a.mentions);
    expect(locator.at(p.firstChild!, 'Eilmeldung: Au'.length)).toBe(3);
  });

  it('drops the marks of removed text and keeps the rest exact', () => {
    const a = annotate(
      '<p>Wladimir Putin rief an.</p><p>Olaf Scholz nahm ab.</p><p>In Kiew blieb es ruhig.</p>',
    );
    expect(marks(a)).toEqual(['Wladimir Putin=vladimir-putin', 'Olaf Scholz=olaf-scholz', 'Kiew=kyiv']);
    const second = root.children[1]!;
    second.remove();
    const { out } = follow(a, [removed(root, second)]);
    expect(out).toEqual({ added: 0, dropped: 1, fullPassAdvised: false });
    expect(marks(a)).toEqual(['Wladimir Putin=vladimir-putin', 'Kiew=kyiv']);
    expect(a.all.map((m) => m.text)).toEqual(['Wladimir Putin', 'Kiew']);
    expect(a.collected.segments.some((s) => !s.node.isConnected)).toBe(false);
    expectExact(a);
  });

  it('re-matches only the block of an edited text node, once', () => {
    const a = annotate('<p>Wladimir Putin rief an.</p><p>Olaf Scholz nahm ab.</p>');
    const text = root.children[1]!.firstChild as Text;
    text.data = 'Friedrich Merz nahm ab, nicht Olaf Scholz.';
    const { plan, out } = follow(a, [
      { type: 'characterData', target: text, addedNodes: [], removedNodes: [] },
    ]);
    expect(plan.units).toEqual([root.children[1]]);
    expect(out).toMatchObject({ added: 2, dropped: 1 });
    expect(marks(a)).toEqual([
      'Wladimir Putin=vladimir-putin',
      'Friedrich Merz=friedrich-merz',
      'Olaf Scholz=olaf-scholz',
    ]);
    expectExact(a);
  });

  it('reads a paragraph whole when a name is completed by an inline element', () => {
    const a = annotate('<p>Am Abend sprach Wladimir</p>');
    expect(marks(a)).toEqual([]);
    const b = document.createElement('b');
    b.textContent = ' Putin';
    root.firstChild!.appendChild(b);
    const { plan } = follow(a, [added(root.firstChild!, b)]);
    expect(plan.units).toEqual([root.firstChild]);
    expect(marks(a)).toEqual(['Wladimir Putin=vladimir-putin']);
    expect(a.collected.segments).toHaveLength(2);
    expectExact(a);
  });

  it('ignores our own UI, editable areas, boxes the first pass leaves out and text outside the article', () => {
    const a = annotate(
      '<p>Wladimir Putin rief am Freitagabend im Kanzleramt an, das Gespräch dauerte eine Stunde.</p><div class="teaser-box"><p>Mehr: Olaf Scholz</p></div>',
    );
    const before = marks(a);
    const card = document.createElement('kontext-popover');
    card.setAttribute('data-kontext-ui', '');
    card.append(paragraph('Olaf Scholz'));
    const inCard = paragraph('Wladimir Putin');
    card.append(inCard);
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    root.append(card, editable);
    const typed = paragraph('Olaf Scholz');
    editable.append(typed);
    const teaser = paragraph('Friedrich Merz');
    root.querySelector('.teaser-box')!.append(teaser);
    const outside = paragraph('Friedrich Merz');
    document.querySelector('footer')!.append(outside);
    const { plan, out } = follow(a, [
      added(root, card),
      added(card, inCard),
      added(editable, typed),
      added(teaser.parentNode!, teaser),
      added(outside.parentNode!, outside),
    ]);
    expect(plan.units).toEqual([]);
    expect(out.added).toBe(0);
    expect(marks(a)).toEqual(before);
  });

  it('many appends leave no duplicates, and a burst is cut into many steps', () => {
    const a = annotate('<p>Wladimir Putin rief an.</p>');
    for (let round = 0; round < 5; round++) {
      const p = paragraph(`Meldung ${round}: Olaf Scholz in Kiew.`);
      root.append(p);
      // The same node reported twice (two records for one insert) is read once.
      follow(a, [added(root, p), added(root, p)]);
    }
    expect(a.mentions).toHaveLength(1 + 5 * 2);
    const burst = Array.from({ length: 1000 }, (_, i) =>
      paragraph(`Meldung ${i}: Sergej Lawrow traf Olaf Scholz in Kiew.`),
    );
    root.append(...burst);
    const { out, steps } = follow(a, [added(root, ...burst)]);
    expect(out.added).toBe(3000);
    expect(steps).toBeGreaterThan(5);
    // No text painted twice: every (text node, offset) carries one range.
    const seen = new Map<Node, Set<number>>();
    for (const r of a.ranges) {
      const offsets = seen.get(r.startContainer) ?? new Set<number>();
      expect(offsets.has(r.startOffset)).toBe(false);
      offsets.add(r.startOffset);
      seen.set(r.startContainer, offsets);
    }
    expectExact(a);
  });

  it('asks for a full pass when the root leaves the page, all text is replaced, or a name gets licensed late', () => {
    const a = annotate('<p>Austin schwieg.</p>');
    expect(marks(a)).toEqual([]);
    const p = paragraph('Verteidigungsminister Lloyd Austin reiste ab.');
    root.append(p);
    expect(follow(a, [added(root, p)]).out.fullPassAdvised).toBe(true);

    const b = annotate('<p>Wladimir Putin rief an.</p>');
    const old = root.firstChild!;
    root.innerHTML = '<p>Neue Lage: Olaf Scholz.</p>';
    expect(follow(b, [{ ...removed(root, old), addedNodes: [root.firstChild!] }]).out.fullPassAdvised).toBe(
      true,
    );

    // Most of the text replaced in place, a little kept (whitespace, a heading): a new article too.
    const d = annotate('<h1>Lage</h1>\n<p>Wladimir Putin rief am Freitag lange im Kanzleramt an.</p>\n');
    const paragraphs = [...root.querySelectorAll('p')];
    for (const p of paragraphs) p.remove();
    const fresh1 = paragraph('Olaf Scholz reiste ab.');
    root.append(fresh1);
    const out = follow(d, [removed(root, ...paragraphs), added(root, fresh1)]).out;
    expect(out.fullPassAdvised).toBe(true);
    expect(marks(d)).toEqual(['Olaf Scholz=olaf-scholz']);

    const c = annotate('<p>Wladimir Putin rief an.</p>');
    const article = root;
    const fresh = document.createElement('article');
    fresh.append(paragraph('Olaf Scholz'));
    article.replaceWith(fresh);
    expect(planLive([added(fresh.parentNode!, fresh)], c.root!, () => false).full).toBe(true);
  });
});
