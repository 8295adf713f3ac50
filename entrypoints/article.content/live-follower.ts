// Follows a live page after the first pass: a MutationObserver collects what changed, once per frame
// the batch is read (lib/annotate/live-plan) and applied in time slices (lib/annotate/live-apply),
// one batch at a time. Only when following makes no sense (the article root replaced, or the new
// text licenses names the earlier text left unmarked) does it ask for a full pass.
import type { Annotation } from '@/lib/annotate/annotate-page';
import { type LiveInput, type LiveOutcome, liveSteps, type SegmentIndex } from '@/lib/annotate/live-apply';
import { excludedBox, planLive } from '@/lib/annotate/live-plan';
import { textChanged } from '@/lib/annotate/mutations';
import { runInSlices, type SliceOptions } from '@/lib/annotate/slices';
import { isLocal, safely, warnOnce } from './guard';

export interface FollowerDeps {
  /** now and pause for the slices; `cancelled` is the follower's own. */
  slices: Omit<SliceOptions, 'cancelled'>;
  /** Matching and painting inputs, read for each batch (settings may change). */
  input(): Omit<LiveInput, 'excluded'>;
  /** After a batch changed the marks. */
  changed(outcome: LiveOutcome): void;
  /** Following makes no sense: annotate the page afresh. `now` when the old annotation is void. */
  fullPass(now: boolean): void;
  /** The extension is gone or the page toggled off. */
  stopped(): boolean;
  /** Marks registered in the highlights now (all, or a window of a huge article's). */
  registered?(): number;
}

/** A frame may not come (a tab in the background): the batch runs after this at the latest. */
const FRAME_FALLBACK_MS = 250;
/**
 * Any change to a highlight makes Chromium re-place every registered range of every highlight in the
 * next frame (about 100 ms for 12,000 marks over 100,000 text nodes, whatever Kontext's own work): on
 * pages with many registered marks, batches are spaced so a fast ticker does not keep the page in that
 * work (a huge article registers only a window of its marks, so this stays short there).
 */
const gapAfterBatch = (marks: number) => Math.min(500, marks / 40);

export class LiveFollower {
  private observer: MutationObserver | null = null;
  private queue: MutationRecord[] = [];
  private annotation: Annotation | null = null;
  private index: SegmentIndex | null = null;
  private scheduled = false;
  private running = false;
  private session = 0;
  private frame = 0;
  private timer = 0;
  /** When the next batch may start (performance.now()). */
  private notBefore = 0;

  constructor(private readonly deps: FollowerDeps) {}

  /** Starts recording mutations (before a full pass, so nothing changed during it is missed). */
  observe(): void {
    this.stop();
    const session = this.session;
    this.observer = new MutationObserver(
      safely('mutations', (records: MutationRecord[]) => {
        if (session !== this.session || !textChanged(records)) return;
        for (const r of records) this.queue.push(r);
        this.schedule();
      }),
    );
    this.observer.observe(document.body ?? document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  }

  /** The full pass is done: what changed since it started is applied to `a` from now on. */
  follow(a: Annotation, index: SegmentIndex): void {
    this.annotation = a;
    this.index = index;
    this.schedule();
  }

  stop(): void {
    this.session++;
    this.observer?.disconnect();
    this.observer = null;
    this.queue = [];
    this.annotation = null;
    this.index = null;
    this.scheduled = false;
    this.running = false;
    this.notBefore = 0;
    cancelAnimationFrame(this.frame);
    window.clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.scheduled || this.running || !this.annotation || this.queue.length === 0) return;
    this.scheduled = true;
    const session = this.session;
    const go = safely('live', () => {
      if (session !== this.session || !this.scheduled) return;
      this.scheduled = false;
      cancelAnimationFrame(this.frame);
      window.clearTimeout(this.timer);
      this.runBatch();
    });
    // The batch runs in a task of its own right after the frame, not inside the frame's rendering
    // task, which on a page that just added 1,000 items is already long with the page's own layout.
    const inFrame = () => {
      this.frame = requestAnimationFrame(() => {
        window.clearTimeout(this.timer);
        this.timer = window.setTimeout(go, 0);
      });
      this.timer = window.setTimeout(go, FRAME_FALLBACK_MS);
    };
    const wait = this.notBefore - performance.now();
    if (wait > 0) this.timer = window.setTimeout(inFrame, wait);
    else inFrame();
  }

  private runBatch(): void {
    const a = this.annotation;
    const index = this.index;
    if (!a || !index || this.deps.stopped()) return;
    const records = this.queue;
    this.queue = [];
    // Records the observer holds but has not delivered yet belong to this batch too.
    for (const r of this.observer?.takeRecords() ?? []) records.push(r);
    const root = a.root;
    if (!root) {
      this.deps.fullPass(false);
      return;
    }
    const excluded = excludedBox(a.collected.text.length);
    const plan = planLive(records, root, excluded);
    if (plan.full) {
      this.deps.fullPass(true);
      return;
    }
    if (!plan.removed && plan.units.length === 0) return;
    const session = this.session;
    const started = performance.now();
    this.running = true;
    const stepTimes: number[] = [];
    runInSlices(timed(liveSteps(a, index, plan, { ...this.deps.input(), excluded }), stepTimes), {
      ...this.deps.slices,
      cancelled: () => session !== this.session || this.deps.stopped(),
    })
      .then(
        safely('live', (outcome: LiveOutcome | null) => {
          if (session !== this.session) return;
          this.running = false;
          if (!outcome) return;
          this.notBefore = performance.now() + gapAfterBatch(this.deps.registered?.() ?? a.ranges.length);
          if (isLocal)
            console.debug(
              `[Kontext] live: +${outcome.added} −${outcome.dropped} marks in ${(performance.now() - started).toFixed(1)} ms (${plan.units.length} blocks, ${a.mentions.length} marks; longest step ${Math.max(0, ...stepTimes).toFixed(1)} ms)`,
            );
          this.deps.changed(outcome);
          if (outcome.fullPassAdvised) this.deps.fullPass(false);
          else this.schedule();
        }),
      )
      .catch((err) => {
        if (session === this.session) warnOnce('live', err);
      });
  }
}

/** Records how long each step took (localhost debug line: a step is what cannot be cut further). */
function* timed<T>(g: Generator<void, T, void>, out: number[]): Generator<void, T, void> {
  for (;;) {
    const t = performance.now();
    const r = g.next();
    out.push(performance.now() - t);
    if (r.done) return r.value;
    yield;
  }
}
