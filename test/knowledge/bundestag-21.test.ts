// The people (and one group) imported from the newer OpenParliamentTV copy (commit 30019163, 21st
// Bundestag): cited to that commit's lines, no ordinary German word as an alias, no Wikidata id twice.
// The checks against the cached file itself skip cleanly where the cache is missing.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../lib/knowledge/build';
import { aliasKey } from '../../lib/knowledge/lint';
import type { Entity } from '../../lib/knowledge/types';
import { ORDINARY_SURNAMES, surnameOf, surnameProblem } from '../../scripts/knowledge-import/bundestag';
import { SOURCES_DIR } from '../../scripts/knowledge-import/common';
import {
  importNewerOptv,
  NEWER_FILE,
  newerOptvPath,
  OPTV_NEWER_AS_OF,
  OPTV_NEWER_COMMIT,
  readNewerOptv,
} from '../../scripts/knowledge-import/optv-newer';
import { loadSourceFiles } from './load-sources';

const FILE = `imported/${NEWER_FILE}`;
const files = loadSourceFiles();
const newer =
  (files.find((f) => f.path === FILE)?.data as { entities: Entity[] } | undefined)?.entities ?? [];
const entitiesOf = (f: (typeof files)[number]): Entity[] => {
  const d = f.data as { entities?: Entity[]; overrides?: { action: string; entity: unknown }[] };
  const added = (d.overrides ?? []).filter((o) => o.action === 'addEntity').map((o) => o.entity as Entity);
  return [...(d.entities ?? []), ...added];
};
const others = files.filter((f) => f.path !== FILE).flatMap(entitiesOf);
const OLDER = join(SOURCES_DIR, 'OpenParliamentTV/OpenParliamentTV-Data-DE/metadata/entities.json');
const CACHE = newerOptvPath();

describe('people from the newer OpenParliamentTV copy (21st Bundestag)', () => {
  it('are there: members of the 21st Bundestag the older copy lacked', () => {
    expect(newer.length).toBeGreaterThan(150);
    const labels = new Set(newer.map((e) => e.label.de));
    for (const name of ['Caroline Bosbach', 'Ruben Rupp', 'Luigi Pantisano']) expect(labels).toContain(name);
  });

  it('cite a line of the newer commit, dated no earlier than the 21st Bundestag', () => {
    const cite = new RegExp(
      `^OpenParliamentTV/OpenParliamentTV-Data-DE@${OPTV_NEWER_COMMIT}:metadata/entities\\.json#L\\d+$`,
    );
    for (const e of newer) {
      expect(e.source.cite, e.id).toMatch(cite);
      expect(e.source.asOf, e.id).toBe(OPTV_NEWER_AS_OF);
      expect(e.source.note, e.id).toMatch(/21st Bundestag/);
    }
  });

  it('claim no ordinary German word, short word or first name as a bare name', () => {
    for (const e of newer.filter((x) => x.type === 'person')) {
      for (const a of e.aliases.filter((x) => !x.text.includes(' '))) {
        expect(a.needsCue || a.caseSensitive, `${e.id} "${a.text}"`).toBe(true);
        if (a.caseSensitive) continue; // initialisms such as AKK
        expect(ORDINARY_SURNAMES.has(a.text), `${e.id} "${a.text}"`).toBe(false);
        expect(surnameProblem(a.text, new Set()), `${e.id} "${a.text}"`).toBeNull();
      }
    }
  });

  it('add no Wikidata id, id or name twice, nor one the rest of the knowledge has', () => {
    const qids = newer.map((e) => e.wikidata);
    expect(new Set(qids).size).toBe(qids.length);
    expect(new Set(newer.map((e) => e.id)).size).toBe(newer.length);
    const known = new Set(others.map((e) => e.wikidata).filter(Boolean));
    const ids = new Set(others.map((e) => e.id));
    // Names as the build leaves them: cited overrides may drop an alias ("BSW" now names the party).
    const newerIds = new Set(newer.map((e) => e.id));
    const built = buildBundle(files, '2026-11-26').bundle!.entities;
    const names = new Set(
      built
        .filter((e) => !newerIds.has(e.id))
        .flatMap((e) => [e.label.de, ...e.aliases.map((a) => a.text)])
        .map(aliasKey),
    );
    for (const e of built.filter((x) => newerIds.has(x.id))) {
      expect(known.has(e.wikidata), e.id).toBe(false);
      expect(ids.has(e.id), e.id).toBe(false);
      for (const a of e.aliases) expect(names.has(aliasKey(a.text)), `${e.id} "${a.text}"`).toBe(false);
    }
  });

  it('leave no older speaker a bare surname a newer one bears (Wolfgang and Caroline Bosbach)', () => {
    const surnames = new Set(
      newer.filter((e) => e.type === 'person').map((e) => aliasKey(surnameOf(e.label.de))),
    );
    const older = files.find((f) => f.path === 'imported/people-bundestag.json')?.data as {
      entities: Entity[];
    };
    for (const e of older.entities) {
      for (const a of e.aliases.filter((x) => x.needsCue))
        expect(surnames.has(aliasKey(a.text)), `${e.id} "${a.text}"`).toBe(false);
    }
    expect(older.entities.find((e) => e.id === 'wolfgang-bosbach')?.aliases.map((a) => a.text)).not.toContain(
      'Bosbach',
    );
  });

  it.skipIf(!existsSync(OLDER))('take no Wikidata id the older copy has', () => {
    const older = readFileSync(OLDER, 'utf8');
    for (const e of newer) expect(older.includes(`"id": "${e.wikidata}"`), e.id).toBe(false);
  });

  it('refuse a cache that is not the file (wrong length)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kontext-optv-'));
    const path = join(dir, 'entities.json');
    writeFileSync(path, JSON.stringify({ meta: { people_count: 0 }, data: [] }));
    expect(() => readNewerOptv(path)).toThrow(/characters/);
  });

  describe.skipIf(!CACHE)('against the cached file', () => {
    it('cite the line of each entity’s own row', () => {
      const lines = readFileSync(CACHE!, 'utf8').split('\n');
      for (const e of newer) {
        const line = Number(e.source.cite.split('#L')[1]);
        expect(lines[line - 1], e.id).toContain(`"id": "${e.wikidata}"`);
      }
    });

    it.skipIf(!existsSync(OLDER))(
      'match what the importer makes from the other files (re-running changes nothing)',
      () => {
        expect(importNewerOptv(readNewerOptv(CACHE!), others).entities).toEqual(newer);
      },
    );
  });
});
