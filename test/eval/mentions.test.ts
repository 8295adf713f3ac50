import { describe, expect, it } from 'vitest';
import { findOccurrences, scoreMentions } from '../../lib/eval/mentions';

// Tiny hand-made text, gold and predictions.
const TEXT =
  'Olaf Scholz traf Putin. Scholz sagte, Putins Ton sei hart. Der Nato-Gipfel und die Nato. Ostukraine.';
const at = (s: string, from = 0) => TEXT.indexOf(s, from);

const GOLD = [
  { canonical: 'Olaf Scholz', surfaceForms: ['Olaf Scholz', 'Scholz'], compounds: [] },
  { canonical: 'Vladimir Putin', surfaceForms: ['Putin', 'Putins'], compounds: [] },
  { canonical: 'NATO', surfaceForms: ['Nato'], compounds: ['Nato-Gipfel'] },
  { canonical: 'Ukraine', surfaceForms: ['Ukraine'], compounds: ['Ostukraine'] },
  { canonical: 'Eastern Ukraine', surfaceForms: ['Ostukraine'], compounds: [] },
];
const IDS = new Map<string, string | null>([
  ['Olaf Scholz', 'olaf-scholz'],
  ['Vladimir Putin', 'vladimir-putin'],
  ['NATO', 'nato'],
  ['Ukraine', 'ukraine'],
  ['Eastern Ukraine', null],
]);
const mention = (entityId: string, text: string, start: number) => ({
  entityId,
  text,
  start,
  end: start + text.length,
});

describe('findOccurrences', () => {
  it('counts whole words only and drops forms nested in a longer form of the same entity', () => {
    const occ = findOccurrences(TEXT, GOLD[0]!);
    expect(occ.map((o) => [o.form, o.start])).toEqual([
      ['Olaf Scholz', 0],
      ['Scholz', at('Scholz sagte')],
    ]);
  });

  it('does not count "Putin" inside "Putins", nor "Nato" inside "Nato-Gipfel"', () => {
    expect(findOccurrences(TEXT, GOLD[1]!).map((o) => o.form)).toEqual(['Putin', 'Putins']);
    expect(findOccurrences(TEXT, GOLD[2]!).map((o) => [o.form, o.compound])).toEqual([
      ['Nato-Gipfel', true],
      ['Nato', false],
    ]);
  });
});

describe('scoreMentions', () => {
  const perfect = [
    mention('olaf-scholz', 'Olaf Scholz', 0),
    mention('vladimir-putin', 'Putin', at('Putin')),
    mention('olaf-scholz', 'Scholz', at('Scholz sagte')),
    mention('vladimir-putin', 'Putins', at('Putins')),
    mention('nato', 'Nato', at('Nato-Gipfel')), // name part of the compound
    mention('nato', 'Nato', at('Nato.')),
    mention('ukraine', 'ukraine', at('Ostukraine') + 3),
  ];

  it('scores a perfect prediction 1/1, the unknown entity only in "all" recall', () => {
    const s = scoreMentions(TEXT, GOLD, IDS, perfect);
    expect(s.truePositives).toBe(7);
    expect(s.falsePositives).toEqual([]);
    // "Ostukraine" is one unit for Ukraine and Eastern Ukraine; the mention of Ukraine satisfies it.
    expect([s.knownFound, s.knownUnits, s.allFound, s.allUnits]).toEqual([7, 7, 7, 7]);
  });

  it('counts a mention of the wrong entity as FP and its occurrence as missed', () => {
    const wrong = perfect.map((m) => (m.text === 'Putins' ? { ...m, entityId: 'olaf-scholz' } : m));
    const s = scoreMentions(TEXT, GOLD, IDS, wrong);
    expect(s.truePositives).toBe(6);
    expect(s.falsePositives).toEqual([
      { entityId: 'olaf-scholz', text: 'Putins', start: at('Putins'), reason: 'no-occurrence' },
    ]);
    expect(s.misses.map((m) => m.form)).toEqual(['Putins']);
  });

  it('flags a mention of an entity the gold does not list at all', () => {
    const s = scoreMentions(TEXT, GOLD, IDS, [mention('berlin', 'Ton', at('Ton'))]);
    expect(s.falsePositives[0]?.reason).toBe('entity-not-in-gold');
  });

  it('accepts "Scholz" inside the occurrence "Olaf Scholz" (a listed form), but only once', () => {
    const s = scoreMentions(TEXT, GOLD, IDS, [
      mention('olaf-scholz', 'Scholz', 5),
      mention('olaf-scholz', 'Olaf', 0),
    ]);
    expect(s.truePositives).toBe(1);
    expect(s.falsePositives).toHaveLength(1);
  });

  it('rejects a mention whose text is not a listed form, e.g. a bare "Nato" inside a compound not listed', () => {
    const text = 'Die Nato-Staaten beraten.';
    const s = scoreMentions(text, [GOLD[2]!], IDS, [mention('nato', 'Nato', 4)]);
    expect(s.truePositives).toBe(0);
    expect(s.allUnits).toBe(0);
  });

  it('counts recall over known and over all entities separately', () => {
    const s = scoreMentions(TEXT, GOLD, new Map([...IDS, ['Ukraine', null]]), []);
    expect(s.knownUnits).toBe(6);
    expect(s.allUnits).toBe(7);
    expect(s.knownFound + s.allFound).toBe(0);
  });
});

describe('scoreMentions: lenient boundaries', () => {
  const text = 'Angriffe in der Region Kursk und im Osten der Ukraine.';
  const gold = [
    { canonical: 'Kursk', surfaceForms: ['Kursk'], compounds: [] },
    { canonical: 'Ukraine', surfaceForms: ['Ukraine'], compounds: [] },
  ];
  const ids = new Map<string, string | null>([
    ['Kursk', 'kursk-oblast'],
    ['Ukraine', 'ukraine'],
  ]);

  it('counts a longer span over an occurrence of the same entity only leniently, and a different entity not at all', () => {
    const s = scoreMentions(text, gold, ids, [
      mention('kursk-oblast', 'Region Kursk', text.indexOf('Region')),
      mention('eastern-ukraine', 'Osten der Ukraine', text.indexOf('Osten')),
    ]);
    expect(s.truePositives).toBe(0);
    expect(s.overlapTruePositives).toBe(1);
    expect(s.knownOverlapFound).toBe(1);
    expect(s.falsePositives.map((f) => [f.text, f.boundaryOnly ?? false])).toEqual([
      ['Region Kursk', true],
      ['Osten der Ukraine', false],
    ]);
  });
});

describe('scoreMentions: nested units', () => {
  const text = 'Der Sicherheitsdienst der Ukraine meldete einen Erfolg.';
  const gold = [
    { canonical: 'Ukraine', surfaceForms: ['Ukraine'], compounds: [] },
    {
      canonical: 'Security Service of Ukraine',
      surfaceForms: ['Sicherheitsdienst der Ukraine'],
      compounds: [],
    },
  ];
  const ids = new Map<string, string | null>([
    ['Ukraine', 'ukraine'],
    ['Security Service of Ukraine', 'sbu'],
  ]);

  it('does not count the inner name as missed when the longer name was found', () => {
    const s = scoreMentions(text, gold, ids, [mention('sbu', 'Sicherheitsdienst der Ukraine', 4)]);
    expect([s.truePositives, s.knownFound, s.knownUnits]).toEqual([1, 2, 2]);
  });

  it('still counts the longer name as missed when only the inner one was found', () => {
    const s = scoreMentions(text, gold, ids, [mention('ukraine', 'Ukraine', text.indexOf('Ukraine'))]);
    expect([s.truePositives, s.knownFound, s.knownUnits]).toEqual([1, 1, 2]);
  });
});
