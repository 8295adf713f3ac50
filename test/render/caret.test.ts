import { describe, expect, it } from 'vitest';
import { pointInRects } from '../../lib/render/caret';

const rect = (left: number, top: number, right: number, bottom: number) =>
  ({ left, top, right, bottom }) as DOMRect;

describe('pointInRects', () => {
  it('accepts a point inside any of a wrapped mark’s boxes', () => {
    const rects = [rect(100, 10, 200, 30), rect(0, 30, 40, 50)];
    expect(pointInRects(rects, 150, 20)).toBe(true);
    expect(pointInRects(rects, 20, 40)).toBe(true);
  });
  it('rejects the empty end of a line the caret snapped from', () => {
    expect(pointInRects([rect(100, 10, 200, 30)], 260, 20)).toBe(false);
    expect(pointInRects([], 0, 0)).toBe(false);
  });
});
