// German labels and aliases keyed by Wikidata id from OpenParliamentTV (Bundestag debates): used to
// give imported people their German names, and as the source of parties, institutions and a
// hand-picked list of named terms (generic words such as "Mindestlohn" would mark half of any text).
import type { Alias, Entity, EntityType, Source } from '../../lib/knowledge/types';
import { addAlias, cleanAlias, readSource, slug, source } from './common';

export const OPTV_REPO = 'OpenParliamentTV/OpenParliamentTV-Data-DE';
export const OPTV_PATH = 'metadata/entities.json';
// The older copy (commit 01ce967e, in ../shared). The newer one (commit 30019163, 21st Bundestag) has
// its own date and note in optv-newer.ts: 25 March 2025 or later, judging from its content.
export const OPTV_AS_OF = '2022-12-31';
export const OPTV_NOTE = 'Snapshot date of OpenParliamentTV unknown; late 2022 judging from its content.';

/** Nicknames and insults found among the aliases: never shown, never matched. */
const NICKNAMES = new Set(['zensursula', 'atom-fuchs', 'bo-jo']);
/** Aliases that name something else: an office holder, a generic ministry, a word or a namesake. */
const BAD_ALIASES = new Set(['innenministerium', 'völkergemeinschaft', 'atomministerium', 'arbeitsamt']);
// Acronyms and names that are also ordinary words or other things (BMI: body-mass index; BMG: a music
// company) link only next to the full name or a cue.
const CUE_ALIASES = new Set(['typhoon', 'verdi', 'amazon', 'apple', 'partei', 'bmi', 'bmg']);
/** Not entities: party-less and faction-less members. */
const NOT_ENTITIES = new Set(['parteilos', 'fraktionslos']);

/** Named things among OpenParliamentTV's terms, with the type they are in news text. */
const TERMS: Record<string, EntityType> = {
  'Nord Stream': 'term',
  'Russisch-Ukrainischer Krieg': 'term',
  CETA: 'term',
  'INF-Vertrag': 'term',
  'UN-Charta': 'term',
  'Istanbul-Konvention': 'term',
  'Pariser Abkommen': 'term',
  'Élysée-Vertrag': 'term',
  'Vertrag von Lissabon': 'term',
  'Vertrag von Aachen': 'term',
  'Münchner Sicherheitskonferenz': 'term',
  Brexit: 'term',
  'European Green Deal': 'term',
  KSZE: 'organisation',
  G20: 'organisation',
  TTIP: 'term',
  PESCO: 'term',
  'Erster Weltkrieg': 'term',
  'Kalter Krieg': 'term',
  Holocaust: 'term',
  'Berliner Mauer': 'term',
  'Weimarer Republik': 'term',
  'COVID-19-Pandemie': 'term',
  'Resolute Support': 'term',
  'Operation Atalanta': 'term',
  'Operation SOPHIA': 'term',
  'Operation Sea Guardian': 'term',
  KFOR: 'term',
  MINUSMA: 'term',
  'United Nations Interim Force in Lebanon': 'term',
  UNMISS: 'term',
  'EUTM Mali': 'term',
  'Agenda 2010': 'term',
  'Cum-Ex': 'term',
  Friedensnobelpreis: 'term',
  Eurofighter: 'term',
  Welternährungsprogramm: 'organisation',
  WhatsApp: 'organisation',
  YouTube: 'organisation',
  Facebook: 'organisation',
  Google: 'organisation',
  FAZ: 'organisation',
  Tagesspiegel: 'organisation',
  Tagesschau: 'organisation',
  'VW-Abgasskandal': 'term',
  'Bürgerkrieg in Syrien': 'term',
};

/** English names of the organisations German news names most (the data has German labels only). */
const EN_LABELS: Record<string, string> = {
  UNO: 'United Nations',
  EU: 'European Union',
  WHO: 'World Health Organization',
  WTO: 'World Trade Organization',
  IWF: 'International Monetary Fund',
  Weltbank: 'World Bank',
  OSZE: 'OSCE',
  EZB: 'European Central Bank',
  'EU-Kommission': 'European Commission',
  'EU-Parlament': 'European Parliament',
  'Europäischer Rat': 'European Council',
  'Rat der Europäischen Union': 'Council of the European Union',
  Europarat: 'Council of Europe',
  EuGH: 'Court of Justice of the European Union',
  EGMR: 'European Court of Human Rights',
  'Internationaler Strafgerichtshof': 'International Criminal Court',
  Weltsicherheitsrat: 'United Nations Security Council',
  'UN-Menschenrechtsrat': 'United Nations Human Rights Council',
  AU: 'African Union',
  BND: 'Federal Intelligence Service',
  BVerfG: 'Federal Constitutional Court of Germany',
  BGH: 'Federal Court of Justice',
  AA: 'Federal Foreign Office',
  BKAmt: 'German Chancellery',
  BMVg: 'Federal Ministry of Defence',
  GRÜNE: 'Alliance 90/The Greens',
  SPD: 'Social Democratic Party of Germany',
  CDU: 'Christian Democratic Union of Germany',
  CSU: 'Christian Social Union in Bavaria',
  FDP: 'Free Democratic Party',
  AfD: 'Alternative for Germany',
  'DIE LINKE': 'The Left',
  Hisbollah: 'Hezbollah',
  IS: 'Islamic State',
  'Al-Qaida': 'al-Qaeda',
  DW: 'Deutsche Welle',
  Welternährungsprogramm: 'World Food Programme',
  KSZE: 'Conference on Security and Co-operation in Europe',
  'Ministerium für Staatssicherheit': 'Ministry for State Security (Stasi)',
  FAZ: 'Frankfurter Allgemeine Zeitung',
  'Erster Weltkrieg': 'World War I',
  'Kalter Krieg': 'Cold War',
  'Berliner Mauer': 'Berlin Wall',
  'Weimarer Republik': 'Weimar Republic',
  'Pariser Abkommen': 'Paris Agreement',
  'Vertrag von Lissabon': 'Treaty of Lisbon',
  'Münchner Sicherheitskonferenz': 'Munich Security Conference',
  'Russisch-Ukrainischer Krieg': 'Russo-Ukrainian War',
  Friedensnobelpreis: 'Nobel Peace Prize',
};

export interface OptvRow {
  id: string;
  label: string;
  labelAlternative?: string[];
  firstname?: string | null;
  lastname?: string | null;
  type: string;
  subType?: string;
}
type Raw = OptvRow;

export interface GermanNames {
  label: string;
  aliases: string[];
}

export interface OptvData {
  items: readonly OptvRow[];
  /** The line each row's `"id"` stands on (for `#L` citations). */
  lineOf: ReadonlyMap<string, number>;
}

/** The rows of an entities.json text with their lines. */
export function parseOptv(text: string): OptvData {
  const lineOf = new Map<string, number>();
  text.split('\n').forEach((l, i) => {
    const m = l.match(/^\s*"id": "(Q\d+)"/);
    if (m && !lineOf.has(m[1]!)) lineOf.set(m[1]!, i + 1);
  });
  return { items: (JSON.parse(text) as { data: Raw[] }).data, lineOf };
}

let raw: OptvData | null = null;
function load(): OptvData {
  raw ??= parseOptv(readSource(OPTV_REPO, OPTV_PATH));
  return raw;
}

/** Every row of entities.json with the line its `"id"` stands on (for `#L` citations). */
export function optvRows(): OptvData {
  return load();
}

/** Trimmed alternatives without nicknames, encoding damage or office titles. */
export function cleanList(list: readonly string[]): string[] {
  return list
    .map(cleanAlias)
    .filter((a): a is string => !!a && !NICKNAMES.has(a.toLowerCase()))
    .filter((a) => !/^(Präsident|US-Präsident|President)\b/.test(a));
}

/** German names for people by QID; the label prefers "Sergej Lawrow" over the full name with patronymic. */
export function germanPeopleNames(): Map<string, GermanNames> {
  const out = new Map<string, GermanNames>();
  for (const e of load().items) {
    if (e.type !== 'person') continue;
    const label = cleanAlias(e.label);
    if (!label) continue;
    const raw = cleanList(e.labelAlternative ?? []).filter((a) => a.length > 3 || !/^[A-Z.]+$/.test(a));
    // Truncated values ("Joseph Robinette " for Joseph Robinette Biden) are a prefix of another name.
    const alts = raw.filter((a) => ![label, ...raw].some((b) => b !== a && b.startsWith(`${a} `)));
    const last = label.split(' ').pop()!;
    // Only Russian-style full names ("Sergei Wiktorowitsch Lawrow") give way to a short form.
    const patronymic = /\S+(owitsch|ewitsch|itsch|owna|ewna|ovich|evich|ovna|evna)\b/.test(label);
    const short = patronymic
      ? [label, ...alts]
          .filter((a) => a.split(' ').length === 2 && a.endsWith(last))
          .sort((a, b) => a.length - b.length)[0]
      : undefined;
    out.set(e.id, { label: short ?? label, aliases: [label, ...alts].filter((a) => a !== (short ?? label)) });
  }
  return out;
}

export function optvLine(qid: string): number | undefined {
  return load().lineOf.get(qid);
}

function describe(e: Raw, full: string): { de: string; en: string } {
  if (e.subType === 'party')
    return { de: 'Politische Partei in Deutschland.', en: 'Political party in Germany.' };
  if (e.subType === 'faction' && isGruppe(e)) {
    return {
      de: 'Gruppe im Deutschen Bundestag.',
      en: 'Parliamentary group (Gruppe) in the German Bundestag.',
    };
  }
  if (e.subType === 'faction') {
    return { de: 'Fraktion im Deutschen Bundestag.', en: 'Parliamentary group in the German Bundestag.' };
  }
  const name = full !== e.label ? ` (${full})` : '';
  if (e.type === 'term') {
    return {
      de: `Begriff aus Debatten des Deutschen Bundestags${name}.`,
      en: `Term from debates of the German Bundestag${name}.`,
    };
  }
  return {
    de: `Organisation, die in Debatten des Deutschen Bundestags genannt wird${name}.`,
    en: `Organisation named in debates of the German Bundestag${name}.`,
  };
}

/**
 * A "faction" row that OpenParliamentTV's own names call a Gruppe ("Gruppe BSW im Bundestag"): too
 * small for a Fraktion, and its short name is first of all the party's, so that name needs a cue.
 */
function isGruppe(e: Raw): boolean {
  return e.subType === 'faction' && (e.labelAlternative ?? []).some((a) => /^Gruppe\b/.test(a));
}

/** Where the entities come from: the rows, which of them to take, and how to cite one. */
export interface OptvInput {
  data: OptvData;
  only?: (row: OptvRow) => boolean;
  source: (row: OptvRow, line: number | undefined) => Source;
}

const OLDER: () => OptvInput = () => ({
  data: load(),
  source: (_row, line) => source(OPTV_REPO, OPTV_PATH, line, OPTV_AS_OF, OPTV_NOTE),
});

/** Parties, factions, institutions and the named terms, as entities. */
export function optvEntities(input: OptvInput = OLDER()): Entity[] {
  const { items, lineOf } = input.data;
  const out: Entity[] = [];
  for (const e of items) {
    if (e.type === 'person' || (input.only && !input.only(e))) continue;
    const label = cleanAlias(e.label);
    if (!label || NOT_ENTITIES.has(label.toLowerCase())) continue;
    let type: EntityType = e.type === 'term' ? 'term' : 'organisation';
    if (e.type === 'term') {
      const t = TERMS[label];
      if (!t) continue;
      type = t;
    }
    const alts = cleanList(e.labelAlternative ?? []);
    const full = [...alts].filter((a) => a.includes(' ')).sort((a, b) => b.length - a.length)[0] ?? label;
    const aliases: Alias[] = [];
    const acronym = (t: string) => /^[A-ZÄÖÜ0-9./-]{2,6}$/.test(t) && /[A-Z]/.test(t);
    for (const t of [label, ...alts]) {
      // OpenParliamentTV lists office titles under the ministry ("Bundesgesundheitsminister" → BMG).
      if (t !== label && (/ministerin?$/.test(t) || BAD_ALIASES.has(t.toLowerCase()) || /^die /.test(t)))
        continue;
      addAlias(aliases, {
        ...(CUE_ALIASES.has(t.toLowerCase()) || (isGruppe(e) && t === label) ? { needsCue: true } : {}),
        text: t,
        origin: t === label ? 'label' : 'import:openparliamenttv',

        ...(acronym(t) ? { caseSensitive: true } : {}),
      });
    }
    const gruppe = isGruppe(e);
    out.push({
      id: `${slug(label) || e.id.toLowerCase()}${gruppe ? '-gruppe' : e.subType === 'faction' ? '-fraktion' : ''}`,
      type,
      label: gruppe
        ? { de: `${label} (Gruppe im Bundestag)`, en: `${label} (group in the Bundestag)` }
        : e.subType === 'faction'
          ? { de: `${label} (Bundestagsfraktion)`, en: `${label} (Bundestag group)` }
          : { de: label, en: EN_LABELS[label] ?? label },
      description: describe(e, full),
      aliases,
      roles: [],
      wikidata: e.id,
      wikipedia: { de: null, en: null },
      cues: [],
      source: input.source(e, lineOf.get(e.id)),
    });
  }
  return out;
}
