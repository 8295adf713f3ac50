// Regions (oblasts, federal subjects, Länder, provinces) from countries/countries with their German
// names, joined on ISO 3166-2 codes. English names there are uneven ("Vinnychchyna"), so the English
// label prefers the official romanised name where the translation lacks the kind of region.
import { load } from 'js-yaml';
import type { Alias, Entity } from '../../lib/knowledge/types';
import { addAlias, cleanAlias, readSource, slug, snapshotDate, source } from './common';
import type { CountryInfo } from './countries';

const REPO = 'countries/countries';
const CODES = ['UA', 'RU', 'BY', 'DE', 'PL', 'IL', 'PS', 'SY', 'IR', 'TR'];
/** Already hand-kept as cities (Kyiv, Moscow): the region entity would only duplicate them. */
const SKIP = new Set(['UA-30', 'RU-MOW']);

const TYPE_DE: Record<string, [string, string]> = {
  region: ['Oblast (Gebiet)', 'oblast (region)'],
  oblast: ['Oblast (Gebiet)', 'oblast (region)'],
  city: ['Stadt mit Sonderstatus', 'city with special status'],
  republic: ['Republik', 'republic'],
  administrative_region: ['Föderationssubjekt (Oblast oder Region)', 'federal subject (oblast or krai)'],
  administrative_territory: ['Föderationssubjekt (Region)', 'federal subject (krai)'],
  autonomous_city: ['Stadt mit Föderationsstatus', 'federal city'],
  autonomous_district: ['Autonomer Kreis', 'autonomous okrug'],
  state: ['Land (Bundesland)', 'state'],
  voivodeship: ['Woiwodschaft', 'voivodeship'],
  district: ['Bezirk', 'district'],
  governorate: ['Gouvernement', 'governorate'],
  province: ['Provinz', 'province'],
};

/** English kind words appended where the English translation is a bare name ("Amur" → "Amur Oblast"). */
const KIND_EN: Record<string, string> = {
  region: 'Oblast',
  oblast: 'Region',
  administrative_region: 'Oblast',
  administrative_territory: 'Krai',
  republic: 'Republic',
  autonomous_district: 'Autonomous Okrug',
  province: 'Province',
  governorate: 'Governorate',
  district: 'District',
};
/**
 * English names of Ukraine's oblasts as English-language news writes them; countries/countries has
 * regional forms there ("Donechchyna"), which no reader would recognise.
 */
const UA_EN: Record<string, [string, string | null]> = {
  'UA-05': ['Vinnytsia Oblast', 'Vinnytsia'],
  'UA-07': ['Volyn Oblast', 'Volyn'],
  'UA-09': ['Luhansk Oblast', 'Luhansk'],
  'UA-12': ['Dnipropetrovsk Oblast', 'Dnipropetrovsk'],
  'UA-14': ['Donetsk Oblast', 'Donetsk'],
  'UA-18': ['Zhytomyr Oblast', 'Zhytomyr'],
  'UA-21': ['Zakarpattia Oblast', 'Zakarpattia'],
  'UA-23': ['Zaporizhzhia Oblast', 'Zaporizhzhia'],
  'UA-26': ['Ivano-Frankivsk Oblast', 'Ivano-Frankivsk'],
  'UA-32': ['Kyiv Oblast', null],
  'UA-35': ['Kirovohrad Oblast', 'Kirovohrad'],
  'UA-43': ['Autonomous Republic of Crimea', 'Crimea'],
  'UA-46': ['Lviv Oblast', 'Lviv'],
  'UA-48': ['Mykolaiv Oblast', 'Mykolaiv'],
  'UA-51': ['Odesa Oblast', 'Odesa'],
  'UA-53': ['Poltava Oblast', 'Poltava'],
  'UA-56': ['Rivne Oblast', 'Rivne'],
  'UA-40': ['Sevastopol', 'Sevastopol'],
  'UA-59': ['Sumy Oblast', 'Sumy'],
  'UA-61': ['Ternopil Oblast', 'Ternopil'],
  'UA-63': ['Kharkiv Oblast', 'Kharkiv'],
  'UA-65': ['Kherson Oblast', 'Kherson'],
  'UA-68': ['Khmelnytskyi Oblast', 'Khmelnytskyi'],
  'UA-71': ['Cherkasy Oblast', 'Cherkasy'],
  'UA-74': ['Chernihiv Oblast', 'Chernihiv'],
  'UA-77': ['Chernivtsi Oblast', 'Chernivtsi'],
};

/** Bare region names that are also first names, old city names or other places: never alone. */
const CORE_STOP = new Set([
  'wladimir',
  'sacha',
  'kirow',
  'leningrad',
  'amur',
  'komi',
  'perm',
  'tula',
  'brest',
  'minsk',
  'krim',
]);
/** Countries whose bare region names are usually the city of the same name: link only with a cue. */
const CORE_NEEDS_CUE = new Set(['TR', 'IR', 'SY', 'PS', 'IL']);

/** Words in front of the name in German region labels ("Oblast Donezk", "Republik Krim"). */
const PREFIX =
  /^(Oblast|Gebiet|Region|Woiwodschaft|Provinz|Gouvernement|Bezirk|Autonome Republik|Republik|Autonomer Kreis der)\s+/;

interface Record_ {
  name?: string;
  type?: string;
  unofficial_names?: string | string[];
  translations?: Record<string, string>;
}

export function importSubdivisions(countries: Map<string, CountryInfo>): Entity[] {
  const out: Entity[] = [];
  for (const cc of CODES) {
    const path = `lib/countries/data/subdivisions/${cc}.yaml`;
    const text = readSource(REPO, path);
    const lines = text.split('\n');
    const data = load(text) as Record<string, Record_>;
    const asOf = snapshotDate(REPO, path, '2026-06-27');
    const country = countries.get(cc);
    for (const [code, rec] of Object.entries(data)) {
      const iso = `${cc}-${code}`;
      const rawDe = cleanAlias(rec.translations?.de ?? '');
      if (!rawDe || SKIP.has(iso)) continue;
      // Turkish and Iranian provinces carry the bare name of their capital; the label says what it is.
      const de = (cc === 'TR' || cc === 'IR') && !PREFIX.test(rawDe) ? `Provinz ${rawDe}` : rawDe;
      const line = lines.findIndex((l) => l === `${code}:` || l === `'${code}':`) + 1;
      const [typeDe, typeEn] = TYPE_DE[rec.type ?? ''] ?? ['Verwaltungseinheit', 'administrative division'];
      const enTr = cleanAlias(rec.translations?.en ?? '');
      const official = cleanAlias((rec.name ?? '').replace(/'/g, ''));
      const kind = KIND_EN[rec.type ?? ''];
      const bare =
        enTr &&
        !/oblast|region|krai|republic|province|governorate|district|okrug|autonomous|city/i.test(enTr);
      const ua = UA_EN[iso];
      const labelEn = ua
        ? ua[0]
        : !enTr
          ? (official ?? de)
          : bare && kind && cc !== 'DE' && cc !== 'PL'
            ? `${enTr} ${kind}`
            : enTr;
      const aliases: Alias[] = [];
      addAlias(aliases, { text: de, origin: 'label' });
      // English names of regions hardly occur in German text and the data's are uneven ("Jewish").
      if (labelEn.toLowerCase() !== de.toLowerCase())
        addAlias(aliases, { text: labelEn, origin: 'label', needsCue: true });
      const core = de.replace(PREFIX, '');
      if (core !== de && core.length >= 4) {
        const cue = CORE_STOP.has(core.toLowerCase()) || CORE_NEEDS_CUE.has(cc);
        addAlias(aliases, {
          text: core,
          origin: 'rule:region-core-name',
          ...(cue ? { needsCue: true } : {}),
        });
      }
      // The English short name ("Odesa", "Lviv") also turns up in German texts that quote agencies.
      if (ua?.[1] && ua[1].toLowerCase() !== core.toLowerCase()) {
        addAlias(aliases, { text: ua[1], origin: 'listed', lang: 'en' });
      }
      const where = country?.de ?? cc;
      out.push({
        id: `${slug(labelEn)}-${iso.toLowerCase()}`.replace(/^-/, ''),
        type: 'place',
        label: { de, en: labelEn },
        description: {
          de: `${typeDe} in ${where} (ISO 3166-2: ${iso}).`,
          en: `${typeEn.charAt(0).toUpperCase()}${typeEn.slice(1)} in ${country?.en ?? cc} (ISO 3166-2: ${iso}).`,
        },
        aliases,
        roles: [],
        wikidata: null,
        wikipedia: { de: null, en: null },
        cues: ['Oblast', 'Gebiet', 'Region', 'Provinz'].filter((w) => typeDe.includes(w) || w === 'Region'),
        source: source(REPO, path, line || undefined, asOf),
      });
    }
  }
  return out;
}
