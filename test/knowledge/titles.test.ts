// German role titles of the imported cabinets (scripts/knowledge-import/titles.ts with its glossary):
// English positions as the data names them → the title on the card, for men and for women.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/knowledge/types';
import { COUNTRIES, feminine, germanTitle, inCountry } from '../../scripts/knowledge-import/titles';

// [country, English position, expected German (male), expected German (female) or undefined when same]
const TABLE: [string, string, string, string?][] = [
  // United States
  [
    'US',
    'United States Secretary of Homeland Security',
    'Heimatschutzminister der USA',
    'Heimatschutzministerin der USA',
  ],
  ['US', 'United States Attorney General', 'Justizminister der USA', 'Justizministerin der USA'],
  ['US', 'United States Secretary of State', 'Außenminister der USA', 'Außenministerin der USA'],
  ['US', 'United States Secretary of the Treasury', 'Finanzminister der USA', 'Finanzministerin der USA'],
  ['US', 'Vice President of the United States', 'Vizepräsident der USA', 'Vizepräsidentin der USA'],
  ['US', 'United States Secretary of the Navy', 'Marineminister der USA'],
  ['US', 'United States Secretary of Veterans Affairs', 'Veteranenminister der USA'],
  ['US', 'United States Secretary of Health and Human Services', 'Gesundheitsminister der USA'],
  [
    'US',
    'Deputy Secretary of State',
    'Stellvertretender Außenminister der USA',
    'Stellvertretende Außenministerin der USA',
  ],
  ['US', 'Deputy Secretary of Defence', 'Stellvertretender Verteidigungsminister der USA'],
  ['US', 'Governor of Michigan', 'Gouverneur von Michigan', 'Gouverneurin von Michigan'],
  ['US', 'Governor of California', 'Gouverneur von Kalifornien'],
  ['US', 'Lieutenant Governor of New York', 'Vizegouverneur von New York', 'Vizegouverneurin von New York'],
  [
    'US',
    'Chair of the Federal Reserve',
    'Vorsitzender der US-Notenbank (Fed)',
    'Vorsitzende der US-Notenbank (Fed)',
  ],
  ['US', 'White House Chief of Staff', 'Stabschef des Weißen Hauses', 'Stabschefin des Weißen Hauses'],
  [
    'US',
    'National Security Advisor',
    'Nationaler Sicherheitsberater der USA',
    'Nationale Sicherheitsberaterin der USA',
  ],
  ['US', 'United States Trade Representative', 'Handelsbeauftragter der USA', 'Handelsbeauftragte der USA'],
  [
    'US',
    'United States Ambassador to the United Nations',
    'UN-Botschafter der USA',
    'UN-Botschafterin der USA',
  ],
  // United Kingdom
  [
    'GB',
    'Secretary of State for the Home Department',
    'Innenminister des Vereinigten Königreichs',
    'Innenministerin des Vereinigten Königreichs',
  ],
  [
    'GB',
    'Chancellor of the Exchequer',
    'Schatzkanzler des Vereinigten Königreichs',
    'Schatzkanzlerin des Vereinigten Königreichs',
  ],
  ['GB', 'Secretary of State for Wales', 'Minister für Wales', 'Ministerin für Wales'],
  [
    'GB',
    'Minister of State for Security',
    'Staatsminister für Sicherheit des Vereinigten Königreichs',
    'Staatsministerin für Sicherheit des Vereinigten Königreichs',
  ],
  ['GB', 'Secretary of State for Work and Pensions', 'Arbeitsminister des Vereinigten Königreichs'],
  ['GB', 'Secretary of State for Culture, Media and Sport', 'Kulturminister des Vereinigten Königreichs'],
  [
    'GB',
    'Parliamentary Under-Secretary of State for Scotland',
    'Parlamentarischer Staatssekretär für Schottland',
    'Parlamentarische Staatssekretärin für Schottland',
  ],
  [
    'GB',
    'Minister for Women and Equalities',
    'Minister für Frauen und Gleichstellung des Vereinigten Königreichs',
  ],
  [
    'GB',
    'Prime Minister of the United Kingdom',
    'Premierminister des Vereinigten Königreichs',
    'Premierministerin des Vereinigten Königreichs',
  ],
  [
    'GB',
    'Deputy Prime Minister of the United Kingdom',
    'Vizepremierminister des Vereinigten Königreichs',
    'Vizepremierministerin des Vereinigten Königreichs',
  ],
  [
    'GB',
    'Minister without Portfolio',
    'Minister ohne Geschäftsbereich des Vereinigten Königreichs',
    'Ministerin ohne Geschäftsbereich des Vereinigten Königreichs',
  ],
  ['GB', 'Mayor of London', 'Bürgermeister von London', 'Bürgermeisterin von London'],
  // France
  [
    'FR',
    'Minister Delegate for Industry',
    'Beigeordneter Industrieminister Frankreichs',
    'Beigeordnete Industrieministerin Frankreichs',
  ],
  [
    'FR',
    'Minister Delegate for Gender Equality, Diversity and Equal Opportunities',
    'Beigeordneter Minister für Gleichstellung, Vielfalt und Chancengleichheit Frankreichs',
    'Beigeordnete Ministerin für Gleichstellung, Vielfalt und Chancengleichheit Frankreichs',
  ],
  [
    'FR',
    'Minister of the Economy, Finances and Industry',
    'Minister für Wirtschaft, Finanzen und Industrie Frankreichs',
  ],
  [
    'FR',
    'Secretary of State for Digital Affairs',
    'Staatssekretär für Digitales Frankreichs',
    'Staatssekretärin für Digitales Frankreichs',
  ],
  [
    'FR',
    'Minister of the Armed Forces',
    'Verteidigungsminister Frankreichs',
    'Verteidigungsministerin Frankreichs',
  ],
  ['FR', 'Government Spokesperson', 'Regierungssprecher Frankreichs', 'Regierungssprecherin Frankreichs'],
  // Russia, Ukraine, Belarus
  [
    'RU',
    'Chairman of the Federation Council of Russia',
    'Vorsitzender des Föderationsrats',
    'Vorsitzende des Föderationsrats',
  ],
  ['RU', 'Minister of Defence', 'Verteidigungsminister Russlands', 'Verteidigungsministerin Russlands'],
  [
    'RU',
    'First Deputy Prime Minister',
    'Erster stellvertretender Ministerpräsident Russlands',
    'Erste stellvertretende Ministerpräsidentin Russlands',
  ],
  ['RU', 'Governor of Moscow Oblast', 'Gouverneur der Oblast Moskau'],
  [
    'UA',
    'Deputy Prime Minister of Ukraine',
    'Stellvertretender Ministerpräsident der Ukraine',
    'Stellvertretende Ministerpräsidentin der Ukraine',
  ],
  [
    'UA',
    'Minister of Temporarily Occupied Territories and IDPs',
    'Minister für die vorübergehend besetzten Gebiete und Binnenvertriebene der Ukraine',
  ],
  [
    'UA',
    'Prosecutor General of Ukraine',
    'Generalstaatsanwalt der Ukraine',
    'Generalstaatsanwältin der Ukraine',
  ],
  ['UA', 'Ukrainian Minister of Foreign Affairs', 'Außenminister der Ukraine'],
  [
    'BY',
    'Deputy Prime Minister of the Republic of Belarus',
    'Stellvertretender Ministerpräsident von Belarus',
  ],
  ['BY', 'Minister of Forestry of the Republic of Belarus', 'Forstminister von Belarus'],
  // Turkey, Israel, Iran, China
  [
    'TR',
    'Minister of Labour and Social Security',
    'Minister für Arbeit und soziale Sicherheit der Türkei',
    'Ministerin für Arbeit und soziale Sicherheit der Türkei',
  ],
  [
    'TR',
    'minister of Culture and Tourism',
    'Kultur- und Tourismusminister der Türkei',
    'Kultur- und Tourismusministerin der Türkei',
  ],
  ['TR', 'mayor of Istanbul', 'Bürgermeister von Istanbul'],
  ['TR', 'Governor of İstanbul', 'Gouverneur von Istanbul'],
  ['TR', 'Minister of European Union Affairs', 'EU-Minister der Türkei'],
  [
    'IL',
    'governor of the Bank of Israel',
    'Gouverneur der Bank von Israel',
    'Gouverneurin der Bank von Israel',
  ],
  ['IL', 'Speaker of the Knesset', 'Präsident der Knesset', 'Präsidentin der Knesset'],
  ['IL', 'Minister of Intelligence', 'Geheimdienstminister Israels'],
  ['IR', 'Chief Justice of Iran', 'Oberster Richter des Iran', 'Oberste Richterin des Iran'],
  ['IR', 'Mayor of Tehran', 'Bürgermeister von Teheran'],
  ['IR', 'Minister of Petroleum', 'Ölminister des Iran'],
  [
    'CN',
    "Vice Premier of the State Council of the People's Republic of China",
    'Vizepremier Chinas',
    'Vizepremierin Chinas',
  ],
  ['CN', "State Councilor of the People's Republic of China", 'Staatsrat Chinas', 'Staatsrätin Chinas'],
  ['CN', 'Governor of Fujian', 'Gouverneur der Provinz Fujian'],
];

// Positions whose German wording is not sure: they stay English and the card adds the country.
const STAY_ENGLISH: [string, string][] = [
  ['GB', 'Lord of the Treasury'],
  ['GB', 'Chief Secretary to the Treasury'],
  ['GB', 'Leader of the House of Commons'],
  ['GB', 'Secretary of State for Levelling Up, Housing and Communities'],
  ['GB', 'Minister of State for Business, Energy and Clean Growth'],
  ['US', 'Secretary of State of Georgia'],
  ['US', 'Under Secretary of the Army'],
  ['US', 'United States Secretary of the Air Force'],
  ['US', 'Governor of Atlantis'],
  ['UA', 'Minister of the Cabinet of Ministers of Ukraine'],
  ['RU', 'Minister for the Development of the Russian Far East and Arctic'],
  ['IR', 'First Vice Chief Justice'],
  ['FR', 'Minister of Territorial Development'],
  ['CN', 'Minister in Charge of the State Ethnic Affairs Commission'],
];

describe('germanTitle', () => {
  it.each(TABLE)('%s %s → %s', (cc, en, male, female) => {
    const c = COUNTRIES[cc]!;
    expect(germanTitle(en, c)?.de).toBe(male);
    expect(germanTitle(en, c, true)?.de).toBe(female ?? feminine(male));
    if (female) expect(female).not.toBe(male);
  });

  it.each(STAY_ENGLISH)('%s %s stays English', (cc, en) => {
    expect(germanTitle(en, COUNTRIES[cc]!)).toBeNull();
    expect(germanTitle(en, COUNTRIES[cc]!, true)).toBeNull();
  });

  it('gives call phrases to cabinet posts only, in the generic form', () => {
    expect(germanTitle('United States Attorney General', COUNTRIES.US!, true)?.phrases).toEqual([
      'US-Justizminister',
      'Justizminister der USA',
    ]);
    expect(germanTitle('Secretary of State for the Home Department', COUNTRIES.GB!)?.phrases).toContain(
      'britischer Innenminister',
    );
    expect(germanTitle('Prime Minister of the United Kingdom', COUNTRIES.GB!)?.phrases).toContain(
      'britischer Premierminister',
    );
    expect(germanTitle('Deputy Secretary of Defence', COUNTRIES.US!)?.phrases).toEqual([]);
    expect(germanTitle('Minister of State for Security', COUNTRIES.GB!)?.phrases).toEqual([]);
  });
});

describe('feminine', () => {
  it('changes the words before the first article or preposition only', () => {
    expect(feminine('Botschafter Frankreichs im Vereinigten Königreich')).toBe(
      'Botschafterin Frankreichs im Vereinigten Königreich',
    );
    expect(feminine('Vizepräsident und Leiter der Atomenergieorganisation des Iran')).toBe(
      'Vizepräsidentin und Leiterin der Atomenergieorganisation des Iran',
    );
    expect(feminine('US-Senator für Alabama')).toBe('US-Senatorin für Alabama');
  });

  it('leaves titles alone whose noun it does not know, and feminine titles as they are', () => {
    expect(feminine('Erster Lord des Schatzamts des Vereinigten Königreichs')).toBe(
      'Erster Lord des Schatzamts des Vereinigten Königreichs',
    );
    expect(feminine('Oberhaupt der Tschetschenischen Republik')).toBe(
      'Oberhaupt der Tschetschenischen Republik',
    );
    expect(feminine('Sprecherin des russischen Außenministeriums')).toBe(
      'Sprecherin des russischen Außenministeriums',
    );
  });

  it('puts the article where a country name needs one', () => {
    expect(inCountry('Vereinigte Staaten')).toBe('in den Vereinigten Staaten');
    expect(inCountry('Libanon')).toBe('im Libanon');
    expect(inCountry('Kanada')).toBe('in Kanada');
  });
});

// The regenerated cabinet files: how many role titles are still English.
const IMPORTED = join(import.meta.dirname, '../../data/knowledge/imported');
const CABINET_FILES = readdirSync(IMPORTED).filter((f) =>
  /^people-(by|cn|fr|gb|il|ir|ru|tr|ua|us)\.json$/.test(f),
);

describe('imported cabinet role titles', () => {
  const roles = CABINET_FILES.flatMap((f) =>
    (JSON.parse(readFileSync(join(IMPORTED, f), 'utf8')) as { entities: Entity[] }).entities.flatMap(
      (e) => e.roles,
    ),
  );

  it('are German for all but a few offices the glossary does not know', () => {
    expect(roles.length).toBeGreaterThan(1000);
    const english = roles.filter((r) => / of |Secretary|Minister of/.test(r.title.de));
    // 987 of 1573 before the glossary; now the Treasury whips, junior UK posts and local councils.
    expect(english.length).toBeLessThan(200);
    // Every English title keeps the country in brackets.
    for (const r of roles.filter((x) => x.title.de.startsWith(`${x.title.en} `))) {
      expect(r.title.de).toMatch(/ \([^()]+\)$/);
    }
  });
});
