// Knowledge packs: JSON files in the bundle's schema that researchers and readers import on the
// options page. A pack is validated as a whole; one that fails changes nothing. Enabled packs are
// merged over the bundled knowledge (a pack entity with the same id or Wikidata id overrides and
// extends the bundled one).
import { lintBundle } from './lint';
import { mergeEntityLists } from './merge';
import { type ValidationResult, validateBundle } from './schema';
import type { KnowledgeBundle, Office } from './types';

/** Upper bound so that a stray huge file cannot stall the options page or fill storage. */
export const MAX_PACK_ENTITIES = 20_000;

/** Parses and validates a pack file's text against the schema, cross-checked with the bundled knowledge. */
export function validatePack(text: string, fileName: string, bundled: KnowledgeBundle): ValidationResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [`${fileName}: not valid JSON (${(err as Error).message})`] };
  }
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const d = data as Record<string, unknown>;
    // A pack may leave out the bundle's bookkeeping fields; fill them so the schema stays one.
    data = {
      offices: [],
      asOf: d.asOf ?? new Date(0).toISOString().slice(0, 10),
      name: d.name ?? fileName,
      ...d,
    };
    const ents = (data as { entities?: unknown }).entities;
    if (Array.isArray(ents) && ents.length > MAX_PACK_ENTITIES) {
      return { ok: false, errors: [`${fileName}: entities: more than ${MAX_PACK_ENTITIES} entries`] };
    }
  }
  const result = validateBundle(data, fileName, {
    knownEntityIds: new Set(bundled.entities.map((e) => e.id)),
    knownOfficeIds: new Set(bundled.offices.map((o) => o.id)),
  });
  if (!result.ok) return result;
  // Alias collisions inside the pack are errors; collisions with bundled entities are the pack's
  // intent (it overrides them), so only the pack is linted here.
  const own = lintBundle({
    ...result.bundle,
    entities: [...result.bundle.entities].sort((a, b) => a.id.localeCompare(b.id)),
  })
    .filter((m) => !m.startsWith('entities not sorted') && !m.includes(' overlaps '))
    .map((m) => `${fileName}: ${m}`);
  return own.length ? { ok: false, errors: own } : result;
}

/** The bundled knowledge with the enabled packs merged over it, in order (a later pack wins). */
export function mergePacks(bundled: KnowledgeBundle, packs: readonly KnowledgeBundle[]): KnowledgeBundle {
  if (packs.length === 0) return bundled;
  const offices = new Map<string, Office>(bundled.offices.map((o) => [o.id, o]));
  for (const p of packs) for (const o of p.offices) offices.set(o.id, o);
  return {
    asOf: bundled.asOf,
    name: [bundled.name, ...packs.map((p) => p.name)].join(' + '),
    entities: mergeEntityLists([bundled.entities, ...packs.map((p) => p.entities)]),
    offices: [...offices.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}
