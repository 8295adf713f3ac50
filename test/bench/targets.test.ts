import { describe, expect, it } from 'vitest';
import type { Results } from '../../scripts/bench/report';
import { compareTargets } from '../../scripts/bench/targets';

/** A saved run with only the analyser measured: the one target judged from Node alone. */
function run(commit: string, articlesPerSec: number): Results {
  return {
    date: '2026-11-26T0800',
    commit,
    throughput: [
      {
        knowledge: 'bundled',
        what: 'analyzeText',
        articles: 13,
        bytes: 100_000,
        passMs: { median: 1, min: 1, max: 1, n: 1 },
        articlesPerSec,
        mbPerSec: 1,
      },
    ],
    pages: [],
    huge: [],
    popover: [],
    extension: [],
    compile: [],
    scaling: [],
    sizes: {},
  } as unknown as Results;
}

describe('compareTargets', () => {
  it('names a target a commit lost, and one it gained', () => {
    const slow = run('bbbbbbb', 150);
    const fast = run('aaaaaaa', 400);
    const lost = compareTargets(fast, slow);
    expect(lost).toContain('2026-11-26T0800 aaaaaaa → 2026-11-26T0800 bbbbbbb');
    expect(lost).toMatch(/Analyser: at least 200 articles\/s[^\n]*\[NOW MISSED\]\n {2}before: met: 400 /);
    expect(compareTargets(slow, fast)).toMatch(/Analyser[^\n]*\[now met\]/);
    expect(compareTargets(fast, fast)).not.toMatch(/NOW MISSED|now met/);
  });
});
