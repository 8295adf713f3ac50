import { describe, expect, it } from 'vitest';
import { analyzeText, groupMentions } from '../lib/analyze';
import type { Entity, KnowledgeBundle } from '../lib/knowledge/types';
import { compileIndex } from '../lib/match/compile';

const entity = (
  id: string,
  type: Entity['type'],
  de: string,
  en: string,
  aliases: string[],
  wikidata: string | null,
): Entity => ({
  id,
  type,
  label: { de, en },
  description: { de: '', en: '' },
  aliases: aliases.map((text) => ({ text, origin: 'listed' as const })),
  roles: [],
  wikidata,
  wikipedia: { de: null },
  cues: [],
  source: { cite: 'test', asOf: '2025-01-01' },
});

// A toy knowledge pack written for this test.
const BUNDLE: KnowledgeBundle = {
  name: 'test',
  asOf: '2025-01-01',
  offices: [],
  entities: [
    entity('anna-beispiel', 'person', 'Anna Beispiel', 'Anna Beispiel', ['Anna Beispiel'], null),
    entity('musterstadt', 'place', 'Musterstadt', 'Sample City', ['Musterstadt'], 'Q1'),
  ],
};

describe('groupMentions', () => {
  it('groups by entity in order of first mention, with label, type and wikidata from the bundle', () => {
    const m = (entityId: string, start: number, text: string) => ({
      entityId,
      start,
      end: start + text.length,
      text,
      alias: text,
    });
    const groups = groupMentions(
      [
        m('musterstadt', 30, 'Musterstadt'),
        m('anna-beispiel', 0, 'Anna Beispiel'),
        m('musterstadt', 50, 'Musterstadt'),
      ],
      BUNDLE.entities,
    );
    expect(groups.map((g) => g.id)).toEqual(['anna-beispiel', 'musterstadt']);
    expect(groups[1]).toEqual({
      id: 'musterstadt',
      type: 'place',
      label: { de: 'Musterstadt', en: 'Sample City' },
      wikidata: 'Q1',
      mentions: [
        { text: 'Musterstadt', start: 30, end: 41 },
        { text: 'Musterstadt', start: 50, end: 61 },
      ],
    });
  });

  it('keeps an id the bundle does not know, labelled by its id', () => {
    const [g] = groupMentions([{ entityId: 'x', start: 0, end: 1, text: 'X', alias: 'X' }], []);
    expect(g).toMatchObject({ id: 'x', label: { de: 'x', en: 'x' }, wikidata: null });
  });
});

describe('analyzeText', () => {
  it('returns entities with offsets into the text it was given', () => {
    const text = 'In Musterstadt sprach Anna Beispiel am Montag vor dem Rat.';
    const { entities, mentions, calls } = analyzeText(text, {
      published: null,
      bundle: BUNDLE,
      index: compileIndex(BUNDLE),
    });
    expect(entities.map((e) => e.id)).toEqual(['musterstadt', 'anna-beispiel']);
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions).toHaveLength(2);
    expect(calls).toEqual([]);
  });
});
