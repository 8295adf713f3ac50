import { describe, expect, it } from 'vitest';
import { explainGoldNames, foldName, mapGoldNames } from '../../lib/eval/entity-map';
import type { Entity } from '../../lib/knowledge/types';

const entity = (
  id: string,
  en: string,
  de: string,
  aliases: { text: string; needsCue?: boolean }[] = [],
): Entity => ({
  id,
  type: 'person',
  label: { en, de },
  description: { en: '', de: '' },
  aliases: aliases.map((a) => ({ ...a, origin: 'listed' as const })),
  roles: [],
  wikidata: null,
  wikipedia: { de: null },
  cues: [],
  source: { cite: 'test', asOf: '2025-01-01' },
});

describe('mapGoldNames', () => {
  const entities = [
    entity('sergei-shoigu', 'Sergei Shoigu', 'Sergei Schoigu', [
      { text: 'Sergej Schoigu' },
      { text: 'Schoigu', needsCue: true },
    ]),
    entity('recep-erdogan', 'Recep Tayyip Erdoğan', 'Recep Tayyip Erdoğan'),
    entity('kyiv', 'Kyiv', 'Kiew'),
  ];

  it('maps by English label, ignoring case and diacritics', () => {
    const m = mapGoldNames(['Sergei Shoigu', 'recep tayyip erdogan'], entities);
    expect(m.get('Sergei Shoigu')).toBe('sergei-shoigu');
    expect(m.get('recep tayyip erdogan')).toBe('recep-erdogan');
  });

  it('falls back to the German label and to full aliases, not to cue-only surnames', () => {
    const m = mapGoldNames(['Kiew', 'Sergej Schoigu', 'Schoigu', 'Lloyd Austin'], entities);
    expect([...m.values()]).toEqual(['kyiv', 'sergei-shoigu', null, null]);
  });

  it('folds names', () => {
    expect(foldName(' Orbán\u00a0Viktor ')).toBe('orban viktor');
  });
});

describe('mapGoldNames: English articles and qualifiers', () => {
  const entities = [
    { ...entity('pentagon', 'Pentagon', 'Pentagon'), type: 'organisation' as const },
    { ...entity('twitter', 'Twitter', 'Twitter', [{ text: 'X' }]), type: 'organisation' as const },
    { ...entity('bruehl', 'Brühl', 'Brühl'), type: 'place' as const },
  ];

  it('drops a leading "The"', () => {
    expect(mapGoldNames(['The Pentagon'], entities).get('The Pentagon')).toBe('pentagon');
  });

  it('drops a qualifier only for an entity of the gold type', () => {
    const m = mapGoldNames(
      [
        { canonical: 'X (social network)', type: 'organisation' },
        { canonical: 'Brühl (ZDF correspondent)', type: 'person' },
      ],
      entities,
    );
    expect(m.get('X (social network)')).toBe('twitter');
    expect(m.get('Brühl (ZDF correspondent)')).toBeNull();
  });
});

describe('explainGoldNames: weaker rules need the gold type', () => {
  const place = (
    id: string,
    en: string,
    de: string,
    aliases: { text: string; needsCue?: boolean }[] = [],
  ) => ({
    ...entity(id, en, de, aliases),
    type: 'place' as const,
  });
  const entities = [
    place('turkiye', 'Türkiye', 'Türkei', [{ text: 'Turkey', needsCue: true }]),
    place('donetsk-oblast', 'Donechchyna Oblast', 'Oblast Donezk', [
      { text: 'Donezk' },
      { text: 'Region Donezk' },
    ]),
    place('lviv-oblast', 'Lvivshchyna Oblast', 'Oblast Lwiw', [{ text: 'Lwiw' }]),
    place('lviv-city', 'Lviv City', 'Lwiw Stadt', [{ text: 'Lwiw' }]),
  ];

  it('takes a cue-only alias for an entity of the gold type', () => {
    const m = explainGoldNames([{ canonical: 'Turkey', type: 'place' }, 'Turkey'], entities);
    expect(m.get('Turkey')).toEqual({ id: 'turkiye', via: 'cue-alias' });
    expect(mapGoldNames([{ canonical: 'Turkey', type: 'person' }], entities).get('Turkey')).toBeNull();
  });

  it('maps by the gold surface forms when they name exactly one entity', () => {
    const m = explainGoldNames(
      [
        { canonical: 'Donetsk Oblast', type: 'place', surfaceForms: ['Donezk'] },
        { canonical: 'Lviv', type: 'place', surfaceForms: ['Lwiw'] },
      ],
      entities,
    );
    expect(m.get('Donetsk Oblast')).toEqual({ id: 'donetsk-oblast', via: 'surface-forms' });
    // "Lwiw" is an alias of two entities: ambiguous, so no mapping.
    expect(m.get('Lviv')).toEqual({ id: null, via: null });
  });
});
