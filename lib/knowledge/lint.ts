// Data lint beyond the schema: the rules that keep the bundled knowledge precise enough to link
// names on real pages (alias collisions, overlapping terms of one-holder offices, sort order).
import { compareDates } from './schema';
import type { Alias, Entity, KnowledgeBundle } from './types';

/** The form under which two aliases count as the same text: case-folded, soft hyphens and ß folded. */
export function aliasKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00ad/g, '')
    .replace(/ß/g, 'ss')
    .toLocaleLowerCase('de')
    .trim();
}

export interface AliasClaim {
  entity: string;
  alias: Alias;
}

/** Aliases that two or more entities claim without all of them declaring needsCue. */
export function aliasCollisions(entities: readonly Entity[]): { key: string; claims: AliasClaim[] }[] {
  const byKey = new Map<string, AliasClaim[]>();
  for (const e of entities) {
    const mine = new Set<string>();
    for (const alias of e.aliases) {
      const key = aliasKey(alias.text);
      if (mine.has(key)) continue;
      mine.add(key);
      const list = byKey.get(key);
      if (list) list.push({ entity: e.id, alias });
      else byKey.set(key, [{ entity: e.id, alias }]);
    }
  }
  const out: { key: string; claims: AliasClaim[] }[] = [];
  for (const [key, claims] of byKey) {
    if (claims.length < 2) continue;
    // Within one entity a key may appear twice with different flags; the entity counts as cue-bound
    // only if every spelling it lists for the key is.
    const cueBound = (id: string) =>
      entities
        .find((e) => e.id === id)!
        .aliases.filter((a) => aliasKey(a.text) === key)
        .every((a) => a.needsCue);
    if (claims.some((c) => !cueBound(c.entity))) out.push({ key, claims });
  }
  return out;
}

/** Terms of a single-holder office that overlap (end null = still in office). */
export function overlappingTerms(bundle: KnowledgeBundle): string[] {
  const single = new Set(bundle.offices.filter((o) => o.singleHolder).map((o) => o.id));
  const terms = new Map<string, { entity: string; start: string; end: string | null }[]>();
  for (const e of bundle.entities) {
    for (const r of e.roles) {
      if (!r.office || !single.has(r.office) || !r.start) continue;
      const list = terms.get(r.office) ?? [];
      list.push({ entity: e.id, start: r.start, end: r.end });
      terms.set(r.office, list);
    }
  }
  const problems: string[] = [];
  for (const [office, list] of terms) {
    // Same start (years-only data: "2022–2022" then "2022–"): the term that has ended goes first.
    list.sort(
      (a, b) =>
        compareDates(a.start, b.start) ||
        (a.end === null ? 1 : 0) - (b.end === null ? 1 : 0) ||
        (a.end && b.end ? compareDates(a.end, b.end) : 0) ||
        a.entity.localeCompare(b.entity),
    );
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      const cur = list[i]!;
      // A handover on the same day (end of one term = start of the next) is not an overlap.
      if (prev.end === null || compareDates(cur.start, prev.end) < 0) {
        problems.push(
          `${office}: ${prev.entity} (${prev.start}–${prev.end ?? 'today'}) overlaps ${cur.entity} (from ${cur.start})`,
        );
      }
    }
  }
  return problems;
}

/** Ids that are not in ascending order (source files and the bundle keep entities sorted by id). */
export function unsortedIds(ids: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < ids.length; i++) {
    if (ids[i - 1]! >= ids[i]!) out.push(`${ids[i - 1]} before ${ids[i]}`);
  }
  return out;
}

/** All lint findings for a compiled bundle, each a readable message. */
export function lintBundle(bundle: KnowledgeBundle): string[] {
  const out: string[] = [];
  for (const { key, claims } of aliasCollisions(bundle.entities)) {
    out.push(
      `alias "${key}" is claimed by ${claims.map((c) => c.entity).join(', ')}; mark it needsCue on all of them or drop it`,
    );
  }
  out.push(...overlappingTerms(bundle));
  out.push(...unsortedIds(bundle.entities.map((e) => e.id)).map((m) => `entities not sorted by id: ${m}`));
  return out;
}
