import { compileIndex } from '../../lib/match/compile';
import { findMentions } from '../../lib/match/find';
import type { Mention } from '../../lib/match/types';
import { fixtureBundle } from './fixtures';

export const fixtureIndex = compileIndex(fixtureBundle);

/** Mentions with their offsets checked against the original text. */
export function find(text: string, index = fixtureIndex): Mention[] {
  const ms = findMentions(text, index);
  for (const m of ms) {
    if (text.slice(m.start, m.end) !== m.text)
      throw new Error(`offsets of ${JSON.stringify(m)} do not map back`);
  }
  return ms;
}

/** "entity:text" for each mention, the shape most tests compare. */
export function found(text: string, index = fixtureIndex): string[] {
  return find(text, index).map((m) => `${m.entityId}:${m.text}`);
}
