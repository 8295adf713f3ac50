// Keeps the highlights of an article with very many marks to a window around the viewport (see
// window.ts for why and how it is found), and moves it as the reader scrolls or the page resizes.
// Every mark keeps its range (card, stepping, popup, export); only registration is windowed.
import type { HighlightEnv } from './paint';
import {
  type Box,
  findWindow,
  mergeInOrder,
  positionsIn,
  type Span,
  WINDOW_THRESHOLD,
  windowHolds,
  windowMoves,
} from './window';

type SetLike = { add(range: AbstractRange): unknown; delete?(range: AbstractRange): unknown };

export interface MarkWindowDeps {
  env: HighlightEnv;
  /** The range's box in viewport coordinates, null without one. */
  probe(range: AbstractRange): Box | null;
  /** The viewport's height in px. */
  height(): number;
  /** Document order. */
  before(a: AbstractRange, b: AbstractRange): boolean;
  threshold?: number;
}

export class MarkWindow {
  /** Every mark's range in document order. */
  private order: AbstractRange[] = [];
  private names = new Map<AbstractRange, string>();
  private painted = new Set<AbstractRange>();
  private spans: Span[] = [];
  private highlights = new Map<string, SetLike>();
  private stale = false;
  /** Are the highlights windowed (more marks than the threshold), or do they hold every mark? */
  windowed = false;

  constructor(private readonly deps: MarkWindowDeps) {}

  private get threshold(): number {
    return this.deps.threshold ?? WINDOW_THRESHOLD;
  }

  /** Should a painter with `count` marks leave registration to the window? */
  windows(count: number): boolean {
    return count > this.threshold;
  }

  /**
   * A full pass painted `ranges` (in document order, highlight names alongside): all of them when
   * not windowed (paintMentionsInSteps), none when windowed, and the window is painted now.
   */
  reset(ranges: readonly AbstractRange[], names: readonly string[]): void {
    this.order = ranges.slice();
    this.names = new Map(ranges.map((r, i) => [r, names[i]!]));
    this.highlights.clear();
    this.spans = [];
    this.windowed = this.windows(ranges.length);
    this.painted = this.windowed ? new Set() : new Set(ranges);
    if (this.windowed) this.move(true);
  }

  /**
   * A live batch changed the marks to `ranges` (names alongside, any order): the new ones were
   * registered by the batch unless windowed, the dropped ones taken out of the highlights. The window
   * follows at the next moved().
   */
  sync(ranges: readonly AbstractRange[], names: readonly string[]): void {
    const now = new Set(ranges);
    const added: AbstractRange[] = [];
    for (let i = 0; i < ranges.length; i++) {
      const r = ranges[i]!;
      if (this.names.has(r)) continue;
      added.push(r);
      this.names.set(r, names[i]!);
      if (!this.windowed) this.painted.add(r);
    }
    let kept = this.order;
    if (now.size < this.names.size) {
      kept = this.order.filter((r) => now.has(r));
      for (const r of this.names.keys()) {
        if (now.has(r)) continue;
        if (this.painted.delete(r)) this.highlight(this.names.get(r)!).delete?.(r);
        this.names.delete(r);
      }
    }
    this.order = mergeInOrder(kept, added, this.deps.before);
    this.stale = this.windowed || this.windows(this.order.length);
  }

  /**
   * The viewport moved, or a live batch changed the marks (sync): move the window when the reader
   * nears its edge, or find it afresh after a batch. Run after a frame, so the page's own layout of
   * what it changed is done and the probes do not force it inside Kontext's task.
   */
  moved(): void {
    const stale = this.stale;
    this.stale = false;
    const was = this.windowed;
    this.windowed = this.windows(this.order.length);
    if (this.windowed || (stale && was)) this.move(stale);
  }

  /** A live batch changed the marks: moved() must find the window afresh. */
  get needsMove(): boolean {
    return this.stale;
  }

  stop(): void {
    this.order = [];
    this.names.clear();
    this.painted.clear();
    this.highlights.clear();
    this.spans = [];
    this.windowed = false;
    this.stale = false;
  }

  /** How many marks are registered now (tests, the benchmark's debug line). */
  get paintedCount(): number {
    return this.painted.size;
  }

  private move(force: boolean): void {
    const order = this.order;
    const probe = (i: number) => this.deps.probe(order[i]!);
    const height = this.deps.height();
    if (!force && windowHolds(this.spans, order.length, probe, height)) return;
    const spans = this.windowed ? findWindow(order.length, probe, height) : [{ lo: 0, hi: order.length }];
    this.spans = spans;
    const next = (function* () {
      for (const i of positionsIn(spans)) yield order[i]!;
    })();
    const { add, remove } = windowMoves(this.painted, next);
    for (const r of remove) {
      this.painted.delete(r);
      this.highlight(this.names.get(r)!).delete?.(r);
    }
    for (const r of add) {
      this.painted.add(r);
      this.highlight(this.names.get(r)!).add(r);
    }
  }

  /** The registry's highlight for `name`, registered on first use. */
  private highlight(name: string): SetLike {
    const registry = this.deps.env.registry as HighlightEnv['registry'] & { get?(name: string): unknown };
    const existing = (registry.get?.(name) ?? this.highlights.get(name)) as SetLike | undefined;
    if (existing && typeof existing.add === 'function') return existing;
    const h = new this.deps.env.Highlight();
    this.deps.env.registry.set(name, h);
    this.highlights.set(name, h);
    return h;
  }
}

/** A range's box for probing: a short-lived live Range (StaticRanges have no geometry). */
export function rangeBox(doc: Document, r: AbstractRange): Box | null {
  const len = (n: Node) => (n as CharacterData).length ?? n.childNodes.length;
  if (
    !r.startContainer.isConnected ||
    r.startOffset > len(r.startContainer) ||
    r.endOffset > len(r.endContainer)
  )
    return null;
  const range = doc.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  const b = range.getBoundingClientRect();
  if (b.width === 0 && b.height === 0) return null;
  return { top: b.top, bottom: b.bottom };
}

/** Document order of two ranges by their starts. */
export function startsBefore(a: AbstractRange, b: AbstractRange): boolean {
  if (a.startContainer === b.startContainer) return a.startOffset < b.startOffset;
  return (b.startContainer.compareDocumentPosition(a.startContainer) & 2) !== 0; // PRECEDING
}

/**
 * Calls `moved` at most once a frame while anything scrolls (the page or a scroller in it) or the
 * viewport resizes, in a task right after the frame; nothing runs while nothing moves. `nudge` asks
 * for one such call without a scroll (a live batch changed the marks).
 */
export function followViewport(win: Window, moved: () => void): { stop(): void; nudge(): void } {
  const listeners = new AbortController();
  let frame = 0;
  let timer = 0;
  const onMove = () => {
    if (frame || timer) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      timer = win.setTimeout(() => {
        timer = 0;
        moved();
      }, 0);
    });
  };
  const opts = { passive: true, capture: true, signal: listeners.signal };
  win.document.addEventListener('scroll', onMove, opts);
  win.addEventListener('resize', onMove, opts);
  return {
    stop: () => {
      listeners.abort();
      if (frame) win.cancelAnimationFrame(frame);
      if (timer) win.clearTimeout(timer);
      frame = 0;
      timer = 0;
    },
    nudge: onMove,
  };
}
