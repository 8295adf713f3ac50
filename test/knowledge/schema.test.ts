import { describe, expect, it } from 'vitest';
import { aliasCollisions, overlappingTerms } from '../../lib/knowledge/lint';
import { isValidCite, validateBundle } from '../../lib/knowledge/schema';
import type { Entity, KnowledgeBundle } from '../../lib/knowledge/types';

const src = { cite: 'wikidata:Q1', asOf: '2024-01-01' };

function person(id: string, extra: Partial<Entity> = {}): Entity {
  return {
    id,
    type: 'person',
    label: { de: id, en: id },
    description: { de: 'Eine erfundene Person.', en: 'A made-up person.' },
    aliases: [{ text: id, origin: 'label' }],
    roles: [],
    wikidata: null,
    wikipedia: { de: null },
    cues: [],
    source: src,
    ...extra,
  };
}

function bundle(entities: Entity[]): KnowledgeBundle {
  return {
    asOf: '2024-01-01',
    name: 'test',
    entities,
    offices: [
      {
        id: 'xx.chief',
        label: { de: 'Chef', en: 'Chief' },
        jurisdiction: 'XX',
        phrases: [],
        singleHolder: true,
        source: src,
      },
    ],
  };
}

describe('validateBundle', () => {
  it('accepts a well-formed bundle', () => {
    expect(validateBundle(bundle([person('anna-beispiel')]), 'pack.json').ok).toBe(true);
  });

  it('names the entry and the field of a bad value', () => {
    const bad = bundle([person('anna-beispiel'), person('bert-beispiel', { wikidata: '7747' })]);
    const r = validateBundle(bad, 'pack.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^pack\.json: entities\[1\] \(bert-beispiel\)\.wikidata: .*QID/);
  });

  it('rejects an unsourced role, a role ending before it starts, an unknown office and duplicate ids', () => {
    const noSource = person('a', {
      roles: [{ office: null, title: { de: 'x', en: 'x' }, start: null, end: null } as never],
    });
    const r1 = validateBundle(bundle([noSource]), 'p');
    expect(!r1.ok && r1.errors.join()).toMatch(/entities\[0\] \(a\)\.roles\[0\]\.source/);
    const backwards = person('b', {
      roles: [
        { office: 'xx.nope', title: { de: 'x', en: 'x' }, start: '2020-05-01', end: '2019', source: src },
      ],
    });
    const r2 = validateBundle(bundle([backwards, person('b')]), 'p');
    expect(r2.ok).toBe(false);
    if (!r2.ok) {
      expect(r2.errors).toContain('p: entities[0] (b).roles[0].office: unknown office xx.nope');
      expect(r2.errors).toContain('p: entities[0] (b).roles[0]: start 2020-05-01 is after end 2019');
      expect(r2.errors.some((e) => e.includes('duplicate id'))).toBe(true);
    }
  });

  it('rejects aliases that are numbers, padded, or encoding damage', () => {
    for (const text of ['2022', 'EG ', 'Fabio  De Masi', '????????']) {
      const r = validateBundle(bundle([person('a', { aliases: [{ text, origin: 'listed' }] })]), 'p');
      expect(r.ok, text).toBe(false);
    }
  });

  it('knows the three citation forms', () => {
    expect(isValidCite('wikidata:Q32024')).toBe(true);
    expect(isValidCite('every-politician-scrapers/russia-cabinet@3871831d:html/holders21.csv#L59')).toBe(
      true,
    );
    expect(isValidCite('https://example.org/a (Example Times, 2024-05-12)')).toBe(true);
    expect(isValidCite('memory')).toBe(false);
    expect(isValidCite('https://example.org/a')).toBe(false);
  });
});

describe('lint', () => {
  it('flags an alias two entities claim unless both need a cue', () => {
    const a = person('a', { aliases: [{ text: 'Müller', origin: 'listed' }] });
    const b = person('b', { aliases: [{ text: 'müller', origin: 'listed', needsCue: true }] });
    expect(aliasCollisions([a, b]).map((c) => c.key)).toEqual(['müller']);
    a.aliases[0]!.needsCue = true;
    expect(aliasCollisions([a, b])).toEqual([]);
  });

  it('flags overlapping terms in a single-holder office, but not a same-day handover', () => {
    const term = (start: string, end: string | null) => ({
      office: 'xx.chief',
      title: { de: 'Chef', en: 'Chief' },
      start,
      end,
      source: src,
    });
    const handover = bundle([
      person('a', { roles: [term('2010-01-01', '2015-06-01')] }),
      person('b', { roles: [term('2015-06-01', null)] }),
    ]);
    expect(overlappingTerms(handover)).toEqual([]);
    const clash = bundle([
      person('a', { roles: [term('2010-01-01', null)] }),
      person('b', { roles: [term('2015-06-01', null)] }),
    ]);
    expect(overlappingTerms(clash)).toHaveLength(1);
    // Years only: an interim term "2022–2022" before "2022–" is a sequence, whatever the ids' order.
    const interim = bundle([
      person('z', { roles: [term('2022', '2022')] }),
      person('a', { roles: [term('2022', null)] }),
    ]);
    expect(overlappingTerms(interim)).toEqual([]);
    const twoOpen = bundle([
      person('z', { roles: [term('2022', null)] }),
      person('a', { roles: [term('2022', null)] }),
    ]);
    expect(overlappingTerms(twoOpen)).toHaveLength(1);
  });
});
