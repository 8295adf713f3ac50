// Override rows on plain entities written for this test: addAlias refuses an alias another entity
// claims unless it is cue-bound on an entity with cues; addCues, setLabel, endRole without office, fixRole.
import { describe, expect, it } from 'vitest';
import { applyOverrides, type Override } from '../../lib/knowledge/overrides';
import type { Entity } from '../../lib/knowledge/types';

const source = { cite: 'https://example.org/a (Example, 2024-01-01)', asOf: '2024-01-01' };

function person(id: string, label: string, extra: Partial<Entity> = {}): Entity {
  return {
    id,
    type: 'person',
    label: { de: label, en: label },
    description: { de: 'x', en: 'x' },
    aliases: [{ text: label, origin: 'label' }],
    roles: [],
    wikidata: null,
    wikipedia: { de: null },
    cues: [],
    source,
    ...extra,
  };
}

const erika = person('erika-beispiel', 'Erika Beispiel', {
  aliases: [
    { text: 'Erika Beispiel', origin: 'label' },
    { text: 'Beispiel', origin: 'listed', needsCue: true },
  ],
  cues: ['Ministerin'],
});
const hans = person('hans-beispiel', 'Hans Beispiel');

describe('addAlias overrides', () => {
  it('add a new spelling and the cues the row brings', () => {
    const rows: Override[] = [
      {
        action: 'addAlias',
        entity: 'hans-beispiel',
        alias: { text: 'Hansi Beispiel', origin: 'listed' },
        cues: ['Minister'],
        source,
      },
    ];
    const { entities, errors } = applyOverrides([erika, hans], rows);
    expect(errors).toEqual([]);
    const h = entities.find((e) => e.id === 'hans-beispiel')!;
    expect(h.aliases.map((a) => a.text)).toContain('Hansi Beispiel');
    expect(h.cues).toEqual(['Minister']);
  });

  it('reject an alias another entity claims unless it is cue-bound', () => {
    const alias = { text: 'Beispiel', origin: 'listed' as const };
    const loose = applyOverrides(
      [erika, hans],
      [{ action: 'addAlias', entity: 'hans-beispiel', alias, source }],
    );
    expect(loose.errors.join('\n')).toMatch(/also an alias of erika-beispiel/);
    const cued = applyOverrides(
      [erika, hans],
      [
        {
          action: 'addAlias',
          entity: 'hans-beispiel',
          alias: { ...alias, needsCue: true },
          cues: ['Hans'],
          source,
        },
      ],
    );
    expect(cued.errors).toEqual([]);
  });

  it('reject a cue-bound alias on an entity without cues, and a spelling already listed', () => {
    const noCues = applyOverrides(
      [hans],
      [
        {
          action: 'addAlias',
          entity: 'hans-beispiel',
          alias: { text: 'Hans', origin: 'listed', needsCue: true },
          source,
        },
      ],
    );
    expect(noCues.errors.join('\n')).toMatch(/without cues/);
    const twice = applyOverrides(
      [hans],
      [
        {
          action: 'addAlias',
          entity: 'hans-beispiel',
          alias: { text: 'Hans Beispiel', origin: 'listed' },
          source,
        },
      ],
    );
    expect(twice.errors.join('\n')).toMatch(/already listed/);
  });
});

describe('other override rows', () => {
  it('set a label, add cues and end the one open role without an office record', () => {
    const general = person('gen-beispiel', 'Gen Beispiel', {
      roles: [
        {
          office: null,
          title: { de: 'Oberbefehlshaber', en: 'Commander' },
          start: '2021',
          end: null,
          source,
        },
      ],
    });
    const { entities, errors } = applyOverrides(
      [general],
      [
        {
          action: 'setLabel',
          entity: 'gen-beispiel',
          label: { de: 'General Beispiel', en: 'General Example' },
          source,
        },
        { action: 'addCues', entity: 'gen-beispiel', cues: ['General'], source },
        { action: 'endRole', entity: 'gen-beispiel', office: null, end: '2024-02-08', source },
      ],
    );
    expect(errors).toEqual([]);
    const e = entities[0]!;
    expect(e.label.de).toBe('General Beispiel');
    expect(e.cues).toEqual(['General']);
    expect(e.roles[0]!.end).toBe('2024-02-08');
  });
});

describe('fixRole overrides', () => {
  const president = person('praes-beispiel', 'Praes Beispiel', {
    roles: [
      {
        office: 'xx.president',
        title: { de: 'Präsident', en: 'President' },
        start: '2017',
        end: '2022-03-18',
        source: { cite: 'owner/repo@abc1234:data.csv#L9', asOf: '2022-10-10' },
      },
      {
        office: 'xx.president',
        title: { de: 'Präsident', en: 'President' },
        start: '2022-03-19',
        end: null,
        source: { cite: 'https://example.org/b (Example, 2022-03-19)', asOf: '2022-03-19' },
      },
    ],
  });
  const fixSource = { cite: 'https://example.org/c (Example, 2017-03)', asOf: '2017-03-19' };

  it('corrects the start of the term it names and cites the row, keeping the old citation in the note', () => {
    const { entities, errors } = applyOverrides(
      [president],
      [
        {
          action: 'fixRole',
          entity: 'praes-beispiel',
          office: 'xx.president',
          start: '2017',
          set: { start: '2017-03-19' },
          source: fixSource,
        },
      ],
    );
    expect(errors).toEqual([]);
    const first = entities[0]!.roles[0]!;
    expect(first.start).toBe('2017-03-19');
    expect(first.end).toBe('2022-03-18');
    expect(first.source.cite).toBe(fixSource.cite);
    expect(first.source.asOf).toBe('2022-10-10');
    expect(first.source.note).toMatch(/start 2017 → 2017-03-19 \(was: owner\/repo@abc1234/);
    expect(entities[0]!.roles[1]!.start).toBe('2022-03-19');
  });

  it('confirms an open role as of a later day without changing its dates', () => {
    const later = { cite: 'https://example.org/d (Example, 2025-06-01)', asOf: '2025-06-01' };
    const { entities, errors } = applyOverrides(
      [president],
      [
        {
          action: 'fixRole',
          entity: 'praes-beispiel',
          office: 'xx.president',
          start: '2022-03-19',
          source: later,
        },
      ],
    );
    expect(errors).toEqual([]);
    const open = entities[0]!.roles[1]!;
    expect(open.end).toBeNull();
    expect(open.source.asOf).toBe('2025-06-01');
    expect(open.source.cite).toBe('https://example.org/b (Example, 2022-03-19)');
    expect(open.source.note).toMatch(/Confirmed as of 2025-06-01: https:\/\/example.org\/d/);
  });

  it('gives an imported role the German title a cited report uses', () => {
    const { entities, errors } = applyOverrides(
      [president],
      [
        {
          action: 'fixRole',
          entity: 'praes-beispiel',
          office: 'xx.president',
          start: '2022-03-19',
          set: { title: { de: 'Staatspräsident', en: 'President' } },
          source: { cite: 'https://example.org/f (Example, 2022-03-19)', asOf: '2022-03-19' },
        },
      ],
    );
    expect(errors).toEqual([]);
    const open = entities[0]!.roles[1]!;
    expect(open.title.de).toBe('Staatspräsident');
    expect(open.source.cite).toBe('https://example.org/f (Example, 2022-03-19)');
    expect(open.source.note).toMatch(/title "Präsident" → "Staatspräsident"/);
  });

  it('rejects a row that matches several terms or changes nothing', () => {
    const ambiguous = applyOverrides(
      [president],
      [{ action: 'fixRole', entity: 'praes-beispiel', office: 'xx.president', set: { end: null }, source }],
    );
    expect(ambiguous.errors.join('\n')).toMatch(/expected one role for xx.president, found 2/);
    const idle = applyOverrides(
      [president],
      [
        {
          action: 'fixRole',
          entity: 'praes-beispiel',
          office: 'xx.president',
          start: '2022-03-19',
          set: { end: null },
          source: { cite: 'https://example.org/e (Example, 2020-01-01)', asOf: '2020-01-01' },
        },
      ],
    );
    expect(idle.errors.join('\n')).toMatch(/changes nothing/);
  });
});
