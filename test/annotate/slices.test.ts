import { describe, expect, it } from 'vitest';
import { pauseFor, runInSlices } from '../../lib/annotate/slices';

function* counter(steps: number, log: string[]): Generator<void, string, void> {
  for (let i = 0; i < steps; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return 'done';
}

describe('runInSlices', () => {
  it('runs everything in one slice when the budget allows', async () => {
    const log: string[] = [];
    let pauses = 0;
    const r = await runInSlices(counter(5, log), {
      now: () => 0,
      pause: async () => {
        pauses++;
      },
    });
    expect(r).toBe('done');
    expect(log).toHaveLength(5);
    expect(pauses).toBe(0);
  });

  it('pauses whenever a slice spends its budget', async () => {
    const log: string[] = [];
    let t = 0;
    let pauses = 0;
    // The clock advances 5 ms per reading: a 20 ms slice holds about four steps.
    const r = await runInSlices(counter(12, log), {
      budgetMs: 20,
      now: () => {
        t += 5;
        return t;
      },
      pause: async () => {
        pauses++;
      },
    });
    expect(r).toBe('done');
    expect(log).toHaveLength(12);
    expect(pauses).toBeGreaterThanOrEqual(2);
  });

  it('stops between slices when cancelled and runs no further step', async () => {
    const log: string[] = [];
    let t = 0;
    const r = await runInSlices(counter(100, log), {
      budgetMs: 1,
      now: () => (t += 1),
      pause: async () => {},
      cancelled: () => log.length >= 3,
    });
    expect(r).toBeNull();
    expect(log.length).toBe(3);
  });

  it('ends a slice before a step that would overrun the budget', async () => {
    // Each step takes 8 ms on the fake clock: a 20 ms slice holds two (16 ms), never three (24 ms).
    let t = 0;
    const slices: number[] = [];
    let sliceStart = 0;
    function* slow(): Generator<void, string, void> {
      for (let i = 0; i < 10; i++) {
        t += 8;
        yield;
      }
      return 'done';
    }
    const r = await runInSlices(slow(), {
      budgetMs: 20,
      now: () => t,
      pause: async () => {
        slices.push(t - sliceStart);
        sliceStart = t;
      },
    });
    expect(r).toBe('done');
    expect(slices.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...slices)).toBeLessThanOrEqual(20);
  });

  it('hands a result that took several slices over in a fresh task', async () => {
    let t = 0;
    const events: string[] = [];
    function* work(): Generator<void, string, void> {
      for (let i = 0; i < 6; i++) {
        t += 8;
        events.push('step');
        if (i < 5) yield;
      }
      return 'done';
    }
    const r = await runInSlices(work(), {
      budgetMs: 20,
      now: () => t,
      pause: async () => {
        events.push('pause');
      },
    });
    expect(r).toBe('done');
    expect(events.at(-1)).toBe('pause');
  });
});

describe('pauseFor', () => {
  it('pauses with a MessageChannel message, several pauses in order', async () => {
    const order: number[] = [];
    const pause = pauseFor(globalThis);
    await Promise.all([1, 2, 3].map((n) => pause().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3]);
  });

  it('falls back to a zero timeout without MessageChannel', async () => {
    let timeouts = 0;
    const win = {
      setTimeout: (fn: () => void) => {
        timeouts++;
        return setTimeout(fn, 0);
      },
    } as unknown as typeof globalThis;
    await pauseFor(win)();
    expect(timeouts).toBe(1);
  });
});
