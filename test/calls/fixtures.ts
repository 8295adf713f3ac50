// A small hand-written knowledge bundle for the call tests (offices and dates as public record has
// them), and a plain alias finder standing in for the matcher so these tests do not depend on it.

import type { Entity, KnowledgeBundle, Office, Role } from '../../lib/knowledge/types';
import type { Mention } from '../../lib/match/types';

const src = { cite: 'test fixture', asOf: '2025-06-01' };

function role(office: string, de: string, start: string | null, end: string | null): Role {
  return { office, title: { de, en: de }, start, end, source: src };
}

function person(id: string, names: string[], roles: Role[] = [], speaksFor?: Entity['speaksFor']): Entity {
  return {
    id,
    type: 'person',
    label: { de: names[0]!, en: names[0]! },
    description: { de: '', en: '' },
    aliases: names.map((text) => ({ text, origin: 'listed' as const })),
    roles,
    wikidata: null,
    wikipedia: { de: null },
    cues: [],
    ...(speaksFor ? { speaksFor } : {}),
    source: src,
  };
}

function office(id: string, jurisdiction: string, phrases: string[]): Office {
  return { id, label: { de: id, en: id }, jurisdiction, phrases, source: src };
}

export const fixture: KnowledgeBundle = {
  name: 'calls-test',
  asOf: '2025-06-01',
  offices: [
    office('us.president', 'US', ['US-Präsident', 'amerikanischer Präsident', 'Präsident der USA']),
    office('us.secretary-of-defense', 'US', ['US-Verteidigungsminister', 'Pentagon-Chef']),
    office('us.secretary-of-state', 'US', ['US-Außenminister']),
    office('ru.president', 'RU', ['russischer Präsident', 'Kremlchef', 'Kreml-Chef', 'Präsident Russlands']),
    office('ru.minister-of-defence', 'RU', [
      'russischer Verteidigungsminister',
      'Verteidigungsminister Russlands',
    ]),
    office('ru.minister-of-foreign-affairs', 'RU', ['russischer Außenminister']),
    office('de.chancellor', 'DE', ['Bundeskanzler', 'Bundeskanzlerin', 'Kanzler']),
    office('ua.president', 'UA', ['ukrainischer Präsident']),
    office('fr.president', 'FR', ['französischer Präsident']),
  ],
  entities: [
    person(
      'lloyd-austin',
      ['Lloyd Austin', 'Austin'],
      [role('us.secretary-of-defense', 'US-Verteidigungsminister', '2021-01-22', '2025-01-20')],
    ),
    person(
      'pete-hegseth',
      ['Pete Hegseth', 'Hegseth'],
      [role('us.secretary-of-defense', 'US-Verteidigungsminister', '2025-01-25', null)],
    ),
    person(
      'sergei-shoigu',
      ['Sergej Schoigu', 'Schoigu', 'Shoigu'],
      [role('ru.minister-of-defence', 'Verteidigungsminister Russlands', '2012-11-06', '2024-05-12')],
    ),
    person(
      'andrei-belousov',
      ['Andrej Beloussow', 'Beloussow'],
      [role('ru.minister-of-defence', 'Verteidigungsminister Russlands', '2024-05-14', null)],
    ),
    person(
      'vladimir-putin',
      ['Wladimir Putin', 'Putin'],
      [role('ru.president', 'Präsident Russlands', '2012-05-07', null)],
    ),
    person(
      'joe-biden',
      ['Joe Biden', 'Biden'],
      [role('us.president', 'US-Präsident', '2021-01-20', '2025-01-20')],
    ),
    person(
      'donald-trump',
      ['Donald Trump', 'Trump'],
      [
        role('us.president', 'US-Präsident', '2017-01-20', '2021-01-20'),
        role('us.president', 'US-Präsident', '2025-01-20', null),
      ],
    ),
    person(
      'olaf-scholz',
      ['Olaf Scholz', 'Scholz'],
      [role('de.chancellor', 'Bundeskanzler', '2021-12-08', '2025-05-06')],
    ),
    person(
      'friedrich-merz',
      ['Friedrich Merz', 'Merz'],
      [role('de.chancellor', 'Bundeskanzler', '2025-05-06', null)],
    ),
    person(
      'volodymyr-zelensky',
      ['Wolodymyr Selenskyj', 'Selenskyj'],
      [role('ua.president', 'Präsident der Ukraine', '2019-05-20', null)],
    ),
    person(
      'marco-rubio',
      ['Marco Rubio', 'Rubio'],
      [role('us.secretary-of-state', 'US-Außenminister', '2025-01-21', null)],
    ),
    person(
      'sergey-lavrov',
      ['Sergej Lawrow', 'Lawrow'],
      [role('ru.minister-of-foreign-affairs', 'Außenminister Russlands', '2004-03-09', null)],
    ),
    person(
      'emmanuel-macron',
      ['Emmanuel Macron', 'Macron'],
      [role('fr.president', 'Präsident Frankreichs', '2017-05-14', null)],
    ),
    person(
      'john-kirby',
      ['John Kirby', 'Kirby'],
      [],
      [{ entity: 'lloyd-austin', start: '2021-01-22', end: '2022-05-27' }],
    ),
    person(
      'dmitry-peskov',
      ['Dmitri Peskow', 'Peskow'],
      [],
      [{ entity: 'vladimir-putin', start: '2012-05-22', end: null }],
    ),
    person(
      'steffen-hebestreit',
      ['Steffen Hebestreit', 'Hebestreit'],
      [],
      [{ entity: 'olaf-scholz', start: '2021-12-09', end: '2025-05-06' }],
    ),
    person('clara-beispiel', ['Clara Beispiel']),
    // A role known only to the year, to test partial dates.
    person('max-muster', ['Max Muster'], [role('us.secretary-of-state', 'Testminister', '2019', '2020-06')]),
  ],
};

/** Every alias of every fixture entity, longest first, with genitive -s and hyphenated compounds. */
export function mentionsIn(text: string, bundle: KnowledgeBundle = fixture): Mention[] {
  const aliases = bundle.entities
    .flatMap((e) => e.aliases.map((a) => ({ id: e.id, alias: a.text })))
    .sort((a, b) => b.alias.length - a.alias.length);
  const out: Mention[] = [];
  for (const { id, alias } of aliases) {
    const esc = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![\\p{L}-])${esc}(?:s|')?(?:-[\\p{L}]+)?(?![\\p{L}])`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const whole = m[0];
      const hyphen = whole.indexOf('-', alias.length);
      const nameEnd = start + (hyphen >= 0 ? hyphen : whole.length);
      if (out.some((o) => o.start < nameEnd && start < o.end)) continue;
      const mention: Mention = { entityId: id, start, end: nameEnd, text: text.slice(start, nameEnd), alias };
      if (hyphen >= 0) mention.compound = whole;
      out.push(mention);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
