// Kontext's errors stay Kontext's: each is caught and logged once, and the page's own code never
// sees one.

let warned = false;

export function warnOnce(where: string, err: unknown): void {
  if (warned) return;
  warned = true;
  console.warn(`[Kontext] ${where}: annotations stopped on this page.`, err);
}

/** Guarded: an exception in Kontext must never reach the page's own code. */
export function safely<A extends unknown[]>(where: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (err) {
      warnOnce(where, err);
    }
  };
}

/** Pages where the localhost test hook and the timing lines are on (the e2e tests and the benchmark). */
export const isLocal = /^(localhost|127\.0\.0\.1)$/.test(location.hostname);
