// German titles of heads of state and government from world-leaders-2021's English position names:
// "Präsident Ägyptens", "Ministerpräsidentin Dänemarks", "König der Niederlande", "Präsident von Laos".

/**
 * The genitive of every country name (as i18n-iso-countries gives it in German) that takes an article
 * or is a plural/adjective phrase: "Präsident von Türkei" is wrong, "Präsident der Türkei" right.
 * test/knowledge/leader-titles.test.ts checks that every world-leaders country is either listed here
 * or reads well without an article.
 */
export const GENITIVE_DE: Record<string, string> = {
  BS: 'der Bahamas',
  CD: 'der Demokratischen Republik Kongo',
  CF: 'der Zentralafrikanischen Republik',
  CG: 'der Republik Kongo',
  CH: 'der Schweiz',
  CI: 'der Elfenbeinküste',
  DO: 'der Dominikanischen Republik',
  GB: 'des Vereinigten Königreichs',
  IQ: 'des Irak',
  IR: 'des Iran',
  KM: 'der Komoren',
  LB: 'des Libanon',
  MD: 'der Republik Moldau',
  MH: 'der Marshallinseln',
  MN: 'der Mongolei',
  MV: 'der Malediven',
  NE: 'des Niger',
  NL: 'der Niederlande',
  PH: 'der Philippinen',
  SB: 'der Salomonen',
  SC: 'der Seychellen',
  SD: 'des Sudan',
  SK: 'der Slowakei',
  SS: 'des Südsudan',
  TD: 'des Tschad',
  TR: 'der Türkei',
  UA: 'der Ukraine',
  VA: 'der Vatikanstadt',
  AE: 'der Vereinigten Arabischen Emirate',
  US: 'der Vereinigten Staaten',
  XK: 'des Kosovo',
  YE: 'des Jemen',
  // Plural with an article inside the name: "von St. Vincent und den Grenadinen" (dative after von).
  VC: 'von St. Vincent und den Grenadinen',
  // i18n-iso-countries' register form; German news says Brunei.
  BN: 'von Brunei',
};

/**
 * "Ägyptens", "von Laos", "der Türkei". Names without an article take the genitive -s unless they end
 * in a hissing sound (Laos, Belarus, Mauritius) or are several words (Sri Lanka, El Salvador,
 * Burkina Faso), where German says "von"; `preferVon` asks for "von" anyway (König von Spanien).
 */
export function ofCountry(cc: string, nameDe: string, preferVon = false): string {
  const fixed = GENITIVE_DE[cc];
  if (fixed) return fixed;
  if (preferVon || /\s/.test(nameDe) || /(s|ß|x|z)$/.test(nameDe)) return `von ${nameDe}`;
  return `${nameDe}s`;
}

/**
 * Where German news calls the head of government "Ministerpräsident(in)" (the Nordic and Benelux-
 * adjacent parliamentary monarchies, Italy, Spain, Greece, Central and Eastern Europe and the Balkans,
 * China's premier); elsewhere "Premierminister(in)", the usual German for a prime minister.
 */
const MINISTERPRAESIDENT = new Set([
  'AL',
  'BG',
  'CN',
  'CZ',
  'DK',
  'EE',
  'ES',
  'FI',
  'GR',
  'HR',
  'HU',
  'IL',
  'IS',
  'IT',
  'LT',
  'LV',
  'ME',
  'MK',
  'NL',
  'NO',
  'PL',
  'RO',
  'RS',
  'RU',
  'SE',
  'SI',
  'SK',
  'XK',
]);

/** Federal republics whose head of state is the "Bundespräsident(in)". */
const FEDERAL_PRESIDENT = new Set(['AT', 'DE']);

export type Gender = 'female' | 'male' | null;

/** Masculine and feminine form of one title. */
type Forms = [m: string, f: string];

/**
 * Gender: the feminine form when the person is female; the masculine one when male or unknown. For an
 * unknown person the masculine form is the name of the office itself ("das Amt des Präsidenten"), as
 * German lists of office holders use it; neutral words exist only for a few offices ("Staatsoberhaupt"
 * hides whether a president or a king is meant), and those are used where the English is as vague
 * (Samoa's O le Ao o le Malo, a Swiss Federal Council member).
 */
function pick(forms: Forms, gender: Gender): string {
  return gender === 'female' ? forms[1] : forms[0];
}

interface Rule {
  re: RegExp;
  title: (cc: string, countryDe: string) => { forms: Forms; of: string | null };
}

const gen = (cc: string, de: string) => ofCountry(cc, de);
const von = (cc: string, de: string) => ofCountry(cc, de, true);

/** First rule whose pattern matches the English position wins; `of` null = the title names no country. */
const RULES: Rule[] = [
  {
    re: /^(federal )?chancellor/i,
    title: (cc, de) => ({
      forms: ['Bundeskanzler', 'Bundeskanzlerin'],
      of: cc === 'DE' ? null : gen(cc, de),
    }),
  },
  {
    re: /^president of the government of/i,
    title: (cc, de) => ({ forms: ['Ministerpräsident', 'Ministerpräsidentin'], of: gen(cc, de) }),
  },
  {
    re: /^president of the executive yuan/i,
    title: (cc, de) => ({ forms: ['Regierungschef', 'Regierungschefin'], of: gen(cc, de) }),
  },
  {
    re: /^president of the pontifical commission/i,
    title: () => ({
      forms: ['Präsident', 'Präsidentin'],
      of: 'der Päpstlichen Kommission für den Staat der Vatikanstadt',
    }),
  },
  {
    re: /^(prime minister|premier|head of government|taoiseach)\b/i,
    title: (cc, de) => ({
      forms: MINISTERPRAESIDENT.has(cc)
        ? ['Ministerpräsident', 'Ministerpräsidentin']
        : ['Premierminister', 'Premierministerin'],
      of: gen(cc, de),
    }),
  },
  {
    re: /^(federal )?president\b/i,
    title: (cc, de) =>
      FEDERAL_PRESIDENT.has(cc)
        ? { forms: ['Bundespräsident', 'Bundespräsidentin'], of: cc === 'DE' ? null : gen(cc, de) }
        : { forms: ['Präsident', 'Präsidentin'], of: gen(cc, de) },
  },
  {
    re: /^chairman of the presidential council/i,
    title: (cc, de) => ({ forms: ['Vorsitzender', 'Vorsitzende'], of: `des Präsidialrats ${gen(cc, de)}` }),
  },
  {
    re: /^chairman of the council of ministers/i,
    title: (cc, de) => ({ forms: ['Vorsitzender', 'Vorsitzende'], of: `des Ministerrats ${von(cc, de)}` }),
  },
  {
    re: /^member of the swiss federal council/i,
    title: () => ({ forms: ['Mitglied', 'Mitglied'], of: 'des Schweizer Bundesrats' }),
  },
  {
    re: /^governor-general/i,
    title: (cc, de) => ({ forms: ['Generalgouverneur', 'Generalgouverneurin'], of: gen(cc, de) }),
  },
  {
    re: /^captain regent/i,
    title: (cc, de) => ({ forms: ['Capitano Reggente', 'Capitano Reggente'], of: von(cc, de) }),
  },
  {
    re: /^supreme leader/i,
    title: (cc, de) => ({ forms: ['Oberster Führer', 'Oberste Führerin'], of: gen(cc, de) }),
  },
  {
    re: /^minister of state of monaco/i,
    title: (cc, de) => ({ forms: ['Staatsminister', 'Staatsministerin'], of: von(cc, de) }),
  },
  {
    re: /^chief minister/i,
    title: (cc, de) => ({ forms: ['Chief Minister', 'Chief Minister'], of: von(cc, de) }),
  },
  {
    re: /^military leader/i,
    title: (cc, de) => ({ forms: ['Militärführer', 'Militärführerin'], of: von(cc, de) }),
  },
  {
    re: /^o le ao o le malo/i,
    title: (cc, de) => ({ forms: ['Staatsoberhaupt', 'Staatsoberhaupt'], of: gen(cc, de) }),
  },
  { re: /^pope$/i, title: () => ({ forms: ['Papst', 'Päpstin'], of: null }) },
  {
    re: /^episcopal co-prince/i,
    title: (cc, de) => ({ forms: ['Bischöflicher Kofürst', 'Bischöfliche Kofürstin'], of: von(cc, de) }),
  },
  {
    re: /^french co-prince/i,
    title: (cc, de) => ({ forms: ['Französischer Kofürst', 'Französische Kofürstin'], of: von(cc, de) }),
  },
  { re: /^monarch of the belgians/i, title: () => ({ forms: ['König', 'Königin'], of: 'der Belgier' }) },
  // Monarchs: German names the office by the English word (and the data's own term for Bhutan's Druk
  // Gyalpo, Eswatini's Ngwenyama and Malaysia's Yang di-Pertuan Agong is "king").
  {
    re: /^(king|queen|druk gyalpo|ngwenyama|yang di-pertuan agong)\b/i,
    title: (cc, de) => ({ forms: ['König', 'Königin'], of: von(cc, de) }),
  },
  { re: /^emperor\b/i, title: (cc, de) => ({ forms: ['Kaiser', 'Kaiserin'], of: von(cc, de) }) },
  { re: /^sultan\b/i, title: (cc, de) => ({ forms: ['Sultan', 'Sultanin'], of: von(cc, de) }) },
  { re: /^emir\b/i, title: (cc, de) => ({ forms: ['Emir', 'Emira'], of: von(cc, de) }) },
  { re: /^prince\b/i, title: (cc, de) => ({ forms: ['Fürst', 'Fürstin'], of: von(cc, de) }) },
  {
    re: /^monarch\b/i,
    title: (cc, de) => ({ forms: ['Monarch', 'Monarchin'], of: von(cc, de) }),
  },
];

/**
 * A monarch whose gender the data gives is King or Queen ("monarch of Canada": König/Königin von
 * Kanada); unknown stays "Monarch", the office's name.
 */
function monarchForms(position: string, gender: Gender, forms: Forms): Forms {
  if (!/^monarch\b/i.test(position) || gender === null) return forms;
  return ['König', 'Königin'];
}

/** German title of a head of state or government; null when no rule knows the English position. */
export function leaderTitleDe(
  position: string,
  cc: string,
  countryDe: string,
  gender: Gender,
): string | null {
  for (const rule of RULES) {
    if (!rule.re.test(position)) continue;
    const { forms, of } = rule.title(cc, countryDe);
    const t = pick(monarchForms(position, gender, forms), gender);
    return of ? `${t} ${of}` : t;
  }
  return null;
}

/** "monarch of Canada" → "Monarch of Canada": Wikidata's labels start lower-case. */
export function leaderTitleEn(position: string): string {
  return position.charAt(0).toUpperCase() + position.slice(1);
}
