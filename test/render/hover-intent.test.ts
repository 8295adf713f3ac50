import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_GRACE_MS, HoverIntent, OPEN_DELAY_MS } from '../../lib/render/hover-intent';

describe('HoverIntent', () => {
  let opened: number[];
  let closed: number;
  let intent: HoverIntent;
  beforeEach(() => {
    vi.useFakeTimers();
    opened = [];
    closed = 0;
    intent = new HoverIntent({
      setTimer: (fn, ms) => setTimeout(fn, ms) as unknown as number,
      clearTimer: (id) => clearTimeout(id),
      onOpen: (i) => opened.push(i),
      onClose: () => closed++,
    });
  });
  afterEach(() => vi.useRealTimers());

  it('opens only after the pointer dwells on a mark', () => {
    intent.pointerOver(2);
    vi.advanceTimersByTime(OPEN_DELAY_MS - 1);
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(opened).toEqual([2]);
  });

  it('does not open for a mark the pointer merely crossed', () => {
    intent.pointerOver(2);
    vi.advanceTimersByTime(OPEN_DELAY_MS / 2);
    intent.pointerOver(-1);
    vi.advanceTimersByTime(OPEN_DELAY_MS * 3);
    expect(opened).toEqual([]);
  });

  it('closes after a grace period when the pointer leaves, unless it enters the card', () => {
    intent.pointerOver(1);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.pointerOver(-1);
    vi.advanceTimersByTime(CLOSE_GRACE_MS / 2);
    intent.pointerInCard(true);
    vi.advanceTimersByTime(CLOSE_GRACE_MS * 2);
    expect(closed).toBe(0);
    intent.pointerInCard(false);
    vi.advanceTimersByTime(CLOSE_GRACE_MS);
    expect(closed).toBe(1);
    expect(intent.openMention).toBe(-1);
  });

  it('opens at once for focus or tap and closes on Escape', () => {
    intent.showNow(4);
    expect(opened).toEqual([4]);
    intent.closeNow();
    expect(closed).toBe(1);
    intent.closeNow();
    expect(closed).toBe(1);
  });

  it('moves straight from one mark to another after the dwell', () => {
    intent.pointerOver(1);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.pointerOver(3);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(opened).toEqual([1, 3]);
    expect(closed).toBe(0);
  });
});
