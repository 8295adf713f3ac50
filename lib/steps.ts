// Work cut into steps: a generator yields where a caller may give the main thread back (huge pages),
// and `drain` runs the same steps in one go (small pages, Node, tests).

export type Steps<T> = Generator<void, T, void>;

export function drain<T>(steps: Steps<T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}
