import { describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/match/types';
import { type HighlightEnv, paintMentions, paintMentionsInSteps } from '../../lib/render/paint';
import { addMentionsInSteps } from '../../lib/render/paint-add';
import { WINDOW_THRESHOLD } from '../../lib/render/window';
import { drain } from '../../lib/steps';
import type { CollectedText } from '../../lib/text/types';

// The browser re-validates every registered range on each highlight change, so a page with tens of
// thousands of marks froze a frame (and every hover): such an article's pass makes every range but
// registers none; its window around the viewport does (window-paint.test.ts).

class FakeHighlight {
  readonly ranges: unknown[] = [];
  add(r: unknown): this {
    this.ranges.push(r);
    return this;
  }
}

function env(): HighlightEnv & { log: string[]; set: Map<string, FakeHighlight> } {
  const set = new Map<string, FakeHighlight>();
  const log: string[] = [];
  return {
    set,
    log,
    registry: {
      set: (n: string, h: unknown) => {
        log.push(`set ${n} (${(h as FakeHighlight).ranges.length})`);
        return set.set(n, h as FakeHighlight);
      },
      delete: (n: string) => set.delete(n),
    },
    Highlight: FakeHighlight as unknown as HighlightEnv['Highlight'],
    StaticRange: class {
      constructor(readonly init: StaticRangeInit) {}
    } as unknown as HighlightEnv['StaticRange'],
  };
}

function page(n: number): { collected: CollectedText; mentions: Mention[] } {
  const data = 'Putin '.repeat(n);
  const node = { data } as unknown as Text;
  const mentions: Mention[] = Array.from({ length: n }, (_, i) => ({
    entityId: i % 2 ? 'vladimir-putin' : 'kiew',
    start: i * 6,
    end: i * 6 + 5,
    text: 'Putin',
    alias: 'Putin',
  }));
  return { collected: { text: data, segments: [{ node, start: 0, end: data.length }] }, mentions };
}

const typeOf = (id: string) => (id === 'kiew' ? 'place' : 'person');
const painted = (e: ReturnType<typeof env>) => [...e.set.values()].reduce((n, h) => n + h.ranges.length, 0);

describe('paintMentionsInSteps', () => {
  it('makes a range for every mention of a page over the threshold but leaves registering to the window', () => {
    const e = env();
    const { collected, mentions } = page(WINDOW_THRESHOLD + 1);
    const ranges = paintMentions(e, collected, mentions, typeOf);
    expect(ranges).toHaveLength(mentions.length);
    expect(painted(e)).toBe(0);
  });

  it('paints every mark of a page at the threshold', () => {
    const e = env();
    const { collected, mentions } = page(WINDOW_THRESHOLD);
    paintMentions(e, collected, mentions, typeOf);
    expect(painted(e)).toBe(WINDOW_THRESHOLD);
  });

  it('paints all of a page under the limit, each type in its own highlight', () => {
    const e = env();
    const { collected, mentions } = page(300);
    paintMentions(e, collected, mentions, typeOf);
    expect(painted(e)).toBe(300);
    expect([...e.set.keys()].sort()).toEqual(['kontext-person', 'kontext-place']);
  });

  it('yields every `batch` mentions and registers each highlight once, when its first mark comes', () => {
    const e = env();
    const { collected, mentions } = page(1000);
    const steps = paintMentionsInSteps(e, collected, mentions, typeOf, 'underline', 100);
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(yields).toBe(9);
    expect(r.value).toHaveLength(1000);
    expect(e.log).toEqual(['set kontext-place-underline (0)', 'set kontext-person-underline (0)']);
    expect(painted(e)).toBe(1000);
  });
});

describe('addMentionsInSteps', () => {
  it('makes the ranges of a windowed article’s live batch without registering them', () => {
    const e = env();
    const { collected, mentions } = page(10);
    const ranges = drain(addMentionsInSteps(e, collected, mentions, typeOf, 'both', 4, false));
    expect(ranges).toHaveLength(10);
    expect(painted(e)).toBe(0);
  });

  it('registers them otherwise', () => {
    const e = env();
    const { collected, mentions } = page(10);
    drain(addMentionsInSteps(e, collected, mentions, typeOf, 'both', 4));
    expect(painted(e)).toBe(10);
  });
});
