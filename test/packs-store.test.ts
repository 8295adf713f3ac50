import { describe, expect, it } from 'vitest';
import type { MatchIndex } from '../lib/match/index-types';
import {
  addPack,
  enabledBundles,
  exportFileName,
  exportPack,
  importPack,
  packsSignature,
  parseStoredPacks,
  pickPacksIndex,
  removePack,
  restorePack,
  setPackEnabled,
  summarizePack,
} from '../lib/packs-store';
import { samplePack } from './options/fixtures';

const BUNDLED = samplePack('Kontext');
BUNDLED.entities = [];

const NOW = new Date('2025-03-01T10:00:00Z');
const LATER = new Date('2025-04-02T08:30:00Z');

describe('packs store', () => {
  it('imports a valid pack, switched on, stamped with the import time', () => {
    const r = importPack(JSON.stringify(samplePack()), 'pack.json', [], NOW, BUNDLED);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.replaced).toBe(false);
    expect(r.packs).toHaveLength(1);
    expect(r.pack).toMatchObject({
      name: 'Lokalpolitik Testhausen',
      enabled: true,
      importedAt: NOW.toISOString(),
    });
    expect(r.pack.bundle.entities.map((e) => e.id)).toEqual([
      'erika-testfrau',
      'testhausen',
      'testhausener-buergerbund',
    ]);
  });

  it('rejects a broken pack with every problem, naming entry and field, and changes nothing', () => {
    const bad = samplePack() as unknown as { entities: Record<string, unknown>[] };
    bad.entities[0]!.type = 'animal';
    bad.entities[2]!.wikidata = 'X12';
    const stored = [addPack([], samplePack('Alt'), NOW).pack];
    const before = JSON.stringify(stored);
    const r = importPack(JSON.stringify(bad), 'bad.json', stored, NOW, BUNDLED);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.length).toBeGreaterThanOrEqual(2);
    expect(r.errors.some((e) => e.includes('entities[0] (erika-testfrau).type'))).toBe(true);
    expect(r.errors.some((e) => e.includes('entities[2] (testhausener-buergerbund).wikidata'))).toBe(true);
    expect(r.errors.every((e) => e.startsWith('bad.json: '))).toBe(true);
    expect(JSON.stringify(stored)).toBe(before);
  });

  it('reports a file that is not JSON under the file name', () => {
    const r = importPack('{"name": "x",', 'kaputt.json', [], NOW, BUNDLED);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^kaputt\.json: not valid JSON/);
  });

  it('lets a pack point at bundled offices, which a pack on its own could not', () => {
    const bundled = samplePack('Kontext');
    bundled.offices = [
      {
        id: 'de.testhausen.mayor',
        label: { de: 'Bürgermeister von Testhausen', en: 'Mayor of Testhausen' },
        jurisdiction: 'DE',
        phrases: [],
        source: { cite: 'wikidata:Q64', asOf: '2025-01-15' },
      },
    ];
    const pack = samplePack('Amt');
    pack.entities = [pack.entities[0]!];
    pack.entities[0]!.roles = [
      {
        office: 'de.testhausen.mayor',
        title: { de: 'Bürgermeisterin', en: 'Mayor' },
        start: '2020-05-01',
        end: null,
        source: { cite: 'wikidata:Q64', asOf: '2025-01-15' },
      },
    ];
    expect(importPack(JSON.stringify(pack), 'amt.json', [], NOW, bundled).ok).toBe(true);
    const alone = importPack(JSON.stringify(pack), 'amt.json', [], NOW, BUNDLED);
    expect(alone.ok).toBe(false);
    if (!alone.ok) expect(alone.errors.join('\n')).toContain('roles[0].office: unknown office');
  });

  it('reports cross-entry problems (duplicate ids)', () => {
    const pack = samplePack();
    pack.entities.push({ ...pack.entities[0]! });
    const r = importPack(JSON.stringify(pack), 'dup.json', [], NOW, BUNDLED);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain('duplicate id');
  });

  it('refuses the name of the bundled knowledge', () => {
    const r = importPack(JSON.stringify(samplePack('kontext')), 'k.json', [], NOW, BUNDLED);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toContain('name of the bundled knowledge');
  });

  it('accepts a leading byte-order mark', () => {
    expect(importPack(`\uFEFF${JSON.stringify(samplePack())}`, 'bom.json', [], NOW, BUNDLED).ok).toBe(true);
  });

  it('replaces a pack of the same name in place and switches it back on', () => {
    let packs = addPack([], samplePack('A'), NOW).packs;
    packs = addPack(packs, samplePack('B'), NOW).packs;
    packs = setPackEnabled(packs, 'A', false);
    const newer = samplePack('A');
    newer.entities.pop();
    const r = addPack(packs, newer, LATER);
    expect(r.replaced).toBe(true);
    expect(r.packs.map((p) => p.name)).toEqual(['A', 'B']);
    expect(r.packs[0]).toMatchObject({ enabled: true, importedAt: LATER.toISOString() });
    expect(r.packs[0]!.bundle.entities).toHaveLength(2);
  });

  it('toggles, removes and restores without touching the other packs', () => {
    const packs = addPack(addPack([], samplePack('A'), NOW).packs, samplePack('B'), NOW).packs;
    const off = setPackEnabled(packs, 'B', false);
    expect(off.map((p) => p.enabled)).toEqual([true, false]);
    expect(packs.map((p) => p.enabled)).toEqual([true, true]);
    expect(enabledBundles(off).map((b) => b.name)).toEqual(['A']);
    const removed = removePack(off, 'A');
    expect(removed.map((p) => p.name)).toEqual(['B']);
    expect(restorePack(removed, off[0]!, 0).map((p) => p.name)).toEqual(['A', 'B']);
  });

  it('exports the bundle in the import schema, so export → import round-trips', () => {
    const { pack } = addPack([], samplePack('Meine Liste: Ärzte & Ämter'), NOW);
    const file = exportPack(pack);
    expect(file.fileName).toBe('kontext-pack-meine-liste-arzte-amter.json');
    const again = importPack(file.json, file.fileName, [], LATER, BUNDLED);
    expect(again.ok && again.pack.bundle).toEqual(pack.bundle);
    expect(exportFileName('∆∆∆')).toBe('kontext-pack-export.json');
  });

  it('counts entities by type', () => {
    const s = summarizePack(addPack([], samplePack(), NOW).pack);
    expect(s.entityCount).toBe(3);
    expect(s.byType).toEqual({ person: 1, place: 1, organisation: 1, term: 0 });
    expect(s.asOf).toBe('2025-01-15');
  });

  it('keeps only well-formed entries from damaged storage', () => {
    const good = addPack([], samplePack('A'), NOW).pack;
    expect(parseStoredPacks(undefined)).toEqual([]);
    expect(parseStoredPacks({})).toEqual([]);
    const parsed = parseStoredPacks([
      good,
      { ...good }, // duplicate name
      { name: 'B', bundle: { entities: 'x' } },
      null,
      { name: 'C', bundle: samplePack('C') },
    ]);
    expect(parsed.map((p) => p.name)).toEqual(['A', 'C']);
    expect(parsed[1]).toMatchObject({ enabled: true, importedAt: '' });
  });
});

describe('precompiled packs index', () => {
  const index = {
    format: 'kontext-match-index',
    version: 1,
    name: 'Kontext',
    asOf: '2026-05-01',
    entries: [{ key: 'x', entity: 'x', alias: 'x', flags: 0 }],
    byFirst: {},
    heads: [],
    tails: [],
    cues: {},
    dropped: [],
  } as unknown as MatchIndex;

  it('changes with the build, the bundled index and each enabled pack, not with disabled ones', () => {
    const packs = addPack(addPack([], samplePack('A'), NOW).packs, samplePack('B'), NOW).packs;
    const sig = packsSignature('0.1.0', index, packs);
    expect(packsSignature('0.1.0', index, packs)).toBe(sig);
    expect(packsSignature('0.1.1', index, packs)).not.toBe(sig);
    expect(packsSignature('0.1.0', { ...index, asOf: '2026-06-01' }, packs)).not.toBe(sig);
    expect(packsSignature('0.1.0', index, setPackEnabled(packs, 'B', false))).not.toBe(sig);
    expect(packsSignature('0.1.0', index, addPack(packs, samplePack('B'), LATER).packs)).not.toBe(sig);
    expect(packsSignature('0.1.0', index, [...packs].reverse())).not.toBe(sig);
    const offB = setPackEnabled(packs, 'B', false);
    expect(packsSignature('0.1.0', index, offB)).toBe(packsSignature('0.1.0', index, removePack(packs, 'B')));
  });

  it('hands out a stored index only for its own signature and shape', () => {
    expect(pickPacksIndex({ signature: 's', index }, 's')).toBe(index);
    expect(pickPacksIndex({ signature: 's', index }, 't')).toBeNull();
    expect(pickPacksIndex({ signature: 's', index: { ...index, format: 'x' } }, 's')).toBeNull();
    expect(pickPacksIndex(undefined, 's')).toBeNull();
  });
});
