// Which marks to register in the highlights on a page with very many: those around the viewport.
// Chromium re-places every registered range on any highlight change (1–4 µs each, hover included),
// Firefox pays for registering many at once, so an article with more marks than WINDOW_THRESHOLD
// registers only a window of them, found from a few geometry probes, and moves it as the reader scrolls.

/** A mark's box in viewport coordinates; null when it has none (hidden, or its text just changed). */
export interface Box {
  top: number;
  bottom: number;
}
export type Probe = (i: number) => Box | null;
/** Positions [lo, hi) in the marks' document order. */
export interface Span {
  lo: number;
  hi: number;
}

/** Articles with more marks than this are painted around the viewport; the rest all at once. */
export const WINDOW_THRESHOLD = 3_000;
/** Marks registered at most while windowed (unless more than that are visible at once). */
export const WINDOW_CAP = 3_000;
/** Screens painted above and below the viewport. */
export const WINDOW_SCREENS = 2.5;
/** The window moves once the painted marks reach less than this many screens beyond the viewport. */
export const KEEP_SCREENS = 1;
/** Probes in the check for a layout whose boxes do not follow document order (multi-column). */
const CHECK_PROBES = 16;
/** Samples of the fallback for such a layout. */
const FALLBACK_SAMPLES = 256;
/** Nulls skipped while looking for a mark with a box. */
const NULL_RUN = 32;
/** Layout noise tolerated between marks on one line (px). */
const SLACK = 2;

export interface WindowOptions {
  screens?: number;
  cap?: number;
}

/**
 * The marks to register for a viewport `height` px tall: those within `screens` screens above and
 * below it, at most `cap` (the visible ones always). Binary search while the boxes follow document
 * order; where they do not (columns, floats, positioned items), a sampled scan that widens rather than
 * misses: a block between two samples is kept when either sample is near the viewport or they lie on
 * opposite sides of it.
 */
export function findWindow(count: number, probe: Probe, height: number, opts: WindowOptions = {}): Span[] {
  if (count === 0) return [];
  const screens = opts.screens ?? WINDOW_SCREENS;
  const cap = opts.cap ?? WINDOW_CAP;
  const seen = new Map<number, Box | null>();
  const at = (i: number): Box | null => {
    if (!seen.has(i)) seen.set(i, probe(i));
    return seen.get(i)!;
  };
  for (let k = 0; k < CHECK_PROBES; k++) at(Math.round((k * (count - 1)) / (CHECK_PROBES - 1)));
  const bandTop = -screens * height;
  const bandBottom = (1 + screens) * height;
  const lo = firstWhere(count, at, (b) => b.bottom >= bandTop);
  const hi = firstWhere(count, at, (b) => b.top > bandBottom);
  const vlo = firstWhere(count, at, (b) => b.bottom >= 0);
  const vhi = firstWhere(count, at, (b) => b.top > height);
  if (lo === null || hi === null || vlo === null || vhi === null || !ordered(seen)) {
    return sampledWindow(count, at, height, screens, cap);
  }
  return [capAround({ lo, hi: Math.max(lo, hi) }, { lo: vlo, hi: Math.max(vlo, vhi) }, cap)];
}

/**
 * Still good for this viewport? True when the window's edge marks lie at least KEEP_SCREENS beyond
 * it (or the window reaches the first / last mark); false means: find the window again.
 */
export function windowHolds(spans: readonly Span[], count: number, probe: Probe, height: number): boolean {
  if (spans.length !== 1) return false;
  const { lo, hi } = spans[0]!;
  if (hi <= lo) return count === 0;
  const keep = KEEP_SCREENS * height;
  if (lo > 0) {
    const b = probe(lo);
    if (!b || b.bottom >= -keep) return false;
  }
  if (hi < count) {
    const b = probe(hi - 1);
    if (!b || b.top <= height + keep) return false;
  }
  return true;
}

/** Smallest i whose box passes `test` (count when none); null when the boxes run out (all nulls). */
function firstWhere(count: number, at: Probe, test: (b: Box) => boolean): number | null {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let j = mid;
    let box: Box | null = null;
    for (; j < hi && j < mid + NULL_RUN; j++) {
      box = at(j);
      if (box) break;
    }
    if (!box) {
      if (j >= hi) {
        hi = mid; // Only boxless marks up to hi: harmless to include them.
        continue;
      }
      return null;
    }
    if (test(box)) hi = mid;
    else lo = j + 1;
  }
  return lo;
}

/** Do the probed boxes follow document order (each starts no higher than the one before)? */
function ordered(seen: ReadonlyMap<number, Box | null>): boolean {
  const keys = [...seen.keys()].sort((a, b) => a - b);
  let prev: Box | null = null;
  for (const k of keys) {
    const b = seen.get(k);
    if (!b) continue;
    if (prev && (b.top < prev.top - SLACK || b.bottom < prev.top - SLACK)) return false;
    prev = b;
  }
  return true;
}

/** `wide` cut to `cap` positions around `visible`, which is always kept whole. */
export function capAround(wide: Span, visible: Span, cap: number): Span {
  if (wide.hi - wide.lo <= cap) return wide;
  const vis = { lo: Math.max(wide.lo, Math.min(visible.lo, wide.hi)), hi: Math.min(wide.hi, visible.hi) };
  if (vis.hi < vis.lo) vis.hi = vis.lo;
  const spare = Math.max(0, cap - (vis.hi - vis.lo));
  let lo = Math.max(wide.lo, vis.lo - Math.floor(spare / 2));
  const hi = Math.min(wide.hi, vis.hi + (spare - (vis.lo - lo)));
  lo = Math.max(wide.lo, lo - (spare - (vis.lo - lo) - (hi - vis.hi)));
  return { lo, hi };
}

function sampledWindow(count: number, at: Probe, height: number, screens: number, cap: number): Span[] {
  const step = Math.max(1, Math.ceil(count / FALLBACK_SAMPLES));
  const samples: number[] = [];
  for (let i = 0; i < count; i += step) samples.push(i);
  if (samples[samples.length - 1] !== count - 1) samples.push(count - 1);
  const pick = (s: number) => {
    const top = -s * height;
    const bottom = (1 + s) * height;
    const side = (b: Box | null) => (!b ? 0 : b.bottom < top ? -1 : b.top > bottom ? 1 : 0);
    const spans: Span[] = [];
    let total = 0;
    for (let k = 0; k < samples.length; k++) {
      const a = samples[k]!;
      const b = samples[k + 1] ?? a;
      const sa = side(at(a));
      const sb = side(at(b));
      if (sa === 0 || sb === 0 || sa !== sb) {
        const last = spans[spans.length - 1];
        if (last && last.hi >= a) {
          total += b + 1 - last.hi;
          last.hi = b + 1;
        } else {
          spans.push({ lo: a, hi: b + 1 });
          total += b + 1 - a;
        }
      }
    }
    return { spans, total };
  };
  let got = pick(screens);
  // Too many: narrow the band (down to the viewport itself), never below what is visible.
  for (const s of [screens / 2, 0.5, 0]) {
    if (got.total <= cap) break;
    got = pick(s);
  }
  return got.spans;
}

/** The positions a set of spans covers, in order. */
export function* positionsIn(spans: readonly Span[]): Generator<number> {
  for (const s of spans) for (let i = s.lo; i < s.hi; i++) yield i;
}

/** What to add to and take out of the highlights to go from `painted` to `next`. */
export function windowMoves<T>(painted: ReadonlySet<T>, next: Iterable<T>): { add: T[]; remove: T[] } {
  const keep = new Set<T>();
  const add: T[] = [];
  for (const x of next) {
    keep.add(x);
    if (!painted.has(x)) add.push(x);
  }
  const remove: T[] = [];
  for (const x of painted) if (!keep.has(x)) remove.push(x);
  return { add, remove };
}

/**
 * `order` (sorted by `before`) with `added` merged in at their places: the new marks of a live page
 * are sorted among themselves, then each found by binary search (document-position comparisons cost,
 * so no full sort of thousands of marks per batch).
 */
export function mergeInOrder<T>(
  order: readonly T[],
  added: readonly T[],
  before: (a: T, b: T) => boolean,
): T[] {
  if (added.length === 0) return order.slice();
  const sorted = added.slice().sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  const out: T[] = [];
  let from = 0;
  for (const x of sorted) {
    let lo = from;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(x, order[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    for (let i = from; i < lo; i++) out.push(order[i]!);
    out.push(x);
    from = lo;
  }
  for (let i = from; i < order.length; i++) out.push(order[i]!);
  return out;
}
