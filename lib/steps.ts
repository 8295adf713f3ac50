// Work cut into steps: a generator yields where a caller may give the main thread back (huge pages),
// and `drain` runs the same steps in one go (small pages, Node, tests).
//
// A step must stay short whatever the page: loops over nodes, characters or marks yield every
// STEP_UNITS units of bounded work, and the driver (runInSlices) reads the clock at every yield. So a
// slice ends within a fraction of a millisecond of its budget, instead of after a fixed chunk whose
// cost depends on the page (one chunk of a 100,000-node page was half a second).

export type Steps<T> = Generator<void, T, void>;

/** Units of bounded work (a node visited, a mark added) between two yields: well under 1 ms. */
export const STEP_UNITS = 128;

export function drain<T>(steps: Steps<T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/** A counter for long loops: `if (tick()) yield;` yields once every `every` calls. */
export function ticker(every = STEP_UNITS): () => boolean {
  let n = 0;
  return () => {
    if (++n < every) return false;
    n = 0;
    return true;
  };
}
