import { describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/match/types';
import { type HighlightEnv, paintMentions } from '../../lib/render/paint';
import type { CollectedText } from '../../lib/text/types';

// Painting at the sizes pathological pages reach. A fake HighlightEnv whose Highlight takes its ranges
// as arguments, like the browser's (new Highlight(...ranges)).

class FakeRange {
  constructor(readonly init: StaticRangeInit) {}
}
class FakeHighlight {
  readonly size: number;
  private readonly ranges = new Set<unknown>();
  constructor(...ranges: unknown[]) {
    for (const r of ranges) this.ranges.add(r);
    this.size = ranges.length;
  }
  add(r: unknown): this {
    this.ranges.add(r);
    return this;
  }
}

function env(): HighlightEnv & { set: Map<string, unknown> } {
  const set = new Map<string, unknown>();
  return {
    set,
    registry: { set: (n: string, h: unknown) => set.set(n, h), delete: (n: string) => set.delete(n) },
    Highlight: FakeHighlight as unknown as HighlightEnv['Highlight'],
    StaticRange: FakeRange as unknown as HighlightEnv['StaticRange'],
  };
}

/** One text node holding `n` copies of "Putin ", each a mention. */
function page(n: number): { collected: CollectedText; mentions: Mention[] } {
  const data = 'Putin '.repeat(n);
  const node = { data } as unknown as Text;
  const mentions: Mention[] = [];
  for (let i = 0; i < n; i++)
    mentions.push({
      entityId: 'vladimir-putin',
      start: i * 6,
      end: i * 6 + 5,
      text: 'Putin',
      alias: 'Putin',
    });
  return { collected: { text: data, segments: [{ node, start: 0, end: data.length }] }, mentions };
}

describe('painting many mentions', () => {
  it('paints 10,000 mentions', () => {
    const e = env();
    const { collected, mentions } = page(10_000);
    expect(paintMentions(e, collected, mentions, () => 'person')).toHaveLength(10_000);
  });

  // Regression (robustness fault S2, fixed in 6756e03): `new Highlight(...list)` spread ~120,000+
  // ranges as call arguments and overflowed V8's stack (RangeError) on the 1-million-word page.
  it('paints 300,000 mentions without a RangeError', () => {
    const e = env();
    const { collected, mentions } = page(300_000);
    expect(paintMentions(e, collected, mentions, () => 'person')).toHaveLength(300_000);
  });
});
