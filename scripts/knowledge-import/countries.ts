// Countries and territories: German and English names from i18n-iso-countries (MIT), Wikidata ids
// and continents joined from every-politician-scrapers/world-leaders-2021 by English name.
import { createRequire } from 'node:module';
import type { Alias, Entity } from '../../lib/knowledge/types';
import { addAlias, cleanAlias, readCsv, slug, snapshotDate, source } from './common';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  registerLocale(l: unknown): void;
  getNames(lang: string, o: { select: 'all' }): Record<string, string[]>;
  getAlpha2Code(name: string, lang: string): string | undefined;
};
countries.registerLocale(require('i18n-iso-countries/langs/de.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
const PKG_VERSION = (require('i18n-iso-countries/package.json') as { version: string }).version;
const PKG_CITE = `https://www.npmjs.com/package/i18n-iso-countries (i18n-iso-countries ${PKG_VERSION}, 2026-11-26)`;

/** ISO-register forms that German news does not use as the name ("Syrien, Arabische Republik"). */
const PREFERRED_DE: Record<string, string> = {
  SY: 'Syrien',
  PS: 'Palästina',
  TZ: 'Tansania',
  CZ: 'Tschechien',
  RU: 'Russland',
  CD: 'Demokratische Republik Kongo',
  MD: 'Republik Moldau',
  US: 'Vereinigte Staaten',
};
const PREFERRED_EN: Record<string, string> = {
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  TR: 'Turkey',
  // i18n-iso-countries lists only the inverted ISO forms ("Moldova, Republic of") for these.
  MD: 'Moldova',
  FM: 'Micronesia',
  VI: 'U.S. Virgin Islands',
  VG: 'British Virgin Islands',
};
const EXTRA_DE: Record<string, string[]> = {
  CD: ['DR Kongo'],
  MD: ['Moldau'],
  SY: ['Syrien'],
  GB: ['Großbritannien'],
};
/** Names that are also ordinary words, other places or people: link only with a cue. */
const NEEDS_CUE = new Set([
  'kongo',
  'jersey',
  'man',
  'georgia',
  'jordan',
  'chad',
  'guinea',
  'turkey',
  'niger',
]);
/** Ids already used by hand-kept entities for the same country. */
const HAND_IDS: Record<string, string> = { US: 'united-states', RU: 'russia', UA: 'ukraine' };

const CONTINENT_DE: Record<string, string> = {
  Africa: 'Afrika',
  Asia: 'Asien',
  Europe: 'Europa',
  'North America': 'Nordamerika',
  'South America': 'Südamerika',
  Oceania: 'Ozeanien',
};

/**
 * Country names in world-leaders-2021 that i18n-iso-countries does not read ("Kingdom of Denmark" is
 * Wikidata's realm, whose prime minister is Denmark's). Unrecognised states (Abkhazia, Transnistria …)
 * stay out.
 */
export const LEADER_COUNTRIES: Record<string, string> = {
  Brunei: 'BN',
  'East Timor': 'TL',
  'Federated States of Micronesia': 'FM',
  'Kingdom of Denmark': 'DK',
  'Kingdom of the Netherlands': 'NL',
  Laos: 'LA',
  Moldova: 'MD',
  'Republic of Ireland': 'IE',
  Syria: 'SY',
  'São Tomé and Príncipe': 'ST',
  'The Bahamas': 'BS',
  'Vatican City': 'VA',
};

/**
 * The realms are not the ISO countries (Q756617 "Kingdom of Denmark" includes Greenland and the Faroe
 * Islands; DK is Q35): their leaders belong to DK/NL, but their QIDs must not become the countries'.
 */
const REALMS = new Set(['Kingdom of Denmark', 'Kingdom of the Netherlands']);

const WL = 'every-politician-scrapers/world-leaders-2021';

export interface CountryInfo {
  cc: string;
  id: string;
  de: string;
  en: string;
  qid: string | null;
}

export function importCountries(): { entities: Entity[]; byCc: Map<string, CountryInfo> } {
  const de = countries.getNames('de', { select: 'all' });
  const en = countries.getNames('en', { select: 'all' });
  const wdRows = readCsv(WL, 'data/wikidata.csv');
  const wpRows = readCsv(WL, 'data/wikipedia.csv');
  const qidByCc = new Map<string, { qid: string; line: number }>();
  for (const r of wdRows) {
    const name = r.cells.country ?? '';
    const cc = alpha2(name) ?? (REALMS.has(name) ? undefined : LEADER_COUNTRIES[name]);
    if (cc && r.cells.countryid && !qidByCc.has(cc))
      qidByCc.set(cc, { qid: r.cells.countryid, line: r.line });
  }
  const continentByCc = new Map<string, string>();
  for (const r of wpRows) {
    const cc = countries.getAlpha2Code(r.cells.country ?? '', 'en');
    if (cc && r.cells.continent && !continentByCc.has(cc)) continentByCc.set(cc, r.cells.continent);
  }
  const asOf = snapshotDate(WL, 'data/wikidata.csv', '2022-10-10');
  const entities: Entity[] = [];
  const byCc = new Map<string, CountryInfo>();
  for (const cc of Object.keys(de).sort()) {
    const deNames = (de[cc] ?? []).map(cleanAlias).filter((n): n is string => !!n && !n.includes(','));
    const enNames = (en[cc] ?? []).map(cleanAlias).filter((n): n is string => !!n && !n.includes(','));
    const labelDe = PREFERRED_DE[cc] ?? deNames[0];
    const labelEn =
      PREFERRED_EN[cc] ??
      enNames.find((n) => !/ of |Republic|Federation/.test(n) && n.length > 3) ??
      enNames[0];
    if (!labelDe || !labelEn) continue;
    const aliases: Alias[] = [];
    const cue = (t: string) => NEEDS_CUE.has(t.toLowerCase());
    for (const n of [labelDe, ...deNames, ...(EXTRA_DE[cc] ?? [])]) {
      const caseSensitive = /^[A-Z.]{2,5}$/.test(n);
      addAlias(aliases, {
        text: n,
        origin: n === labelDe ? 'label' : 'import:i18n-iso-countries',
        lang: 'de',
        ...(cue(n) ? { needsCue: true } : {}),
        ...(caseSensitive ? { caseSensitive: true } : {}),
      });
    }
    const deKeys = new Set(aliases.map((a) => a.text.toLowerCase()));
    for (const n of enNames) {
      if (deKeys.has(n.toLowerCase())) continue;
      // English names are rare in German text and often double as other words or names (Jordan, Chad).
      const caseSensitive = /^[A-Z.]{2,6}$/.test(n);
      addAlias(aliases, {
        text: n,
        origin: n === labelEn ? 'label' : 'import:i18n-iso-countries',
        lang: 'en',
        needsCue: true,
        ...(caseSensitive ? { caseSensitive: true } : {}),
      });
    }
    const wl = qidByCc.get(cc);
    const continent = continentByCc.get(cc);
    let id = HAND_IDS[cc] ?? (slug(labelEn) || cc.toLowerCase());
    if (entities.some((e) => e.id === id)) id = `${id}-${cc.toLowerCase()}`;
    const description = continent
      ? {
          de: `Staat in ${CONTINENT_DE[continent] ?? continent} (ISO-3166-1-Code ${cc}).`,
          en: `Country in ${continent} (ISO 3166-1 code ${cc}).`,
        }
      : {
          de: `Staat oder Gebiet mit dem ISO-3166-1-Code ${cc}.`,
          en: `Country or territory with the ISO 3166-1 code ${cc}.`,
        };
    entities.push({
      id,
      type: 'place',
      label: { de: labelDe, en: labelEn },
      description,
      aliases,
      roles: [],
      wikidata: wl?.qid ?? null,
      wikipedia: { de: null, en: null },
      cues: [],
      source: wl
        ? source(WL, 'data/wikidata.csv', wl.line, asOf, `Names from ${PKG_CITE}.`)
        : { cite: PKG_CITE, asOf: '2026-11-26' },
    });
    byCc.set(cc, { cc, id, de: labelDe, en: labelEn, qid: wl?.qid ?? null });
  }
  return { entities, byCc };
}

export function alpha2(nameEn: string): string | undefined {
  return countries.getAlpha2Code(nameEn, 'en');
}
