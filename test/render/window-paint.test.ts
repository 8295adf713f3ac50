import { describe, expect, it } from 'vitest';
import type { HighlightEnv } from '../../lib/render/paint';
import { MarkWindow } from '../../lib/render/window-paint';

// Fake marks: `pos` is the place in document order; five to a 20 px line; the viewport is 800 px.
type Mark = AbstractRange & { pos: number };
const mark = (pos: number) => ({ pos }) as Mark;

class FakeHighlight {
  readonly ranges = new Set<unknown>();
  add(r: unknown): this {
    this.ranges.add(r);
    return this;
  }
  delete(r: unknown): boolean {
    return this.ranges.delete(r);
  }
}

function setup(threshold = 100) {
  const registry = new Map<string, FakeHighlight>();
  const env: HighlightEnv = {
    registry: {
      set: (n: string, h: unknown) => registry.set(n, h as FakeHighlight),
      delete: (n: string) => registry.delete(n),
    },
    Highlight: FakeHighlight as unknown as HighlightEnv['Highlight'],
    StaticRange: class {} as unknown as HighlightEnv['StaticRange'],
  };
  const view = { scrollY: 0, hidden: new Set<number>() };
  const w = new MarkWindow({
    env,
    probe: (r) => {
      const pos = (r as Mark).pos;
      if (view.hidden.has(pos)) return null;
      const top = Math.floor(pos / 5) * 20 - view.scrollY;
      return { top, bottom: top + 16 };
    },
    height: () => 800,
    before: (a, b) => (a as Mark).pos < (b as Mark).pos,
    threshold,
  });
  const painted = () =>
    [...registry.values()]
      .flatMap((h) => [...h.ranges] as Mark[])
      .map((m) => m.pos)
      .sort((a, b) => a - b);
  return { w, view, painted, registry };
}
const marks = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => mark(from + i));
const names = (ms: Mark[]) => ms.map((m) => (m.pos % 2 ? 'kontext-person' : 'kontext-place'));

describe('MarkWindow', () => {
  it('registers nothing more on an article under the threshold (the pass painted it all)', () => {
    const { w, painted } = setup(100);
    const ms = marks(0, 100);
    w.reset(ms, names(ms));
    expect(w.windowed).toBe(false);
    expect(painted()).toEqual([]);
    expect(w.paintedCount).toBe(100);
  });

  it('registers only the marks around the viewport of an article over it, in their own highlights', () => {
    const { w, painted, registry } = setup(100);
    const ms = marks(0, 20_000);
    w.reset(ms, names(ms));
    expect(w.windowed).toBe(true);
    // 40 lines visible + 100 lines below (2.5 screens), from the top.
    expect(painted()).toEqual(marks(0, 141 * 5).map((m) => m.pos));
    expect([...registry.keys()].sort()).toEqual(['kontext-person', 'kontext-place']);
  });

  it('stays put for small scrolls and follows the reader near its edge', () => {
    const { w, view, painted } = setup(100);
    const ms = marks(0, 20_000);
    w.reset(ms, names(ms));
    const first = painted();
    view.scrollY = 500;
    w.moved();
    expect(painted()).toEqual(first);
    view.scrollY = 40_000; // line 2,000
    w.moved();
    const now = painted();
    expect(now[0]).toBe((2_000 - 100) * 5);
    expect(now[now.length - 1]).toBe((2_040 + 101) * 5 - 1);
    expect(now).toHaveLength(241 * 5);
  });

  it('registers a live batch’s new marks only where the window is, and drops the removed ones', () => {
    const { w, view, painted } = setup(100);
    const ms = marks(0, 20_000).map((m) => mark(m.pos * 2)); // room between marks for new ones
    w.reset(ms, names(ms));
    view.scrollY = 40_000 * 2;
    w.moved();
    const before = painted();
    const near = mark(before[10]! + 1);
    const far = mark(1);
    const gone = ms.find((m) => m.pos === before[20])!;
    const now = [...ms.filter((m) => m !== gone), near, far];
    w.sync(now, names(now));
    expect(painted()).toEqual(before.filter((p) => p !== gone.pos)); // the batch dropped it; nothing else yet
    w.moved();
    const after = painted();
    expect(after).toContain(near.pos);
    expect(after).not.toContain(far.pos);
    expect(after).not.toContain(gone.pos);
    expect(after).toHaveLength(before.length);
  });

  it('switches to the window when a live page grows past the threshold, and back when it shrinks', () => {
    const { w, painted } = setup(1_000);
    const ms = marks(0, 900);
    w.reset(ms, names(ms));
    const grown = marks(0, 2_000);
    w.sync(grown, names(grown));
    w.moved();
    expect(w.windowed).toBe(true);
    // The batch registered its 1,100 new marks itself before it saw the window (not windowed yet):
    // those outside the window left again; the pass's own were never in this fake registry.
    expect(painted().every((p) => p >= 900 && p < 141 * 5)).toBe(true);
    const shrunk = grown.slice(0, 500);
    w.sync(shrunk, names(shrunk));
    w.moved();
    expect(w.windowed).toBe(false);
    expect(w.paintedCount).toBe(500);
  });

  it('keeps marks without a box (hidden, or their text just changed) from breaking the window', () => {
    const { w, view, painted } = setup(100);
    const ms = marks(0, 20_000);
    for (let i = 0; i < 20_000; i += 3) view.hidden.add(i);
    view.scrollY = 40_000;
    w.reset(ms, names(ms));
    const p = painted();
    expect(p).toContain(2_000 * 5 + 1);
    expect(p).toContain(2_039 * 5 + 1);
    expect(p.length).toBeLessThan(3_000);
  });

  it('stop forgets everything', () => {
    const { w } = setup(100);
    const ms = marks(0, 500);
    w.reset(ms, names(ms));
    w.stop();
    expect(w.paintedCount).toBe(0);
    expect(w.windowed).toBe(false);
  });
});
