// The newer OpenParliamentTV entities.json (commit 30019163, with the members of the 21st Bundestag)
// is not in ../shared/knowledge-sources: the repository is too large to fetch, so it was read page by
// page from a public file index into a cache outside the project (third-party data never enters the
// project tree). Only what the older copy lacks is imported, through the same rules as the older copy
// (bundestag.ts for people, optv.ts for organisations and terms), into imported/bundestag-21.json.
// Without the cache that file is kept as committed, never emptied.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, Source } from '../../lib/knowledge/types';
import { type BundestagImport, bundestagPeople, speakerNote } from './bundestag';
import { ROOT } from './common';
import {
  OPTV_PATH,
  OPTV_REPO,
  type OptvData,
  type OptvInput,
  optvEntities,
  optvRows,
  parseOptv,
} from './optv';

export const OPTV_NEWER_COMMIT = '30019163320add65be440fa96bdbd5505a8dde17';
/** Length of the file as the index reports it (characters): a cache of another length is not this file. */
export const OPTV_NEWER_CHARS = 545_544;
/** Its date is unknown: it lists members of the 21st Bundestag, which first met on 25 March 2025. */
export const OPTV_NEWER_AS_OF = '2025-03-25';
export const OPTV_NEWER_NOTE =
  'Snapshot date of OpenParliamentTV commit 30019163 unknown; it lists members of the 21st Bundestag (constituted 25 March 2025), so 25 March 2025 or later.';
export const NEWER_FILE = 'bundestag-21.json';
const CACHE_NAME = 'optv-30019163-entities.json';

/** The cache: $KONTEXT_OPTV_NEWER, else a `cache` folder beside the checkout, else /work/cache. */
export function newerOptvPath(): string | null {
  const candidates = process.env.KONTEXT_OPTV_NEWER
    ? [process.env.KONTEXT_OPTV_NEWER]
    : [join(ROOT, '../cache', CACHE_NAME), join('/work/cache', CACHE_NAME)];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** The cached file, checked against the index's length and its own `meta` counts. */
export function readNewerOptv(path: string): OptvData {
  const text = readFileSync(path, 'utf8');
  if (text.length !== OPTV_NEWER_CHARS) {
    throw new Error(`${path}: ${text.length} characters, expected ${OPTV_NEWER_CHARS}`);
  }
  const meta = (JSON.parse(text) as { meta: Record<string, number> }).meta;
  const data = parseOptv(text);
  const count = (type: string) => data.items.filter((r) => r.type === type).length;
  const counted = [count('person'), count('organisation'), count('term'), data.items.length];
  const expected = [meta.people_count, meta.organisations_count, meta.terms_count, meta.total_count];
  if (counted.join() !== expected.join()) {
    throw new Error(`${path}: counts ${counted.join('/')} differ from its meta block ${expected.join('/')}`);
  }
  return data;
}

/** `owner/repo@commit:path#Lline` for a line of the newer file (the cache keeps its line breaks). */
export function newerCite(line: number | undefined): string {
  return `${OPTV_REPO}@${OPTV_NEWER_COMMIT}:${OPTV_PATH}${line ? `#L${line}` : ''}`;
}

export interface NewerImport {
  entities: Entity[];
  people: BundestagImport;
  organisations: number;
  /** Rows of the newer file whose Wikidata id the older copy lacks. */
  newRows: number;
}

/**
 * People, organisations and terms whose Wikidata id the older copy lacks. `existing` is everything
 * else (hand-kept, the rest of the import and the older speakers): the newer rows yield to all of it.
 */
export function importNewerOptv(data: OptvData, existing: readonly Entity[]): NewerImport {
  const older = new Set(optvRows().items.map((r) => r.id));
  const input: OptvInput = {
    data,
    only: (row) => !older.has(row.id),
    source: (row, line): Source => ({
      cite: newerCite(line),
      asOf: OPTV_NEWER_AS_OF,
      note: row.type === 'person' ? speakerNote(OPTV_NEWER_NOTE, row) : OPTV_NEWER_NOTE,
    }),
  };
  const known = new Set(existing.map((e) => e.wikidata).filter((q): q is string => !!q));
  const ids = new Set(existing.map((e) => e.id));
  const orgs = optvEntities(input).filter((e) => !known.has(e.wikidata ?? '') && !ids.has(e.id));
  const people = bundestagPeople([...existing, ...orgs], input);
  return {
    entities: [...orgs, ...people.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    people,
    organisations: orgs.length,
    newRows: data.items.filter((r) => !older.has(r.id)).length,
  };
}

/** The committed output, read before the import clears its folder, to write back when the cache is missing. */
export function committedNewer(outDir: string): string | null {
  const file = join(outDir, NEWER_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}
