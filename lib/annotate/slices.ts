// Drives a step generator in time slices: run steps until the budget is spent, then give the page its
// main thread back. Small pages finish in the first slice, so they pay nothing for it.
// The clock is read at every step, and a step that would not fit in what is left of the budget (judged
// by the longest step seen so far in this slice) waits for the next slice: a slice ends near its
// budget even when the steps are uneven, instead of budget + one whole step.

/** Comfortably under the 50 ms that counts as a long task. */
export const SLICE_BUDGET_MS = 20;

export interface SliceOptions {
  budgetMs?: number;
  now: () => number;
  /** Gives the main thread back, e.g. scheduler.yield() or a zero timeout. */
  pause: () => Promise<void>;
  /** Checked between slices: true stops the work (the page was toggled off or navigated). */
  cancelled?: () => boolean;
}

/** The generator's result, or null when cancelled between slices. */
export async function runInSlices<T>(steps: Generator<void, T, void>, o: SliceOptions): Promise<T | null> {
  const budget = o.budgetMs ?? SLICE_BUDGET_MS;
  let paused = false;
  for (;;) {
    const start = o.now();
    let r = steps.next();
    let last = start;
    let longest = 0;
    while (!r.done) {
      const t = o.now();
      longest = Math.max(longest, t - last);
      last = t;
      if (t - start + longest >= budget) break;
      r = steps.next();
    }
    if (r.done) {
      // A pass that took more than one slice, or most of this one, hands its result over in a fresh
      // task: what the caller does with it (the next phase's first slice, listeners over every mark)
      // must not add to this slice.
      if (paused || o.now() - start >= budget / 2) await o.pause();
      return r.value;
    }
    await o.pause();
    paused = true;
    if (o.cancelled?.()) {
      steps.return(undefined as T);
      return null;
    }
  }
}

/**
 * Gives the main thread back as an ordinary task at the end of the queue (a MessageChannel message,
 * else a zero timeout): the page's own timers, network callbacks and input run between two slices.
 * Not scheduler.yield(): its continuation outranks the page's tasks, so a long pass made of short
 * slices still starved the page's timers for the whole pass (0.7 s on a 100,000-node page).
 */
export function pauseFor(win: typeof globalThis): () => Promise<void> {
  const MC = (win as { MessageChannel?: typeof MessageChannel }).MessageChannel;
  if (typeof MC === 'function') {
    try {
      const channel = new MC();
      const waiting: (() => void)[] = [];
      channel.port1.onmessage = () => waiting.shift()?.();
      return () =>
        new Promise<void>((resolve) => {
          waiting.push(resolve);
          channel.port2.postMessage(null);
        });
    } catch {
      // A page that broke MessageChannel: timeouts still work.
    }
  }
  return () => new Promise((resolve) => win.setTimeout(resolve, 0));
}
