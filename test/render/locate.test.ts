// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/match/types';
import {
  createLocator,
  mentionCovering,
  readingOrder,
  stepInOrder,
  stepMention,
} from '../../lib/render/locate';
import type { CollectedText } from '../../lib/text/types';

const m = (start: number, end: number, entityId = 'x'): Mention => ({
  entityId,
  start,
  end,
  text: '',
  alias: '',
});

describe('mentionCovering', () => {
  const mentions = [m(0, 5), m(10, 15), m(20, 22)];
  it('finds the mention whose half-open span holds the position', () => {
    expect(mentionCovering(mentions, 0)).toBe(0);
    expect(mentionCovering(mentions, 4)).toBe(0);
    expect(mentionCovering(mentions, 12)).toBe(1);
    expect(mentionCovering(mentions, 21)).toBe(2);
  });
  it('returns -1 between, at an end, and outside', () => {
    expect(mentionCovering(mentions, 5)).toBe(-1);
    expect(mentionCovering(mentions, 7)).toBe(-1);
    expect(mentionCovering(mentions, 22)).toBe(-1);
    expect(mentionCovering([], 0)).toBe(-1);
  });
});

describe('createLocator', () => {
  it('maps a node and an offset inside it to the mention across split nodes', () => {
    document.body.innerHTML = '<p><b>Wladimir</b> Putin sprach.</p>';
    const b = document.querySelector('b')!.firstChild as Text;
    const rest = document.querySelector('b')!.nextSibling as Text;
    const collected: CollectedText = {
      text: 'Wladimir Putin sprach.',
      segments: [
        { node: b, start: 0, end: 8 },
        { node: rest, start: 8, end: 22 },
      ],
    };
    const loc = createLocator(collected, [m(0, 14, 'putin')]);
    expect(loc.at(b, 3)).toBe(0);
    expect(loc.at(rest, 3)).toBe(0);
    expect(loc.at(rest, 8)).toBe(-1);
    expect(loc.at(document.body, 0)).toBe(-1);
  });
});

describe('stepMention', () => {
  it('steps forward and back with wrap-around', () => {
    expect(stepMention(3, -1, 1)).toBe(0);
    expect(stepMention(3, -1, -1)).toBe(2);
    expect(stepMention(3, 2, 1)).toBe(0);
    expect(stepMention(3, 0, -1)).toBe(2);
    expect(stepMention(0, -1, 1)).toBe(-1);
  });
});

describe('reading order for keyboard stepping', () => {
  // Live pages append marks to the annotation wherever their text stands (a ticker puts news on top).
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = '<p>neu</p><p>alt eins</p><p>alt zwei</p>';
  const [top, one, two] = [...doc.querySelectorAll('p')].map((p) => p.firstChild!);
  const r = (node: Node, offset: number) =>
    ({
      startContainer: node,
      startOffset: offset,
      endContainer: node,
      endOffset: offset + 1,
    }) as AbstractRange;
  const follows = (a: Node, b: Node) => (b.compareDocumentPosition(a) & 4) !== 0;

  it('sorts the ranges by their place in the document', () => {
    const ranges = [r(one!, 4), r(one!, 0), r(two!, 0), r(top!, 0)];
    expect(readingOrder(ranges, follows)).toEqual([3, 1, 0, 2]);
  });
  it('steps through that order from the current mark, wrapping', () => {
    const order = [3, 1, 0, 2];
    expect(stepInOrder(order, -1, 1)).toBe(3);
    expect(stepInOrder(order, -1, -1)).toBe(2);
    expect(stepInOrder(order, 3, 1)).toBe(1);
    expect(stepInOrder(order, 2, 1)).toBe(3);
    expect(stepInOrder(order, 3, -1)).toBe(2);
    expect(stepInOrder([], -1, 1)).toBe(-1);
  });
});
