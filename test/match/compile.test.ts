import { describe, expect, it } from 'vitest';
import { compileIndex, declinedForms } from '../../lib/match/compile';
import { findMentions } from '../../lib/match/find';
import {
  FLAG_CAPITALISED,
  FLAG_CASE_SENSITIVE,
  FLAG_NEEDS_CUE,
  type MatchIndex,
} from '../../lib/match/index-types';
import { fixtureBundle } from './fixtures';
import { fixtureIndex } from './helpers';

const sample = 'Kremlchef Putin, Verteidigungsminister Austin und die Nato-Verbündeten in der Ostukraine.';

describe('compileIndex', () => {
  it('is plain JSON: a round trip finds the same mentions', () => {
    const copy = JSON.parse(JSON.stringify(fixtureIndex)) as MatchIndex;
    expect(findMentions(sample, copy)).toEqual(findMentions(sample, fixtureIndex));
    expect(findMentions(sample, copy).length).toBe(5);
  });

  it('folds keys: case, diacritics, ß', () => {
    const keys = new Set(fixtureIndex.entries.map((e) => e.key));
    expect(keys.has('erdogan')).toBe(true);
    expect(keys.has('orban')).toBe(true);
    expect(keys.has('europäische union')).toBe(true);
  });

  it('keeps the flags, and the cased spelling of case-sensitive aliases', () => {
    const us = fixtureIndex.entries.find((e) => e.key === 'us');
    expect(us?.flags).toBe(FLAG_CASE_SENSITIVE);
    expect(us?.cased).toBe('US');
    const kim = fixtureIndex.entries
      .filter((e) => e.key === 'kim')
      .map((e) => [e.entity, e.flags & FLAG_NEEDS_CUE]);
    expect(kim).toEqual([
      ['kim-jong-un', FLAG_NEEDS_CUE],
      ['kim-yo-jong', FLAG_NEEDS_CUE],
    ]);
    expect(fixtureIndex.entries.find((e) => e.key === 'putin')?.flags).toBe(FLAG_CAPITALISED);
  });

  it('merges spellings that fold to one key, reporting the first one', () => {
    const erdogan = fixtureIndex.entries.filter((e) => e.key === 'erdogan');
    expect(erdogan.map((e) => e.alias)).toEqual(['Erdoğan']);
  });

  it('keeps the stop-listed aliases out and says why', () => {
    expect(fixtureIndex.dropped).toEqual([
      { entity: 'germany', alias: 'Deutsch', reason: 'stop-list: ordinary word' },
      { entity: 'germany', alias: 'deutsche', reason: 'stop-list: ordinary word' },
      { entity: 'g7', alias: '7', reason: 'no letter (numbers are never entities)' },
    ]);
  });

  it('takes cues from the entity and from the first word of its German role titles', () => {
    expect(fixtureIndex.cues['lloyd-austin']).toEqual(['pentagon-chef', 'verteidigungsminister']);
  });

  it('lists key groups by first word, longest key first', () => {
    const us = fixtureIndex.byFirst.us!.map((i) => fixtureIndex.entries[i]!.key);
    expect(us).toEqual(['us-senat', 'us']);
    const kim = fixtureIndex.byFirst.kim!.map((i) => fixtureIndex.entries[i]!.key);
    expect(kim).toEqual(['kim jong un', 'kim jong-un', 'kim yo jong', 'kim']);
  });

  it('an index without the lookup tables (older format) still matches', () => {
    const { byFirst: _b, heads: _h, tails: _t, ...rest } = compileIndex(fixtureBundle);
    const old = rest as unknown as MatchIndex;
    expect(findMentions(sample, old)).toEqual(findMentions(sample, fixtureIndex));
  });

  it('an alias word named like an Object.prototype member is an ordinary key', () => {
    const bundle = {
      ...fixtureBundle,
      entities: [
        {
          ...fixtureBundle.entities[0]!,
          id: 'proto',
          aliases: [{ text: 'Constructor', origin: 'listed' as const }],
        },
      ],
    };
    const index = compileIndex(bundle);
    expect(findMentions('Der Constructor und toString und __proto__.', index).map((m) => m.text)).toEqual([
      'Constructor',
    ]);
  });
});

describe('declinedForms', () => {
  it('declines leading adjectives, not people or single words', () => {
    expect(declinedForms('Europäische Union')).toEqual(['Europäischen Union']);
    expect(declinedForms('Weißes Haus')).toEqual(['Weiße Haus', 'Weißen Haus']);
    expect(declinedForms('Internationales Olympisches Komitee')).toEqual([
      'Internationale Olympische Komitee',
      'Internationalen Olympischen Komitee',
    ]);
    expect(declinedForms('Russland')).toEqual([]);
    expect(declinedForms('Die Linke')).toEqual([]);
    expect(declinedForms('Partei der Arbeit')).toEqual([]);
  });

  it('are not generated for people', () => {
    const bundle = {
      ...fixtureBundle,
      entities: [
        {
          ...fixtureBundle.entities[0]!,
          id: 'p',
          type: 'person' as const,
          aliases: [{ text: 'Peter Müller', origin: 'listed' as const }],
        },
      ],
    };
    expect(compileIndex(bundle).entries.map((e) => e.key)).toEqual(['peter müller']);
  });
});

describe('role cues', () => {
  it('take the first noun of a title, skipping opening adjectives', () => {
    const base = fixtureBundle.entities[0]!;
    const role = (de: string) => ({
      ...base.roles[0]!,
      office: null,
      title: { de, en: de },
      start: null,
      end: null,
      source: base.source,
    });
    const bundle = {
      ...fixtureBundle,
      entities: [
        {
          ...base,
          roles: [
            role('Erster Bürgermeister von Hamburg'),
            role('Russischer Präsident'),
            role('Stellvertretende Sprecherin'),
          ],
        },
      ],
    };
    expect(compileIndex(bundle).cues[base.id]).toEqual(['bürgermeister', 'präsident', 'sprecherin']);
  });
});
