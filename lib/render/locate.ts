// Between DOM positions and mentions: which mention lies under a caret position, and which DOM
// points bound a mention. Pure over CollectedText, so it is tested in Node.
import type { Mention } from '../match/types';
import type { CollectedText } from '../text/types';

export interface MentionLocator {
  /** Index into `mentions` of the mention covering the character at (node, offset), or -1. */
  at(node: Node, offset: number): number;
}

export function createLocator(collected: CollectedText, mentions: readonly Mention[]): MentionLocator {
  const startOf = new Map<Node, { start: number }>();
  for (const seg of collected.segments) startOf.set(seg.node, seg);
  return locatorOver(startOf, () => mentions);
}

/**
 * The same over a node → segment map and mentions kept up to date elsewhere (a live page's marks
 * come and go): read at every call, never copied.
 */
export function locatorOver(
  startOf: ReadonlyMap<Node, { start: number }>,
  mentions: () => readonly Mention[],
): MentionLocator {
  return {
    at(node, offset) {
      const seg = startOf.get(node);
      if (seg === undefined) return -1;
      return mentionCovering(mentions(), seg.start + offset);
    },
  };
}

/** Binary search over sorted, non-overlapping mentions for the one with start <= pos < end. */
export function mentionCovering(mentions: readonly Mention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid]!;
    if (pos < m.start) hi = mid - 1;
    else if (pos >= m.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The next mention after `current` in reading order, wrapping around; -1 when there is none. */
export function stepMention(count: number, current: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/**
 * Indices of `ranges` in document order. A live page's added text is appended to the annotation
 * whatever its place on the page (a ticker puts news on top), so keyboard stepping sorts first.
 * `follows(a, b)`: node a comes after node b in the document.
 */
export function readingOrder(
  ranges: readonly AbstractRange[],
  follows: (a: Node, b: Node) => boolean,
): number[] {
  const order = ranges.map((_, i) => i);
  return order.sort((i, j) => {
    const a = ranges[i]!;
    const b = ranges[j]!;
    if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset || i - j;
    return follows(a.startContainer, b.startContainer) ? 1 : -1;
  });
}

/** The next index in `order` after `current` (an index into the ranges), wrapping; -1 when none. */
export function stepInOrder(order: readonly number[], current: number, direction: 1 | -1): number {
  if (order.length === 0) return -1;
  const at = current < 0 ? -1 : order.indexOf(current);
  return order[stepMention(order.length, at, direction)]!;
}
