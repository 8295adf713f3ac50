// The knowledge data is linted like code: schema, unique ids, sorted files, alias collisions,
// overlapping terms, sources, and coverage of every entity of the seed article's gold file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../lib/knowledge/build';
import { aliasCollisions, aliasKey, overlappingTerms, unsortedIds } from '../../lib/knowledge/lint';
import type { Entity } from '../../lib/knowledge/types';
import { loadSourceFiles } from './load-sources';

const files = loadSourceFiles();
const built = buildBundle(files, '2026-11-26');
const bundle = built.bundle!;
const byId = new Map((bundle?.entities ?? []).map((e) => [e.id, e]));

describe('knowledge source files', () => {
  it('build without a single error', () => {
    expect(built.errors).toEqual([]);
    expect(bundle).not.toBeNull();
  });

  it('keep entities and offices sorted by id inside every file', () => {
    for (const f of files) {
      const d = f.data as { entities?: Entity[]; offices?: { id: string }[] };
      const list = d.entities ?? d.offices ?? [];
      expect(unsortedIds(list.map((e) => e.id)), f.path).toEqual([]);
    }
  });

  it('give every Wikidata id to one entity only', () => {
    const seen = new Map<string, string>();
    for (const e of bundle.entities) {
      if (!e.wikidata) continue;
      expect(seen.get(e.wikidata), `${e.id} and ${seen.get(e.wikidata)} share ${e.wikidata}`).toBeUndefined();
      seen.set(e.wikidata, e.id);
    }
  });

  it('never use a bare number as an alias', () => {
    for (const e of bundle.entities)
      for (const a of e.aliases) expect(a.text, e.id).not.toMatch(/^[\d\s.,/-]+$/);
  });

  it('give every entity German and English labels and descriptions, and people a dated role', () => {
    const missing: string[] = [];
    for (const e of bundle.entities) {
      if (!e.label.de || !e.label.en || !e.description.de || !e.description.en) missing.push(`${e.id}: text`);
      const dated = e.roles.some((r) => r.start);
      // Journalists named in bylines have no office; every politician must have one.
      // Bundestag speakers from OpenParliamentTV: the data has no office or dates, so none is claimed.
      const speaker = e.roles.length === 0 && e.source.cite.includes('OpenParliamentTV-Data-DE@');
      if (
        e.type === 'person' &&
        !dated &&
        !speaker &&
        !e.cues.includes('Berichterstattung') &&
        !e.id.startsWith('journalist-')
      )
        missing.push(`${e.id}: role`);
    }
    expect(missing).toEqual([]);
  });

  it('reject a role without a source', () => {
    const shoigu = files.find((f) => f.path === 'people-ru.json')!;
    const broken = structuredClone(shoigu.data) as { entities: Entity[] };
    const at = broken.entities.findIndex((e) => e.id === 'sergei-shoigu');
    delete (broken.entities[at]!.roles[0] as { source?: unknown }).source;
    const result = buildBundle(
      [...files.filter((f) => f !== shoigu), { path: 'people-ru.json', data: broken }],
      '2026-11-26',
    );
    expect(result.bundle).toBeNull();
    expect(result.errors.join('\n')).toContain(
      `people-ru.json: entities[${at}] (sergei-shoigu).roles[0].source`,
    );
  });

  it('apply overrides/<domain>.json after overrides.json, and name the file of a broken row', () => {
    const src = { cite: 'https://example.org/a (Example, 2025-01-01)', asOf: '2025-01-01' };
    const later = {
      overrides: [
        {
          action: 'setLabel',
          entity: 'sergei-shoigu',
          label: { de: 'Sergei K. Schoigu', en: 'Sergei K. Shoigu' },
          source: src,
        },
      ],
    };
    const ok = buildBundle([...files, { path: 'overrides/zz-test.json', data: later }], '2026-11-26');
    expect(ok.errors).toEqual([]);
    expect(ok.bundle!.entities.find((e) => e.id === 'sergei-shoigu')!.label.de).toBe('Sergei K. Schoigu');
    const broken = { overrides: [{ action: 'endRole', entity: 'sergei-shoigu', end: '2025-01-01' }] };
    const bad = buildBundle([...files, { path: 'overrides/zz-test.json', data: broken }], '2026-11-26');
    expect(bad.bundle).toBeNull();
    expect(bad.errors.join('\n')).toContain('overrides/zz-test.json');
  });
});

describe('seed article facts', () => {
  const role = (id: string, office: string) => byId.get(id)?.roles.filter((r) => r.office === office) ?? [];

  it('date Schoigu as defence minister from 6 November 2012 (not 11 May) to 12 May 2024, then Security Council', () => {
    expect(role('sergei-shoigu', 'ru.minister-of-defence').map((r) => [r.start, r.end])).toEqual([
      ['2012-11-06', '2024-05-12'],
    ]);
    expect(role('sergei-shoigu', 'ru.security-council-secretary').map((r) => [r.start, r.end])).toEqual([
      ['2024-05-12', null],
    ]);
  });

  it('date Austin as Secretary of Defense from 22 January 2021 to 20 January 2025', () => {
    expect(role('lloyd-austin', 'us.secretary-of-defense').map((r) => [r.start, r.end])).toEqual([
      ['2021-01-22', '2025-01-20'],
    ]);
  });

  it('know whom the spokespeople speak for', () => {
    expect(byId.get('john-kirby')?.speaksFor?.[0]?.entity).toBe('lloyd-austin');
    expect(byId.get('steffen-hebestreit')?.speaksFor?.[0]?.entity).toBe('olaf-scholz');
    expect(byId.get('dmitry-peskov')?.speaksFor?.[0]?.entity).toBe('vladimir-putin');
  });

  it('link the surnames Austin and Kirby only with a cue', () => {
    const alias = (id: string, text: string) => byId.get(id)?.aliases.find((a) => a.text === text);
    expect(alias('lloyd-austin', 'Austin')?.needsCue).toBe(true);
    expect(alias('john-kirby', 'Kirby')?.needsCue).toBe(true);
  });

  it('list the transliteration variants with their origin', () => {
    const texts = (id: string) => byId.get(id)?.aliases.map((a) => a.text) ?? [];
    expect(texts('sergei-shoigu')).toEqual(expect.arrayContaining(['Schoigu', 'Shoigu', 'Schojgu']));
    expect(texts('volodymyr-zelensky')).toEqual(
      expect.arrayContaining(['Selenskyj', 'Selenskij', 'Selensky', 'Zelensky', 'Zelenskyy']),
    );
    expect(texts('kyiv')).toEqual(expect.arrayContaining(['Kiew', 'Kyjiw', 'Kyiv']));
    expect(texts('donbas')).toEqual(expect.arrayContaining(['Donbass', 'Donbas']));
  });
});

const CALLS = join(import.meta.dirname, '../../../shared/corpus/calls');
const SEED_GOLD = join(CALLS, 'seed-austin-schoigu-scholz-putin.gold.json');

interface GoldEntity {
  canonical: string;
  type: string;
  surface_forms: string[];
  in_compounds?: string[];
}

/** Finds the entity a gold annotation means: by English label, else by an alias equal to a surface form. */
function findGoldEntity(entities: readonly Entity[], g: GoldEntity): Entity | undefined {
  const canon = aliasKey(g.canonical.replace(/^The /, ''));
  const byLabel = entities.find((e) => aliasKey(e.label.en.replace(/^The /, '')) === canon);
  if (byLabel) return byLabel;
  const forms = [...g.surface_forms, ...(g.in_compounds ?? []).map((c) => c.split('-')[0]!)].map(aliasKey);
  return entities.find((e) =>
    e.aliases.some((a) => forms.some((f) => f === aliasKey(a.text) || f === `${aliasKey(a.text)}s`)),
  );
}

describe.skipIf(!existsSync(SEED_GOLD))('seed article gold (../shared/corpus)', () => {
  const gold = existsSync(SEED_GOLD)
    ? (JSON.parse(readFileSync(SEED_GOLD, 'utf8')) as { entities: GoldEntity[] })
    : null;
  it('has every gold person, place, organisation and term, with the gold type', () => {
    const missing: string[] = [];
    for (const g of gold?.entities ?? []) {
      const e = findGoldEntity(bundle.entities, g);
      if (!e) missing.push(g.canonical);
      else if (e.type !== g.type) missing.push(`${g.canonical}: type ${e.type} ≠ ${g.type}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('knowledge lint on the bundled data', () => {
  it('has no alias claimed by two entities unless all of them need a cue', () => {
    expect(aliasCollisions(bundle.entities).map((c) => c.key)).toEqual([]);
  });

  it('has no overlapping terms in a single-holder office, and the key offices are single-holder', () => {
    expect(overlappingTerms(bundle)).toEqual([]);
    const single = new Set(bundle.offices.filter((o) => o.singleHolder).map((o) => o.id));
    for (const id of [
      'ru.minister-of-defence',
      'us.secretary-of-defense',
      'de.chancellor',
      'us.president',
      'ru.president',
    ]) {
      expect(single.has(id), id).toBe(true);
    }
  });

  it('orders every role: start before end', () => {
    for (const e of bundle.entities) {
      for (const r of e.roles)
        if (r.start && r.end)
          expect(r.start <= r.end || r.end.startsWith(r.start.slice(0, r.end.length)), e.id).toBe(true);
    }
  });

  it('has more than 1,000 entities, each with a source', () => {
    expect(bundle.entities.length).toBeGreaterThan(1000);
    for (const e of bundle.entities) expect(e.source.cite, e.id).not.toBe('');
  });
});
