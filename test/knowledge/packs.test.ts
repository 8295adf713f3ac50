import { describe, expect, it } from 'vitest';
import { mergePacks, validatePack } from '../../lib/knowledge/packs';
import type { KnowledgeBundle } from '../../lib/knowledge/types';

const src = { cite: 'https://example.org/x (Example, 2024-01-01)', asOf: '2024-01-01' };
const bundled: KnowledgeBundle = {
  asOf: '2026-01-01',
  name: 'Kontext',
  offices: [],
  entities: [
    {
      id: 'sergei-shoigu',
      type: 'person',
      label: { de: 'Sergei Schoigu', en: 'Sergei Shoigu' },
      description: { de: 'Bundled.', en: 'Bundled.' },
      aliases: [{ text: 'Schoigu', origin: 'listed' }],
      roles: [],
      wikidata: 'Q32024',
      wikipedia: { de: 'Sergei Schoigu' },
      cues: [],
      source: src,
    },
  ],
};

const packEntity = {
  id: 'schoigu',
  type: 'person',
  label: { de: 'Sergei Schoigu', en: 'Sergei Shoigu' },
  description: { de: 'Aus dem Pack.', en: 'From the pack.' },
  aliases: [{ text: 'Schoigu-Pack', origin: 'listed' }],
  roles: [],
  wikidata: 'Q32024',
  wikipedia: { de: null },
  cues: [],
  source: src,
};

describe('knowledge packs', () => {
  it('rejects broken JSON and bad entries with messages naming entry and field', () => {
    const r1 = validatePack('{', 'my.json', bundled);
    expect(!r1.ok && r1.errors[0]).toMatch(/^my\.json: not valid JSON/);
    const bad = { name: 'Mine', entities: [{ ...packEntity, type: 'thing' }] };
    const r2 = validatePack(JSON.stringify(bad), 'my.json', bundled);
    expect(!r2.ok && r2.errors[0]).toMatch(/^my\.json: entities\[0\] \(schoigu\)\.type/);
  });

  it('does not touch the bundled knowledge when a pack fails', () => {
    const before = JSON.stringify(bundled);
    validatePack(JSON.stringify({ entities: [{ id: 'x' }] }), 'p.json', bundled);
    expect(JSON.stringify(bundled)).toBe(before);
  });

  it('merges a valid pack over the bundled entity with the same Wikidata id', () => {
    const r = validatePack(JSON.stringify({ name: 'Mine', entities: [packEntity] }), 'my.json', bundled);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const merged = mergePacks(bundled, [r.bundle]);
    expect(merged.entities).toHaveLength(1);
    const e = merged.entities[0]!;
    expect(e.id).toBe('sergei-shoigu');
    expect(e.description.de).toBe('Aus dem Pack.');
    expect(e.aliases.map((a) => a.text).sort()).toEqual(['Schoigu', 'Schoigu-Pack']);
    expect(e.wikipedia.de).toBe('Sergei Schoigu');
    expect(merged.name).toBe('Kontext + Mine');
  });

  it('lets a pack point speaksFor at a bundled person', () => {
    const spokes = {
      ...packEntity,
      id: 'erfundene-sprecherin',
      wikidata: null,
      aliases: [{ text: 'Erfundene Sprecherin', origin: 'listed' }],
      speaksFor: [{ entity: 'sergei-shoigu', start: '2020', end: null }],
    };
    expect(validatePack(JSON.stringify({ entities: [spokes] }), 'p.json', bundled).ok).toBe(true);
  });
});

describe('the documented example pack', () => {
  it('validates against the bundled knowledge and merges', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const text = readFileSync(join(import.meta.dirname, '../../examples/example-pack.json'), 'utf8');
    const withScholz: KnowledgeBundle = {
      ...bundled,
      entities: [
        ...bundled.entities,
        {
          ...bundled.entities[0]!,
          id: 'olaf-scholz',
          wikidata: 'Q61053',
          aliases: [{ text: 'Scholz', origin: 'listed' }],
        },
      ],
    };
    const r = validatePack(text, 'example-pack.json', withScholz);
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    const merged = mergePacks(withScholz, [r.bundle]);
    const shoigu = merged.entities.find((e) => e.id === 'sergei-shoigu')!;
    expect(shoigu.aliases.map((a) => a.text)).toContain('Schoigou');
    expect(merged.offices.map((o) => o.id)).toContain('xx.harbour-commissioner');
  });
});

describe('merging roles known twice', () => {
  it('keeps one role when open data and a hand-kept entry describe the same term', async () => {
    const { mergeEntity } = await import('../../lib/knowledge/merge');
    const base = bundled.entities[0]!;
    const term = (office: string | null, start: string) => ({
      office,
      title: { de: 'Gouverneur', en: 'Governor' },
      start,
      end: '2012-11-06',
      source: src,
    });
    const merged = mergeEntity(
      { ...base, roles: [term('ru.governor', '2012-05-11')] },
      { ...base, roles: [term(null, '2012-05-11'), term('ru.governor', '2012')] },
    );
    expect(merged.roles).toHaveLength(1);
    expect(merged.roles[0]!.office).toBe('ru.governor');
  });
});
