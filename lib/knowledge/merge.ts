// Merging two descriptions of the same entity: hand-kept data over imported data, a user's pack
// over the bundled knowledge. The primary wins every scalar field; lists are united so that nothing
// the secondary knows is lost unless the primary says the same thing differently.
import { aliasKey } from './lint';
import type { Alias, Entity, Role } from './types';

function roleKey(r: Role): string {
  return `${r.office ?? r.title.en}|${r.start ?? ''}`;
}

export function mergeEntity(primary: Entity, secondary: Entity): Entity {
  const aliases: Alias[] = [...primary.aliases];
  const keys = new Set(primary.aliases.map((a) => aliasKey(a.text)));
  for (const a of secondary.aliases) {
    if (!keys.has(aliasKey(a.text))) {
      aliases.push(a);
      keys.add(aliasKey(a.text));
    }
  }
  const roles: Role[] = [...primary.roles];
  // The same term known twice (exact dates by hand, years only in the open data) is one role.
  const sameTerm = (a: Role, b: Role) =>
    ((a.office ?? a.title.en) === (b.office ?? b.title.en) &&
      (a.start ?? '') !== '' &&
      (b.start ?? '') !== '' &&
      (a.start!.startsWith(b.start!) || b.start!.startsWith(a.start!))) ||
    // An open-data row without an office record and a hand-kept role with one, same exact dates.
    ((a.office === null) !== (b.office === null) &&
      a.start !== null &&
      a.start === b.start &&
      a.end === b.end);
  for (const r of secondary.roles) {
    if (!roles.some((p) => roleKey(p) === roleKey(r) || sameTerm(p, r))) roles.push(r);
  }
  roles.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '') || roleKey(a).localeCompare(roleKey(b)));
  const cues = [...new Set([...primary.cues, ...secondary.cues])];
  const merged: Entity = {
    ...secondary,
    ...primary,
    aliases,
    roles,
    cues,
    wikidata: primary.wikidata ?? secondary.wikidata,
    wikipedia: {
      de: primary.wikipedia.de ?? secondary.wikipedia.de,
      en: primary.wikipedia.en ?? secondary.wikipedia.en ?? null,
    },
  };
  const speaksFor = primary.speaksFor ?? secondary.speaksFor;
  if (speaksFor) merged.speaksFor = speaksFor;
  return merged;
}

/**
 * Unites entity lists; later lists take precedence. Entities match by id, or by Wikidata id when the
 * ids differ (a pack may call Schoigu `schoigu`): the earlier id is kept so references stay valid.
 */
export function mergeEntityLists(lists: readonly (readonly Entity[])[]): Entity[] {
  const byId = new Map<string, Entity>();
  const idByQid = new Map<string, string>();
  for (const list of lists) {
    for (const e of list) {
      const existingId = byId.has(e.id) ? e.id : e.wikidata ? idByQid.get(e.wikidata) : undefined;
      if (existingId) {
        const merged = mergeEntity({ ...e, id: existingId }, byId.get(existingId)!);
        byId.set(existingId, merged);
      } else {
        byId.set(e.id, e);
      }
      const current = byId.get(existingId ?? e.id)!;
      if (current.wikidata) idByQid.set(current.wikidata, current.id);
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
