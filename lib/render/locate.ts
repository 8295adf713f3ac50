// Between DOM positions and mentions: which mention lies under a caret position, and which DOM
// points bound a mention. Pure over CollectedText, so it is tested in Node.
import type { Mention } from '../match/types';
import type { CollectedText } from '../text/types';

export interface MentionLocator {
  /** Index into `mentions` of the mention covering the character at (node, offset), or -1. */
  at(node: Node, offset: number): number;
}

export function createLocator(collected: CollectedText, mentions: readonly Mention[]): MentionLocator {
  const startOf = new Map<Node, number>();
  for (const seg of collected.segments) startOf.set(seg.node, seg.start);
  return {
    at(node, offset) {
      const base = startOf.get(node);
      if (base === undefined) return -1;
      return mentionCovering(mentions, base + offset);
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
