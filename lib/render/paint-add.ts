// A live page's marks come and go after the first paint: added ranges join the highlight already
// registered for their type, removed ones leave it. The page's DOM is still never touched.
import type { EntityType } from '../knowledge/types';
import type { Mention } from '../match/types';
import type { CollectedText } from '../text/types';
import { type HighlightEnv, highlightName, type MarkLook, rangeFor } from './paint';

type SetLike = { add(range: AbstractRange): unknown; delete?(range: AbstractRange): unknown };

/** The registry's highlight for `name`, registered on first use. */
function highlightFor(env: HighlightEnv, name: string): SetLike {
  const registry = env.registry as HighlightEnv['registry'] & { get?(name: string): unknown };
  const existing = registry.get?.(name) as SetLike | undefined;
  if (existing && typeof existing.add === 'function') return existing;
  const h = new env.Highlight();
  env.registry.set(name, h);
  return h;
}

/**
 * Paints `mentions` (offsets into `collected`) into the highlights already on the page, yielding
 * every `batch` ranges; returns the ranges, index-aligned with `mentions`. With `register` false the
 * ranges are only made: a windowed article's window registers those near the viewport (window-paint.ts).
 */
export function* addMentionsInSteps(
  env: HighlightEnv,
  collected: CollectedText,
  mentions: readonly Mention[],
  typeOf: (entityId: string) => EntityType | undefined,
  look: MarkLook = 'both',
  batch = 2_000,
  register = true,
): Generator<void, AbstractRange[], void> {
  const byName = new Map<string, SetLike>();
  const ranges: AbstractRange[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const r = rangeFor(env, collected, m.start, m.end);
    ranges.push(r);
    if (!register) {
      if ((i + 1) % batch === 0 && i + 1 < mentions.length) yield;
      continue;
    }
    const name = highlightName(typeOf(m.entityId) ?? 'term', look);
    let h = byName.get(name);
    if (!h) {
      h = highlightFor(env, name);
      byName.set(name, h);
    }
    h.add(r);
    if ((i + 1) % batch === 0 && i + 1 < mentions.length) yield;
  }
  return ranges;
}

/** Takes painted ranges out of their highlights again. */
export function removeRanges(
  env: HighlightEnv,
  dropped: readonly { range: AbstractRange; type: EntityType }[],
  look: MarkLook = 'both',
): void {
  const registry = env.registry as HighlightEnv['registry'] & { get?(name: string): unknown };
  for (const { range, type } of dropped) {
    const h = registry.get?.(highlightName(type, look)) as SetLike | undefined;
    h?.delete?.(range);
  }
}
