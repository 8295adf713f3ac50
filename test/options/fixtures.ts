// A small pack in the knowledge schema, written for these tests (the names are invented).
import type { Entity, KnowledgeBundle } from '../../lib/knowledge/types';

const source = { cite: 'wikidata:Q64', asOf: '2025-01-15' };

export function entity(id: string, type: Entity['type'], de: string, en = de): Entity {
  return {
    id,
    type,
    label: { de, en },
    description: { de: `${de} ist ein Testeintrag.`, en: `${en} is a test entry.` },
    aliases: [{ text: de, origin: 'label' }],
    roles: [],
    wikidata: null,
    wikipedia: { de: null },
    cues: [],
    source,
  };
}

export function samplePack(name = 'Lokalpolitik Testhausen'): KnowledgeBundle {
  return {
    name,
    asOf: '2025-01-15',
    offices: [],
    entities: [
      entity('erika-testfrau', 'person', 'Erika Testfrau'),
      entity('testhausen', 'place', 'Testhausen'),
      entity(
        'testhausener-buergerbund',
        'organisation',
        'Testhausener Bürgerbund',
        'Testhausen Citizens League',
      ),
    ],
  };
}
