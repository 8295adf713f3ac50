// Office holders from every-politician-scrapers (Wikidata P39 statements, snapshot mid-2022):
// people with exact start and end dates, the offices they held, template descriptions from the data.
import { join } from 'node:path';
import type { Alias, Entity, Office, Role } from '../../lib/knowledge/types';
import {
  addAlias,
  type CsvRow,
  cleanAlias,
  ROOT,
  readCsv,
  slug,
  snapshotDate,
  source,
  span,
  spanEn,
} from './common';
import type { CountryInfo } from './countries';
import { alpha2 } from './countries';
import { leaderDescription, mainRole } from './leader-description';
import { COUNTRIES, type CountryForms, feminine, germanTitle, inCountry, isSingleHolder } from './titles';
import { germanSpelling, ruleFor, variantAllowed } from './translit';

export interface CabinetRepo {
  repo: string;
  cc: string;
  /** Names romanised from Cyrillic (documentation only: translit.ts picks its rule by country). */
  cyrillic?: boolean;
  /** Family name first (Chinese names): no surname alias. */
  familyFirst?: boolean;
}

export const CABINETS: CabinetRepo[] = [
  { repo: 'every-politician-scrapers/russia-cabinet', cc: 'RU', cyrillic: true },
  { repo: 'every-politician-scrapers/ukraine-cabinet', cc: 'UA', cyrillic: true },
  { repo: 'every-politician-scrapers/belarus-ministers', cc: 'BY', cyrillic: true },
  { repo: 'every-politician-scrapers/us-cabinet', cc: 'US' },
  { repo: 'every-politician-scrapers/united-kingdom-cabinet', cc: 'GB' },
  { repo: 'every-politician-scrapers/france-cabinet', cc: 'FR' },
  { repo: 'every-politician-scrapers/israel-ministers', cc: 'IL' },
  { repo: 'every-politician-scrapers/iran-ministers', cc: 'IR' },
  { repo: 'every-politician-scrapers/turkey-ministers', cc: 'TR' },
  { repo: 'every-politician-scrapers/china-ministers', cc: 'CN', familyFirst: true },
];

/** Position QIDs that hand-kept offices already describe: reuse their ids so roles merge. */
export const KNOWN_OFFICES: Record<string, string> = {
  Q218295: 'ru.president',
  Q842386: 'ru.prime-minister',
  Q17287317: 'ru.minister-of-defence',
  Q1418873: 'ru.minister-of-foreign-affairs',
  Q17287321: 'ru.minister-of-emergency-situations',
  Q109551787: 'ru.security-council-secretary',
  Q11696: 'us.president',
  Q11699: 'us.vice-president',
  Q735015: 'us.secretary-of-defense',
  Q14213: 'us.secretary-of-state',
  Q579677: 'ua.president',
};

const DATA_DIR = join(ROOT, 'data/knowledge');
const LEADERS_REPO = 'every-politician-scrapers/world-leaders-2021';

/**
 * Posts that holders21.csv lists but positions.csv lacks, whose holders German news names daily
 * (the heads of Ukraine's presidential office and armed forces, Russia's chief of the general staff,
 * the head of Chechnya and the governors of the regions next to the front and of Crimea): holding one since ACTIVE_SINCE makes a person newsworthy. The German
 * titles translate the English position names; the roles keep office null (no position record).
 */
const EXTRA_POSTS: Record<string, Record<string, string>> = {
  RU: {
    'Chief of the General Staff': 'Generalstabschef Russlands',
    'Head of the Chechen Republic': 'Oberhaupt der Tschetschenischen Republik',
    // The border regions and Crimea, whose governors German war reporting quotes.
    'Governor of Belgorod Oblast': 'Gouverneur der Oblast Belgorod',
    'Governor of Kursk Oblast': 'Gouverneur der Oblast Kursk',
    'Governor of Krasnodar Krai': 'Gouverneur der Region Krasnodar',
    'Governor of Sevastopol': 'Gouverneur von Sewastopol',
    'Head of the Republic of Crimea': 'Oberhaupt der Republik Krim',
    // Voices of the Russian state that German news quotes by name.
    'Foreign Ministry Spokeperson': 'Sprecherin des russischen Außenministeriums',
    'Chairman of the Federation Council': 'Vorsitzende des Föderationsrats',
    'Director of the Foreign Intelligence Service': 'Direktor des russischen Auslandsgeheimdienstes',
    'Chief of Staff of the Presidential Executive Office': 'Leiter der Präsidialverwaltung Russlands',
    'Permanent Representative to the United Nations':
      'Ständiger Vertreter Russlands bei den Vereinten Nationen',
    'Mayor of Moscow': 'Bürgermeister von Moskau',
  },
  UA: {
    'Head of the Office of the President': 'Leiter des Präsidialamts der Ukraine',
    'Commander-in-Chief of the Armed Forces': 'Oberbefehlshaber der Streitkräfte der Ukraine',
    'Chairman of the Mykolaiv Regional State Administration': 'Gouverneur der Oblast Mykolajiw',
  },
};

const MILITARY_POST = /^(Chief of the General Staff|Commander-in-Chief of the Armed Forces)\b/;

/** Roles that ended before this date do not make a person newsworthy on their own. */
const ACTIVE_SINCE = '2016-01-01';

export interface Person {
  qid: string;
  nameEn: string;
  /** The English Wikipedia title as the data gives it (with any disambiguation in brackets). */
  enwiki: string | null;
  dataName: string;
  female: boolean | null;
  cc: string;
  repo: string;
  roles: Role[];
  /** Has held a cabinet-level post (positions.csv) since ACTIVE_SINCE. */
  relevant: boolean;
  sourceLine: number;
  sourcePath: string;
  cyrillic: boolean;
  familyFirst: boolean;
  /** Where the gender came from when the person's own file has none (leader-gender.ts). */
  genderCite?: string;
}

const feminineIf = (de: string, female: boolean) => (female ? feminine(de) : de);

function stripParen(s: string): string {
  return s.replace(/\s*\(.*\)\s*$/, '').trim();
}

function ambassadorTitle(
  position: string,
  c: CountryForms,
  countryNames: Map<string, CountryInfo>,
  female: boolean,
) {
  const m = position.match(/^ambassador to (?:the )?(.+)$/i);
  if (!m) return null;
  const cc = alpha2(m[1]!.trim());
  const target = cc ? countryNames.get(cc) : undefined;
  if (!target) return null;
  return {
    de: `${female ? 'Botschafterin' : 'Botschafter'} ${c.of} ${inCountry(target.de)}`,
    en: `${c.en} ambassador to ${target.en}`,
  };
}

export function importCabinet(
  cab: CabinetRepo,
  countryNames: Map<string, CountryInfo>,
  offices: Map<string, Office>,
  people: Map<string, Person>,
): void {
  const c = COUNTRIES[cab.cc]!;
  const countryDe = countryNames.get(cab.cc)?.de ?? cab.cc;
  const asOf = snapshotDate(cab.repo, 'html/holders21.csv', '2022-07-23');
  const positions = new Map<string, CsvRow>();
  for (const r of readCsv(cab.repo, 'html/positions.csv')) positions.set(r.cells.position!, r);
  const bio = new Map<string, CsvRow>();
  try {
    for (const r of readCsv(cab.repo, 'html/bio.csv')) bio.set(r.cells.id!, r);
  } catch {
    // Not every repository has bio.csv; holders21.csv then carries gender and enwiki itself.
  }
  // holders21.csv names positions by a short label ("Minister of Defence") that positions.csv may
  // spell longer ("Minister of Defense", "President of Russia"): match loosely.
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/defense/g, 'defence')
      .replace(
        /\s+of (the )?(russia|russian federation|ukraine|united states|france|french republic|israel|iran|islamic republic of iran|turkey|republic of turkey|belarus|republic of belarus|china|people's republic of china|united kingdom)$/,
        '',
      )
      .replace(
        /^(russian|united states|ukrainian|french|british|israeli|iranian|turkish|belarusian|chinese) /,
        '',
      );
  const posByNorm = new Map<string, CsvRow>();
  for (const [label, row] of positions) if (!posByNorm.has(norm(label))) posByNorm.set(norm(label), row);

  for (const row of readCsv(cab.repo, 'html/holders21.csv')) {
    const { position = '', person = '', personID: qid = '', start = '', end = '' } = row.cells;
    if (!/^Q\d+$/.test(qid) || !position) continue;
    const pos = positions.get(position) ?? posByNorm.get(norm(position));
    const posQid = pos?.cells.id ?? null;
    let officeId: string | null = null;
    let title: { de: string; en: string };
    // Role titles follow the holder's gender; office labels stay generic.
    const female = (bio.get(qid)?.cells.gender ?? row.cells.gender) === 'female';
    if (pos) {
      officeId =
        (posQid && KNOWN_OFFICES[posQid]) ||
        `${cab.cc.toLowerCase()}.${slug(stripParen(pos.cells.position!))}`;
      const g = germanTitle(pos.cells.position!, c);
      const en = pos.cells.position!;
      title = { de: germanTitle(en, c, female)?.de ?? `${en} (${countryDe})`, en };
      if (!offices.has(officeId)) {
        offices.set(officeId, {
          id: officeId,
          label: { de: g?.de ?? `${en} (${countryDe})`, en },
          jurisdiction: cab.cc,
          phrases: g?.phrases ?? [],
          wikidata: posQid,
          ...(isSingleHolder(en) ? { singleHolder: true } : {}),
          source: source(cab.repo, 'html/positions.csv', pos.line, asOf),
        });
      }
    } else {
      const amb = ambassadorTitle(position, c, countryNames, female);
      const g = germanTitle(position, c, female);
      const extra = EXTRA_POSTS[cab.cc]?.[position] && feminineIf(EXTRA_POSTS[cab.cc]![position]!, female);
      title = amb ?? { de: extra ?? g?.de ?? `${position} (${countryDe})`, en: position };
    }
    const role: Role = {
      office: officeId,
      title,
      start: /^\d{4}/.test(start) ? start : null,
      end: /^\d{4}/.test(end) ? end : null,
      source: source(cab.repo, 'html/holders21.csv', row.line, asOf),
    };
    let p = people.get(qid);
    if (!p) {
      const b = bio.get(qid);
      const gender = b?.cells.gender ?? row.cells.gender ?? '';
      const rawWiki = (b?.cells.enwiki || row.cells.enwiki || '').trim();
      const enwiki = stripParen(rawWiki);
      p = {
        qid,
        nameEn: enwiki && /^[\p{Script=Latin}\s.'-]+$/u.test(enwiki) ? enwiki : person,
        enwiki: rawWiki && /^[\p{Script=Latin}\s.'(),-]+$/u.test(rawWiki) ? rawWiki : null,
        dataName: person,
        female: gender === 'female' ? true : gender === 'male' ? false : null,
        cc: cab.cc,
        repo: cab.repo,
        roles: [],
        relevant: false,
        sourceLine: b ? b.line : row.line,
        sourcePath: b ? 'html/bio.csv' : 'html/holders21.csv',
        cyrillic: !!cab.cyrillic,
        familyFirst: !!cab.familyFirst,
      };
      people.set(qid, p);
    }
    // An extra post's holder with no Latin name in the data (no English label) gets no entity:
    // the German name would be a guess and the patronymic would become a surname alias.
    const counts = pos || (EXTRA_POSTS[cab.cc]?.[position] && /^[\p{Script=Latin}\s.'-]+$/u.test(p.nameEn));
    if (counts && (!role.end || role.end >= ACTIVE_SINCE)) p.relevant = true;
    if (
      !p.roles.some((r) => r.office === role.office && r.title.en === role.title.en && r.start === role.start)
    ) {
      p.roles.push(role);
    }
  }
}

/** Turns a collected person into an entity; `germanNames` gives OpenParliamentTV's German label and aliases. */
export function personEntity(
  p: Person,
  id: string,
  germanNames: { label: string; aliases: string[] } | undefined,
  _country: CountryInfo | undefined,
): Entity {
  const c = COUNTRIES[p.cc];
  // The card shows the role on the article's date and today's; older posts beyond the last five add
  // weight to the bundle the content script loads, not value.
  const roles = [...p.roles].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '')).slice(-5);
  const aliases: Alias[] = [];
  const labelEn = p.nameEn;
  const labelDe = germanNames?.label ?? labelEn;
  addAlias(aliases, { text: labelDe, origin: 'label' });
  addAlias(aliases, { text: labelEn, origin: 'label' });
  for (const a of germanNames?.aliases ?? [])
    addAlias(aliases, { text: a, origin: 'import:openparliamenttv' });
  const shortRepo = p.repo.split('/')[1]!;
  if (p.dataName !== labelEn) addAlias(aliases, { text: p.dataName, origin: `import:${shortRepo}` });
  // Korean family names come first ("Kim Jong-un" → "Kim"); Chinese ones are too short and too shared.
  if (p.familyFirst && (p.cc === 'KP' || p.cc === 'KR')) {
    const family = labelEn.split(' ')[0]!;
    if (family.length >= 3) addAlias(aliases, { text: family, origin: 'rule:surname', needsCue: true });
  }
  if (!p.familyFirst) {
    const surnames = new Set<string>();
    for (const a of aliases.filter(
      (x) =>
        x.origin === 'label' || x.origin.startsWith('import:every') || x.origin === `import:${shortRepo}`,
    )) {
      const parts = a.text.split(' ');
      const last = parts[parts.length - 1]!;
      if (parts.length >= 2 && last.length >= 4 && /^\p{Lu}[\p{L}'-]+$/u.test(last)) surnames.add(last);
    }
    for (const s of surnames) addAlias(aliases, { text: s, origin: 'rule:surname', needsCue: true });
  }
  // German spellings of English-romanised names (translit.ts); the surname variant needs a cue like
  // every surname.
  const rule = ruleFor(p.cc);
  const translit: Alias[] = [];
  if (rule) {
    const lang = `${rule.replace('de-translit-', '')}-translit-de`;
    const has = (t: string) =>
      [...aliases, ...translit].some((a) => a.text.toLowerCase() === t.toLowerCase());
    for (const n of [labelEn, p.dataName]) {
      const t = germanSpelling(n, rule);
      if (!t || has(t) || !variantAllowed(t, id, p.qid, DATA_DIR)) continue;
      translit.push({ text: t, origin: `rule:${rule}`, lang });
      const parts = t.split(' ');
      const last = parts[parts.length - 1]!;
      if (p.familyFirst || parts.length < 2 || last.length < 4 || !/^\p{Lu}[\p{L}'-]+$/u.test(last)) continue;
      if (!has(last) && variantAllowed(last, id, p.qid, DATA_DIR))
        translit.push({ text: last, origin: `rule:${rule}`, lang, needsCue: true });
    }
  }
  for (const a of translit) addAlias(aliases, a);
  const cleaned = aliases.filter((a) => cleanAlias(a.text) === a.text);
  const main = roles.filter((r) => r.office).slice(-1);
  const show = main.length ? main : roles.slice(-1);
  const ambassador = show.every((r) => /ambassador/i.test(r.title.en));
  // Chiefs of staff and commanders are officers, not politicians (Gerasimov, Zaluzhnyi, Kochavi).
  const officer = show.every((r) => MILITARY_POST.test(r.title.en));
  const nounDe = ambassador
    ? p.female
      ? 'Diplomatin'
      : 'Diplomat'
    : officer
      ? p.female
        ? 'Offizierin'
        : 'Offizier'
      : p.female
        ? 'Politikerin'
        : 'Politiker';
  const nounEn = ambassador ? 'diplomat' : officer ? 'military officer' : 'politician';
  const asOf = roles[0]?.source.asOf ?? '2022-07-23';
  const listDe = show.map((r) => `${r.title.de} (${span(r.start, r.end, asOf)})`).join('; ');
  const listEn = show.map((r) => `${r.title.en} (${spanEn(r.start, r.end, asOf)})`).join('; ');
  // Cabinet people (gender known) read "Russischer Politiker; …"; heads of state and government from
  // world-leaders-2021 get one sentence about their main office (leader-description.ts).
  const leader = mainRole(roles);
  const description =
    c && p.female !== null && p.repo !== LEADERS_REPO
      ? {
          de: `${p.female ? c.personF : c.personM} ${nounDe}; ${listDe}.`,
          en: `${c.en} ${nounEn}; ${listEn}.`,
        }
      : leader
        ? leaderDescription(leader)
        : {
            de: `${p.female ? (c?.personF ?? 'Politikerin') : (c?.personM ?? 'Politiker')}.`,
            en: 'Politician.',
          };
  const first = labelEn.split(' ')[0];
  return {
    id,
    type: 'person',
    label: { de: labelDe, en: labelEn },
    description,
    aliases: cleaned,
    roles,
    wikidata: p.qid,
    wikipedia: { de: null, en: p.enwiki },
    cues: first && first.length >= 3 && !p.familyFirst ? [first] : [],
    source: source(
      p.repo,
      p.sourcePath,
      p.sourceLine,
      asOf,
      p.genderCite ? `Gender (Wikidata P21) from ${p.genderCite}.` : undefined,
    ),
  };
}
