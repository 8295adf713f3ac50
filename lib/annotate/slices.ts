// Drives a step generator in time slices: run steps until the budget is spent, then give the page its
// main thread back. Small pages finish in the first slice, so they pay nothing for it.

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
  for (;;) {
    const start = o.now();
    let r = steps.next();
    while (!r.done && o.now() - start < budget) r = steps.next();
    if (r.done) return r.value;
    await o.pause();
    if (o.cancelled?.()) {
      steps.return(undefined as T);
      return null;
    }
  }
}

/** The browser's way to yield (Chromium's scheduler.yield), else a zero timeout. */
export function pauseFor(win: typeof globalThis): () => Promise<void> {
  const scheduler = (win as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield!();
  return () => new Promise((resolve) => win.setTimeout(resolve, 0));
}
