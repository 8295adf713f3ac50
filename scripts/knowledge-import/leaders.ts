// Heads of state and government of every country from every-politician-scrapers/world-leaders-2021
// (Wikidata, years only): adds the roles and the people the cabinet files do not cover.
import type { Office, Role } from '../../lib/knowledge/types';
import { readCsv, slug, snapshotDate, source } from './common';
import type { CountryInfo } from './countries';
import { alpha2, LEADER_COUNTRIES } from './countries';
import type { Person } from './politicians';
import { KNOWN_OFFICES } from './politicians';

const REPO = 'every-politician-scrapers/world-leaders-2021';
const PATH = 'data/wikidata.csv';

/** German wording of the usual top offices; others keep the English title with the country. */
function titleDe(position: string, countryDe: string): string {
  if (countryDe === 'Deutschland' && /^(federal )?president/i.test(position)) return 'Bundespräsident';
  const rules: [RegExp, string][] = [
    [/^president of the government of/i, 'Ministerpräsident'],
    [/^(federal )?chancellor/i, 'Bundeskanzler'],
    [/^(prime minister|premier|head of government)/i, 'Premierminister'],
    [/^(federal )?president/i, 'Präsident'],
    [/^(king|queen|monarch|emperor|sultan|emir|grand duke|prince)/i, 'Monarch'],
  ];
  for (const [re, t] of rules) if (re.test(position)) return `${t} (${countryDe})`;
  return `${position} (${countryDe})`;
}

/**
 * The German chancellor appears as Q4970706 here and as Q56022 in wikipedia.csv: positions are
 * normalised through this table before joining.
 */
const POSITION_ALIASES: Record<string, string> = { Q56022: 'Q4970706' };

export function importLeaders(
  countries: Map<string, CountryInfo>,
  offices: Map<string, Office>,
  people: Map<string, Person>,
): void {
  const asOf = snapshotDate(REPO, PATH, '2022-10-10');
  for (const row of readCsv(REPO, PATH)) {
    const {
      country = '',
      position = '',
      positionLabel = '',
      officeholder: qid = '',
      officeholderLabel = '',
    } = row.cells;
    const start = row.cells.start_year || null;
    const end = row.cells.end_year || null;
    const cc = alpha2(country) ?? LEADER_COUNTRIES[country];
    if (!cc || !/^Q\d+$/.test(qid) || !start) continue;
    const info = countries.get(cc);
    const pos = POSITION_ALIASES[position] ?? position;
    const officeId =
      KNOWN_OFFICES[pos] ??
      (cc === 'DE' && pos === 'Q4970706' ? 'de.chancellor' : `${cc.toLowerCase()}.${slug(positionLabel)}`);
    const de = titleDe(positionLabel, info?.de ?? country);
    if (!offices.has(officeId)) {
      offices.set(officeId, {
        id: officeId,
        label: { de, en: positionLabel },
        jurisdiction: cc,
        phrases: [],
        wikidata: pos,
        source: source(REPO, PATH, row.line, asOf),
      });
    }
    const role: Role = {
      office: officeId,
      title: { de, en: positionLabel },
      start,
      end,
      source: source(REPO, PATH, row.line, asOf),
    };
    let p = people.get(qid);
    if (!p) {
      p = {
        qid,
        nameEn: officeholderLabel,
        enwiki: null,
        dataName: officeholderLabel,
        female: null,
        cc,
        repo: REPO,
        roles: [],
        relevant: true,
        sourceLine: row.line,
        sourcePath: PATH,
        cyrillic: false,
        familyFirst: cc === 'CN' || cc === 'KP' || cc === 'KR' || cc === 'VN',
      };
      people.set(qid, p);
    }
    p.relevant = true;
    // The cabinet files already have this term with exact dates: keep those, skip the years-only copy.
    const same = p.roles.some((r) => r.office === officeId && r.start?.slice(0, 4) === start.slice(0, 4));
    if (!same) p.roles.push(role);
  }
}
