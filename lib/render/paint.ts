// Paint mentions with the CSS Custom Highlight API over StaticRanges: the page's DOM is never
// touched, and StaticRanges (unlike live Ranges) cost the page nothing on later DOM changes.
import type { EntityType } from '../knowledge/types';
import type { Mention } from '../match/types';
import { drain, STEP_UNITS } from '../steps';
import { domPointAt } from '../text/collect';
import type { CollectedText } from '../text/types';
import { WINDOW_THRESHOLD } from './window';

export const HIGHLIGHT_NAMES: Record<EntityType, string> = {
  person: 'kontext-person',
  place: 'kontext-place',
  organisation: 'kontext-organisation',
  term: 'kontext-term',
};
/** The mark whose card is open or that keyboard stepping reached. */
export const ACTIVE_HIGHLIGHT = 'kontext-active';
/** A sentence the popup asked to show. */
export const FLASH_HIGHLIGHT = 'kontext-flash';

/** Reader's choice of look; each style has its own highlight names and rules in highlights.css. */
export type MarkLook = 'underline' | 'background' | 'both';

export function highlightName(type: EntityType, look: MarkLook = 'both'): string {
  return look === 'both' ? HIGHLIGHT_NAMES[type] : `${HIGHLIGHT_NAMES[type]}-${look}`;
}

const ALL_NAMES = [
  ...(['both', 'underline', 'background'] as const).flatMap((look) =>
    (Object.keys(HIGHLIGHT_NAMES) as EntityType[]).map((t) => highlightName(t, look)),
  ),
  ACTIVE_HIGHLIGHT,
  FLASH_HIGHLIGHT,
];

/** The browser APIs painting needs, passed in so Node tests can hand fakes. */
export interface HighlightEnv {
  registry: { set(name: string, h: unknown): unknown; delete(name: string): unknown };
  Highlight: new (...ranges: AbstractRange[]) => { add(range: AbstractRange): unknown };
  StaticRange: new (init: StaticRangeInit) => AbstractRange;
}

/** The API is in Chromium 105+ and Firefox 140+; without it Kontext leaves the page alone. */
export function highlightEnvOf(win: typeof globalThis): HighlightEnv | null {
  const css = (win as { CSS?: { highlights?: HighlightEnv['registry'] } }).CSS;
  const H = (win as { Highlight?: HighlightEnv['Highlight'] }).Highlight;
  const SR = (win as { StaticRange?: HighlightEnv['StaticRange'] }).StaticRange;
  if (!css?.highlights || !H || !SR) return null;
  return { registry: css.highlights, Highlight: H, StaticRange: SR };
}

export function rangeFor(
  env: HighlightEnv,
  collected: CollectedText,
  start: number,
  end: number,
): AbstractRange {
  const a = domPointAt(collected, start, 'start');
  const b = domPointAt(collected, end, 'end');
  return new env.StaticRange({
    startContainer: a.node,
    startOffset: a.offset,
    endContainer: b.node,
    endOffset: b.offset,
  });
}

/** Paint every mention in its type's highlight; returns the ranges, index-aligned with `mentions`. */
export function paintMentions(
  env: HighlightEnv,
  collected: CollectedText,
  mentions: readonly Mention[],
  typeOf: (entityId: string) => EntityType | undefined,
  look: MarkLook = 'both',
): AbstractRange[] {
  return drain(paintMentionsInSteps(env, collected, mentions, typeOf, look, Number.POSITIVE_INFINITY));
}

/**
 * The same in steps for huge pages, yielding every `batch` mentions. Each highlight is registered when
 * its first mark is added and filled batch by batch: Firefox renders each batch's ranges as they come
 * (registering a full one cost it a 60-75 ms frame with 5,000 marks on a page of 100,000 text nodes).
 * Ranges are made for every mention (the card and keyboard stepping use them); an article with more
 * than `windowFrom` marks registers none here: its marks are painted around the viewport
 * (window-paint.ts), since Chromium re-places every registered range on each highlight change.
 */
export function* paintMentionsInSteps(
  env: HighlightEnv,
  collected: CollectedText,
  mentions: readonly Mention[],
  typeOf: (entityId: string) => EntityType | undefined,
  look: MarkLook = 'both',
  batch = STEP_UNITS,
  windowFrom = WINDOW_THRESHOLD,
): Generator<void, AbstractRange[], void> {
  const highlights = new Map<EntityType, { add(range: AbstractRange): unknown }>();
  const ranges: AbstractRange[] = [];
  const paintAll = mentions.length <= windowFrom;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const r = rangeFor(env, collected, m.start, m.end);
    ranges.push(r);
    if (paintAll) {
      const type = typeOf(m.entityId) ?? 'term';
      let h = highlights.get(type);
      if (!h) {
        h = new env.Highlight();
        highlights.set(type, h);
        env.registry.set(highlightName(type, look), h);
      }
      h.add(r);
    }
    if ((i + 1) % batch === 0 && i + 1 < mentions.length) yield;
  }
  return ranges;
}

export function setSingle(env: HighlightEnv, name: string, range: AbstractRange | null): void {
  if (range) env.registry.set(name, new env.Highlight(range));
  else env.registry.delete(name);
}

export function clearAll(env: HighlightEnv): void {
  for (const name of ALL_NAMES) env.registry.delete(name);
}
