import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../lib/annotate/slices';

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
});
