import { describe, expect, it } from 'vitest';
import {
  type Box,
  capAround,
  findWindow,
  mergeInOrder,
  positionsIn,
  type Span,
  windowHolds,
  windowMoves,
} from '../../lib/render/window';

// A page of marks, `perLine` to a 20 px line, scrolled to `scrollY`; the viewport is 800 px.
const H = 800;
function column(scrollY: number, perLine = 5) {
  const probes: number[] = [];
  const probe = (i: number): Box | null => {
    probes.push(i);
    const top = Math.floor(i / perLine) * 20 - scrollY;
    return { top, bottom: top + 16 };
  };
  return { probe, probes };
}
const visibleIn = (count: number, probe: (i: number) => Box | null) => {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const b = probe(i);
    if (b && b.bottom >= 0 && b.top <= H) out.push(i);
  }
  return out;
};
const covered = (spans: Span[]) => new Set(positionsIn(spans));

describe('findWindow', () => {
  it('finds the marks within 2.5 screens of the viewport with a few dozen probes', () => {
    const { probe, probes } = column(100_000);
    const spans = findWindow(50_000, probe, H);
    expect(spans).toHaveLength(1);
    // Lines 5,000 .. 5,040 are visible; 2.5 screens = 100 lines each side.
    expect(spans[0]).toEqual({ lo: (5_000 - 100) * 5, hi: (5_040 + 101) * 5 });
    expect(new Set(probes).size).toBeLessThan(100);
  });

  it('reaches the first mark at the top of the page', () => {
    const { probe } = column(0);
    expect(findWindow(50_000, probe, H)[0]).toEqual({ lo: 0, hi: (40 + 101) * 5 });
  });

  it('is cut to the cap around the visible marks, keeping them all', () => {
    const { probe } = column(10_000, 50);
    const [span] = findWindow(50_000, probe, H, { cap: 3_000 });
    expect(span!.hi - span!.lo).toBe(3_000);
    const vis = visibleIn(50_000, column(10_000, 50).probe);
    expect(span!.lo).toBeLessThanOrEqual(vis[0]!);
    expect(span!.hi).toBeGreaterThan(vis[vis.length - 1]!);
  });

  it('skips marks without a box (hidden) and still finds the window', () => {
    const { probe } = column(20_000);
    const holey = (i: number) => (i % 7 === 3 ? null : probe(i));
    const [span] = findWindow(10_000, holey, H);
    const vis = visibleIn(10_000, probe);
    expect(span!.lo).toBeLessThanOrEqual(vis[0]!);
    expect(span!.hi).toBeGreaterThan(vis[vis.length - 1]!);
  });

  it('never misses a visible mark in two columns side by side (layout out of document order)', () => {
    // Marks 0..4,999 in the left column, 5,000..9,999 in the right, both from the page's top.
    const n = 10_000;
    for (const scrollY of [0, 3_000, 9_000, 19_000]) {
      const probe = (i: number): Box => {
        const top = Math.floor((i % 5_000) / 5) * 20 - scrollY;
        return { top, bottom: top + 16 };
      };
      const spans = findWindow(n, probe, H);
      const got = covered(spans);
      for (const v of visibleIn(n, probe)) expect(got.has(v), `mark ${v} at scroll ${scrollY}`).toBe(true);
      expect(got.size).toBeLessThan(n / 2);
    }
  });

  it('is empty for no marks', () => {
    expect(findWindow(0, () => null, H)).toEqual([]);
  });
});

describe('windowHolds', () => {
  it('holds while the window reaches a screen beyond the viewport, not after', () => {
    const spans = findWindow(50_000, column(100_000).probe, H);
    expect(windowHolds(spans, 50_000, column(100_000).probe, H)).toBe(true);
    expect(windowHolds(spans, 50_000, column(100_000 + 1_000).probe, H)).toBe(true);
    expect(windowHolds(spans, 50_000, column(100_000 + 1_300).probe, H)).toBe(false);
    expect(windowHolds(spans, 50_000, column(100_000 - 1_300).probe, H)).toBe(false);
  });

  it('holds at the page top, where nothing is above the window', () => {
    const spans = findWindow(50_000, column(0).probe, H);
    expect(windowHolds(spans, 50_000, column(0).probe, H)).toBe(true);
  });

  it('never holds for a sampled (several spans) window', () => {
    expect(
      windowHolds(
        [
          { lo: 0, hi: 5 },
          { lo: 9, hi: 12 },
        ],
        20,
        () => ({ top: 0, bottom: 1 }),
        H,
      ),
    ).toBe(false);
  });
});

describe('capAround', () => {
  it('keeps a window under the cap as it is', () => {
    expect(capAround({ lo: 10, hi: 50 }, { lo: 20, hi: 30 }, 100)).toEqual({ lo: 10, hi: 50 });
  });
  it('centres on the visible marks and gives what one side cannot use to the other', () => {
    expect(capAround({ lo: 0, hi: 10_000 }, { lo: 5_000, hi: 5_100 }, 3_000)).toEqual({
      lo: 3_550,
      hi: 6_550,
    });
    expect(capAround({ lo: 0, hi: 10_000 }, { lo: 10, hi: 100 }, 3_000)).toEqual({ lo: 0, hi: 3_000 });
    expect(capAround({ lo: 0, hi: 10_000 }, { lo: 9_950, hi: 10_000 }, 3_000)).toEqual({
      lo: 7_000,
      hi: 10_000,
    });
  });
  it('keeps every visible mark even beyond the cap', () => {
    expect(capAround({ lo: 0, hi: 10_000 }, { lo: 100, hi: 5_000 }, 3_000)).toEqual({ lo: 100, hi: 5_000 });
  });
});

describe('windowMoves', () => {
  it('adds what comes into the window and removes what left it, nothing else', () => {
    expect(windowMoves(new Set([1, 2, 3, 4]), [3, 4, 5, 6])).toEqual({ add: [5, 6], remove: [1, 2] });
    expect(windowMoves(new Set([1, 2]), [1, 2])).toEqual({ add: [], remove: [] });
  });
});

describe('mergeInOrder', () => {
  const before = (a: number, b: number) => a < b;
  it('puts new items at their places in document order', () => {
    expect(mergeInOrder([10, 20, 30], [35, 5, 25, 26], before)).toEqual([5, 10, 20, 25, 26, 30, 35]);
  });
  it('leaves the order alone without additions', () => {
    expect(mergeInOrder([1, 2], [], before)).toEqual([1, 2]);
  });
  it('compares each new item a logarithmic number of times', () => {
    let calls = 0;
    const counted = (a: number, b: number) => {
      calls++;
      return a < b;
    };
    const order = Array.from({ length: 10_000 }, (_, i) => i * 2);
    const merged = mergeInOrder(order, [3, 10_001], counted);
    expect(merged.indexOf(3)).toBe(2);
    expect(merged.indexOf(10_001)).toBe(5_002);
    expect(calls).toBeLessThan(40);
  });
});
