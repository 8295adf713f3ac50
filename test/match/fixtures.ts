// A small hand-written knowledge bundle for the matcher tests (independent of the bundled data).

import type { Alias, Entity, EntityType, KnowledgeBundle, Role } from '../../lib/knowledge/types';

const SRC = { cite: 'https://example.org/test-fixture (Kontext tests, 2026-01-01)', asOf: '2026-01-01' };

type A = string | (Partial<Alias> & { text: string });

function entity(
  id: string,
  type: EntityType,
  aliases: A[],
  extra: { cues?: string[]; roles?: string[] } = {},
): Entity {
  const label = typeof aliases[0] === 'string' ? aliases[0] : aliases[0]!.text;
  const roles: Role[] = (extra.roles ?? []).map((t) => ({
    office: null,
    title: { de: t, en: t },
    start: '2021-01-22',
    end: null,
    source: SRC,
  }));
  return {
    id,
    type,
    label: { de: label, en: label },
    description: { de: `${label} (Testeintrag).`, en: `${label} (test entry).` },
    aliases: aliases.map((a) =>
      typeof a === 'string' ? { text: a, origin: 'listed' } : { origin: 'listed', ...a },
    ),
    roles,
    wikidata: null,
    wikipedia: { de: null },
    cues: extra.cues ?? [],
    source: SRC,
  };
}

const cue = (text: string): A => ({ text, needsCue: true });
const cs = (text: string, more: Partial<Alias> = {}): A => ({ text, caseSensitive: true, ...more });

export const fixtureBundle: KnowledgeBundle = {
  name: 'Kontext test fixture',
  asOf: '2026-01-01',
  offices: [],
  entities: [
    entity('vladimir-putin', 'person', ['Wladimir Putin', 'Vladimir Putin', 'Putin']),
    entity('sergei-shoigu', 'person', ['Sergej Schoigu', 'Sergei Shoigu', 'Schoigu', 'Shoigu', 'Schojgu'], {
      cues: ['Minister'],
    }),
    entity('volodymyr-zelensky', 'person', [
      'Wolodymyr Selenskyj',
      'Selenskyj',
      'Selenskij',
      'Selensky',
      'Zelensky',
      'Zelenskyy',
    ]),
    entity('sergei-lavrov', 'person', ['Sergej Lawrow', 'Lawrow', 'Lavrov']),
    entity('dmitry-peskov', 'person', ['Dmitri Peskow', 'Peskow', 'Peskov']),
    entity('recep-tayyip-erdogan', 'person', ['Recep Tayyip Erdoğan', 'Erdoğan']),
    entity('viktor-orban', 'person', ['Viktor Orbán', 'Orbán']),
    entity('bashar-al-assad', 'person', ['Baschar al-Assad', 'Assad', 'Asad']),
    entity('kim-jong-un', 'person', ['Kim Jong Un', 'Kim Jong-un', cue('Kim')], { cues: ['Machthaber'] }),
    entity('kim-yo-jong', 'person', ['Kim Yo Jong', cue('Kim')], { cues: ['Schwester'] }),
    entity('lloyd-austin', 'person', ['Lloyd Austin', cue('Austin')], {
      cues: ['Pentagon-Chef'],
      roles: ['Verteidigungsminister der Vereinigten Staaten'],
    }),
    entity('john-kirby', 'person', ['John Kirby', cue('Kirby')], { cues: ['Pentagon-Sprecher'] }),
    entity('olaf-scholz', 'person', ['Olaf Scholz', 'Scholz']),
    entity('friedrich-merz', 'person', ['Friedrich Merz', 'Merz']),
    entity('kyiv', 'place', ['Kiew', 'Kyjiw', 'Kyiv']),
    entity('kharkiv', 'place', ['Charkiw', 'Charkow', 'Kharkiv']),
    entity('lviv', 'place', ['Lwiw', 'Lviv', 'Lemberg']),
    entity('donbas', 'place', ['Donbas', 'Donbass']),
    entity('russia', 'place', ['Russland', 'Russia']),
    entity('moscow', 'place', ['Moskau']),
    entity('belarus', 'place', ['Belarus', 'Weißrussland']),
    entity('united-nations', 'organisation', ['Vereinte Nationen', cs('UN')]),
    entity('icc', 'organisation', ['Internationaler Strafgerichtshof']),
    entity('white-house', 'organisation', ['Weißes Haus']),
    entity('ukraine', 'place', [{ text: 'Ukraine', inCompound: 'tail' }]),
    entity('germany', 'place', ['Deutschland', 'Deutsch', 'deutsche']),
    entity('united-states', 'place', [cs('USA'), cs('US'), 'Vereinigte Staaten']),
    entity('kremlin', 'organisation', [{ text: 'Kreml', inCompound: 'head' }]),
    entity('brexit', 'term', [{ text: 'Brexit', inCompound: 'head', markWholeCompound: true }]),
    entity('nato', 'organisation', ['NATO', 'Nato']),
    entity('european-union', 'organisation', [cs('EU'), 'Europäische Union']),
    entity('united-states-senate', 'organisation', ['US-Senat']),
    entity('pentagon', 'organisation', ['Pentagon']),
    entity('x-platform', 'organisation', [cs('X', { needsCue: true }), 'Twitter']),
    entity('die-linke', 'organisation', ['Die Linke', cs('Linke')]),
    entity('die-gruenen', 'organisation', ['Bündnis 90/Die Grünen', 'Grünen']),
    entity('g7', 'organisation', [cs('G7'), '7']),
    entity('ursula-von-der-leyen', 'person', ['Ursula von der Leyen', 'von der Leyen']),
  ],
};

/** The fixture plus entities that compete for the same alias (the city Austin, two Georgias). */
export const competingBundle: KnowledgeBundle = {
  ...fixtureBundle,
  entities: [
    ...fixtureBundle.entities,
    entity('austin-texas', 'place', ['Austin (Texas)', cue('Austin')], { cues: ['Texas'] }),
    entity('georgia-country', 'place', ['Georgien', 'Georgia']),
    entity('georgia-state', 'place', ['Georgia (Bundesstaat)', 'Georgia']),
  ],
};
