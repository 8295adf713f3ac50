// Hand-kept corrections on top of the imported open data: what changed after the 2022 snapshots
// (Belousov for Schoigu, Trump's second term …) or what the data gets wrong. Every row carries its
// own source; a row without one is rejected by the schema, so the build fails on it.
import * as v from 'valibot';
import { aliasKey } from './lint';
import { AliasSchema, EntitySchema, LocalizedSchema, RoleSchema, SourceSchema } from './schema';
import type { Alias, Entity } from './types';

const entityId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'must be an entity id'));

export const OverrideSchema = v.variant('action', [
  v.object({ action: v.literal('addEntity'), entity: EntitySchema, source: SourceSchema }),
  v.object({ action: v.literal('addRole'), entity: entityId, role: RoleSchema, source: SourceSchema }),
  v.object({
    action: v.literal('endRole'),
    entity: entityId,
    /** null ends the one open role without an office record (imported military posts). */
    office: v.nullable(v.string()),
    /** Which term to end when the person held the office more than once. */
    start: v.optional(v.string()),
    end: v.string(),
    source: SourceSchema,
  }),
  /**
   * A spelling the news uses that the data lacks. An alias another entity also claims must be
   * needsCue, and the entity must have cues (here or already) that license it: see aliasRowProblems.
   */
  v.object({
    action: v.literal('addAlias'),
    entity: entityId,
    alias: AliasSchema,
    cues: v.optional(v.array(v.pipe(v.string(), v.trim(), v.minLength(1)))),
    source: SourceSchema,
  }),
  /**
   * Corrects an imported role's dates ("2017" → "2017-03-19") or title, or confirms that an open
   * role still holds: the role picked by office (and start, where the person held it more than once) takes the
   * row's `set` values, and its `asOf` moves to the row's when that is later.
   */
  v.object({
    action: v.literal('fixRole'),
    entity: entityId,
    office: v.nullable(v.string()),
    start: v.optional(v.string()),
    set: v.optional(
      v.object({
        start: v.optional(v.nullable(v.string())),
        end: v.optional(v.nullable(v.string())),
        /** A German title where the import has only the English one ("Supreme Leader of Iran (Iran)"). */
        title: v.optional(LocalizedSchema),
      }),
    ),
    source: SourceSchema,
  }),
  v.object({ action: v.literal('dropAlias'), entity: entityId, text: v.string(), source: SourceSchema }),
  v.object({ action: v.literal('dropEntity'), entity: entityId, source: SourceSchema }),
  /** An imported entity's template description stops being true once overrides change its roles. */
  /** Words that license the entity's cue-bound aliases ("Ministerpräsident" before "Söder"). */
  v.object({
    action: v.literal('addCues'),
    entity: entityId,
    cues: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1))), v.minLength(1)),
    source: SourceSchema,
  }),
  /** Labels the data gets wrong for German readers (an all-caps party name). */
  v.object({ action: v.literal('setLabel'), entity: entityId, label: LocalizedSchema, source: SourceSchema }),
  v.object({
    action: v.literal('setDescription'),
    entity: entityId,
    description: LocalizedSchema,
    source: SourceSchema,
  }),
]);

export const OverridesFileSchema = v.object({ overrides: v.array(OverrideSchema) });
export type Override = v.InferOutput<typeof OverrideSchema>;

/** Applies rows in order; returns the new list and a message for every row that found nothing to change. */
export function applyOverrides(
  entities: readonly Entity[],
  rows: readonly Override[],
): { entities: Entity[]; errors: string[] } {
  const byId = new Map(entities.map((e) => [e.id, structuredClone(e)]));
  const errors: string[] = [];
  rows.forEach((row, i) => {
    const at = `overrides[${i}] (${row.action} ${row.action === 'addEntity' ? row.entity.id : row.entity})`;
    if (row.action === 'addEntity') {
      if (byId.has(row.entity.id)) errors.push(`${at}: entity already exists`);
      else byId.set(row.entity.id, row.entity as Entity);
      return;
    }
    const e = byId.get(row.entity);
    if (!e) {
      errors.push(`${at}: unknown entity`);
      return;
    }
    switch (row.action) {
      case 'addRole':
        e.roles.push(row.role);
        e.roles.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
        break;
      case 'endRole': {
        const open = e.roles.filter(
          (r) => r.office === row.office && r.end === null && (!row.start || r.start === row.start),
        );
        if (open.length !== 1) {
          errors.push(`${at}: expected one open role for ${row.office}, found ${open.length}`);
          break;
        }
        const role = open[0]!;
        role.end = row.end;
        role.source = {
          ...role.source,
          note: [role.source.note, `End ${row.end}: ${row.source.cite}`].filter(Boolean).join(' · '),
        };
        break;
      }
      case 'fixRole': {
        const match = e.roles.filter((r) => r.office === row.office && (!row.start || r.start === row.start));
        if (match.length !== 1) {
          errors.push(
            `${at}: expected one role for ${row.office}${row.start ? ` from ${row.start}` : ''}, found ${match.length}`,
          );
          break;
        }
        const role = match[0]!;
        const set = row.set ?? {};
        const changes: string[] = [];
        if (set.start !== undefined && set.start !== role.start)
          changes.push(`start ${role.start} → ${set.start}`);
        if (set.end !== undefined && set.end !== role.end) changes.push(`end ${role.end} → ${set.end}`);
        if (set.title && set.title.de !== role.title.de)
          changes.push(`title "${role.title.de}" → "${set.title.de}"`);
        const confirms = row.source.asOf > role.source.asOf;
        if (changes.length === 0 && !confirms) {
          errors.push(`${at}: changes nothing (same dates, asOf not later)`);
          break;
        }
        if (set.start !== undefined) role.start = set.start;
        if (set.end !== undefined) role.end = set.end;
        if (set.title) role.title = set.title;
        e.roles.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
        const asOf = confirms ? row.source.asOf : role.source.asOf;
        // Corrected dates come from the row's source, which the role now cites; the data it replaced
        // stays in the note. A confirmation keeps the role's own citation.
        role.source = changes.length
          ? {
              cite: row.source.cite,
              asOf,
              note: [`${changes.join(', ')} (was: ${role.source.cite})`, row.source.note]
                .filter(Boolean)
                .join(' · '),
            }
          : {
              ...role.source,
              asOf,
              note: [role.source.note, `Confirmed as of ${asOf}: ${row.source.cite}`, row.source.note]
                .filter(Boolean)
                .join(' · '),
            };
        break;
      }
      case 'addAlias': {
        // Same text only: "Grüne" may join a case-sensitive "GRÜNE" (they match different words).
        if (e.aliases.some((a) => a.text === row.alias.text)) {
          errors.push(`${at}: alias "${row.alias.text}" is already listed`);
          break;
        }
        e.aliases.push(row.alias as Alias);
        for (const cue of row.cues ?? []) if (!e.cues.includes(cue)) e.cues.push(cue);
        break;
      }
      case 'dropAlias': {
        const before = e.aliases.length;
        e.aliases = e.aliases.filter((a) => a.text !== row.text);
        if (e.aliases.length === before) errors.push(`${at}: alias "${row.text}" not found`);
        break;
      }
      case 'dropEntity':
        byId.delete(row.entity);
        break;
      case 'setDescription':
        e.description = row.description;
        break;
      case 'addCues':
        for (const cue of row.cues) if (!e.cues.includes(cue)) e.cues.push(cue);
        break;
      case 'setLabel':
        e.label = row.label;
        break;
    }
  });
  return { entities: [...byId.values()], errors: [...errors, ...aliasRowProblems([...byId.values()], rows)] };
}

/**
 * An added alias that another entity also claims ("Kim", "Grüne") must be declared ambiguous:
 * needsCue, on an entity whose cues can license it. A cue-bound alias on an entity without any cue
 * could only link next to the full name, which is rarely what the row meant.
 */
export function aliasRowProblems(entities: readonly Entity[], rows: readonly Override[]): string[] {
  const claims = new Map<string, string[]>();
  for (const e of entities) {
    for (const key of new Set(e.aliases.map((a) => aliasKey(a.text)))) {
      const list = claims.get(key);
      if (list) list.push(e.id);
      else claims.set(key, [e.id]);
    }
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out: string[] = [];
  rows.forEach((row, i) => {
    if (row.action !== 'addAlias') return;
    const e = byId.get(row.entity);
    if (!e) return;
    const at = `overrides[${i}] (addAlias ${row.entity} "${row.alias.text}")`;
    const others = (claims.get(aliasKey(row.alias.text)) ?? []).filter((id) => id !== row.entity);
    if (others.length && !row.alias.needsCue) {
      out.push(`${at}: also an alias of ${others.join(', ')}; declare it needsCue with cues or drop it`);
    }
    if (row.alias.needsCue && e.cues.length === 0) {
      out.push(`${at}: needsCue alias on an entity without cues; give the row cues`);
    }
  });
  return out;
}
