import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { EntityCard } from '../../components/EntityCard';
import { bundledKnowledge } from '../../lib/knowledge/bundled';
import { validatePack } from '../../lib/knowledge/packs';
import type { Entity, KnowledgeBundle } from '../../lib/knowledge/types';
import { compileIndex } from '../../lib/match/compile';
import { findMentions } from '../../lib/match/find';
import { importPack, type StoredPack } from '../../lib/packs-store';

// Malformed and hostile knowledge packs through the two doors a pack comes in by: validatePack (the
// knowledge module) and importPack (what the options page calls). A bad pack is rejected with a
// message naming the entry and the field; the stored list is left exactly as it was; strings from a
// pack are text, never markup. Pack contents here are invented for the tests.

const NOW = new Date('2026-01-02T03:04:05Z');
const source = { cite: 'wikidata:Q64', asOf: '2025-01-15' };

function person(id: string, name: string): Entity {
  return {
    id,
    type: 'person',
    label: { de: name, en: name },
    description: { de: `${name} ist erfunden.`, en: `${name} is made up.` },
    aliases: [{ text: name, origin: 'label' }],
    roles: [],
    wikidata: null,
    wikipedia: { de: null },
    cues: [],
    source,
  };
}

const pack = (entities: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ name: 'Feindliches Paket', asOf: '2025-01-15', offices: [], entities, ...extra });

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

// What is stored before each import: one good pack. Frozen, so any in-place change throws.
const STORED: StoredPack[] = deepFreeze([
  {
    name: 'Gutes Paket',
    enabled: true,
    importedAt: '2025-01-01T00:00:00.000Z',
    bundle: {
      name: 'Gutes Paket',
      asOf: '2025-01-15',
      offices: [],
      entities: [person('gerda-gut', 'Gerda Gut')],
    },
  },
]);
const STORED_JSON = JSON.stringify(STORED);

/** Imports `text`, expects a rejection, checks the stored list is untouched; returns the messages. */
function rejected(text: string, file = 'feind.json'): string[] {
  const r = importPack(text, file, STORED, NOW, bundledKnowledge);
  expect(r.ok, 'the pack is rejected').toBe(false);
  expect(JSON.stringify(STORED), 'nothing stored changes').toBe(STORED_JSON);
  const errors = r.ok ? [] : r.errors;
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) expect(e.startsWith(`${file}: `), `message names the file: ${e}`).toBe(true);
  const direct = validatePack(text, file, bundledKnowledge);
  expect(direct.ok, 'validatePack agrees').toBe(false);
  return errors;
}

const good = person('hanna-hostil', 'Hanna Hostil');

describe('hostile knowledge packs', () => {
  it('not JSON, not an object, empty', () => {
    for (const text of ['', '{', 'null', '[]', '"pack"', '42', 'true', '{"entities": 5}', '\u0000'])
      expect(rejected(text).join('\n')).toMatch(/feind\.json: /);
  });

  it('wrong types name the entry (index and id) and the field', () => {
    const cases: [unknown, RegExp][] = [
      [{ ...good, label: 5 }, /entities\[1\] \(hanna-hostil\)\.label/],
      [{ ...good, type: 'alien' }, /entities\[1\] \(hanna-hostil\)\.type/],
      [
        { ...good, aliases: [{ text: 7, origin: 'label' }] },
        /entities\[1\] \(hanna-hostil\)\.aliases\[0\]\.text/,
      ],
      [{ ...good, aliases: 'Hanna' }, /entities\[1\] \(hanna-hostil\)\.aliases/],
      [
        { ...good, roles: [{ office: null, title: { de: 'X', en: 'X' }, start: 2022, end: null, source }] },
        /entities\[1\] \(hanna-hostil\)\.roles\[0\]\.start/,
      ],
      [{ ...good, id: 'Hanna Hostil!' }, /entities\[1\].*\.id/],
      [{ ...good, wikidata: 'javascript:alert(1)' }, /entities\[1\] \(hanna-hostil\)\.wikidata/],
      [
        { ...good, source: { cite: 'trust me', asOf: 'gestern' } },
        /entities\[1\] \(hanna-hostil\)\.source\.cite/,
      ],
    ];
    // The bad entity sits second, after a good one, so the index in the message is checked too.
    for (const [entity, message] of cases)
      expect(rejected(pack([person('otto-okay', 'Otto Okay'), entity])).join('\n')).toMatch(message);
  });

  it('duplicate ids, and a duplicate Wikidata id, name both entries', () => {
    const a = person('doppel', 'Dora Doppel');
    expect(rejected(pack([a, { ...a, label: { de: 'D2', en: 'D2' } }])).join('\n')).toMatch(
      /entities\[1\] \(doppel\)\.id: duplicate id \(also entities\[0\]\)/,
    );
    const q1 = { ...person('q-eins', 'Quirin Eins'), wikidata: 'Q123' };
    const q2 = { ...person('q-zwei', 'Quirin Zwei'), wikidata: 'Q123' };
    expect(rejected(pack([q1, q2])).join('\n')).toMatch(/entities\[1\] \(q-zwei\)\.wikidata: Q123/);
  });

  it('more entities than the documented limit are refused before validating them', () => {
    const many = Array.from({ length: 20_001 }, (_, i) => person(`p-${i}`, `Person Nummer${i}`));
    const t0 = performance.now();
    expect(rejected(pack(many)).join('\n')).toMatch(/entities: more than 20000 entries/);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  // Was fault P1 of the robustness report: the schema now limits aliases per entity and string length
  // (lib/knowledge/schema.ts LIMITS).
  it('10 MB of aliases on one entity is rejected, naming the entry and the field', () => {
    const aliases = Array.from({ length: 400_000 }, (_, i) => ({
      text: `Alias${i}x${'y'.repeat(12)}`,
      origin: 'listed',
    }));
    const text = pack([{ ...good, aliases }]);
    expect(text.length).toBeGreaterThan(10_000_000);
    expect(rejected(text).join('\n')).toMatch(/entities\[0\] \(hanna-hostil\)\.aliases/);
  });

  // Was fault P1 as above: a 12 MB description was accepted.
  it('a 12 MB string field is rejected, naming the entry and the field', () => {
    const text = pack([{ ...good, description: { de: 'Sehr lang. '.repeat(1_100_000), en: 'x' } }]);
    expect(rejected(text).join('\n')).toMatch(/entities\[0\] \(hanna-hostil\)\.description/);
  });

  it('a huge pack is at least handled in bounded time without throwing', () => {
    const aliases = Array.from({ length: 400_000 }, (_, i) => ({
      text: `Alias${i}x${'y'.repeat(12)}`,
      origin: 'listed',
    }));
    const text = pack([{ ...good, aliases }]);
    const t0 = performance.now();
    const r = importPack(text, 'gross.json', STORED, NOW, bundledKnowledge);
    const ms = performance.now() - t0;
    console.log(`[packs] ${(text.length / 1e6).toFixed(1)} MB pack: ok=${r.ok} in ${ms.toFixed(0)} ms`);
    expect(JSON.stringify(STORED)).toBe(STORED_JSON);
    expect(ms).toBeLessThan(15_000);
  });

  it('deeply nested JSON and prototype keys do not throw or pollute', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    rejected(deep);
    const proto = `{"name":"Proto","asOf":"2025-01-15","offices":[],"__proto__":{"polluted":true},"entities":[${JSON.stringify(
      good,
    ).replace('{', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},')}]}`;
    const r = importPack(proto, 'proto.json', STORED, NOW, bundledKnowledge);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').toBeUndefined();
    if (r.ok) expect(Object.getPrototypeOf(r.pack.bundle.entities[0])).toBe(Object.prototype);
    expect(JSON.stringify(STORED)).toBe(STORED_JSON);
  });

  // Was fault P2: an alias made only of characters the matcher folds away (soft hyphen, zero-width
  // space) passed the schema and compiled to an empty key; AliasSchema now requires visible characters.
  it('an alias that folds to nothing (soft hyphen, zero-width space) is rejected', () => {
    const e = { ...good, aliases: [...good.aliases, { text: '\u00ad\u200b', origin: 'listed' }] };
    expect(rejected(pack([e])).join('\n')).toMatch(/entities\[0\] \(hanna-hostil\)\.aliases\[1\]\.text/);
  });

  it('an alias that folds to nothing does not make the matcher mark everything or hang', () => {
    const e = { ...good, aliases: [...good.aliases, { text: '\u00ad\u200b', origin: 'listed' }] };
    const r = validatePack(pack([e]), 'leer.json', bundledKnowledge);
    if (!r.ok) return; // rejected: the fault above is fixed
    const index = compileIndex(r.bundle);
    const t0 = performance.now();
    const ms = findMentions('Hanna Hostil traf heute niemanden. \u00ad\u200b Ende.', index);
    expect(performance.now() - t0).toBeLessThan(1000);
    for (const m of ms) expect(m.text.replace(/[\u00ad\u200b\s]/g, '').length).toBeGreaterThan(0);
  });

  it('script and markup in strings are accepted as text and rendered as text, never as HTML', () => {
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const e: Entity = {
      ...good,
      label: { de: `Hanna ${evil}`, en: `Hanna ${evil}` },
      description: { de: `Beschreibung ${evil}`, en: evil },
      aliases: [...good.aliases, { text: `Hanna<b>X</b>`, origin: 'listed' }],
      wikipedia: { de: `"><script>alert(3)</script>` },
    };
    const r = validatePack(pack([e]), 'markup.json', bundledKnowledge);
    const bundle: KnowledgeBundle = r.ok ? r.bundle : { ...bundledKnowledge, entities: [e] };
    const entity = bundle.entities.find((x) => x.id === e.id)!;
    const html = renderToString(
      h(EntityCard, {
        entity,
        published: '2022-05-13',
        today: '2026-01-02',
        roleThen: null,
        roleNow: null,
        knowledgeAsOf: '2025-01-15',
        lang: 'de',
        onClose: () => {},
      }),
    );
    expect(html).not.toMatch(/<script|<img|<b>X/i);
    expect(html).toContain('&lt;script>');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    for (const href of hrefs) expect(href.startsWith('https://de.wikipedia.org/wiki/'), href).toBe(true);
  });

  it('a rejected import leaves the stored packs usable: a good import afterwards still works', () => {
    rejected(pack([{ ...good, label: null }]));
    const ok = importPack(pack([good]), 'gut.json', STORED, NOW, bundledKnowledge);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.packs.map((p) => p.name)).toEqual(['Gutes Paket', 'Feindliches Paket']);
  });
});
