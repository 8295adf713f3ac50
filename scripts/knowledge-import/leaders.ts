// Heads of state and government of every country from every-politician-scrapers/world-leaders-2021
// (Wikidata, years only): adds the roles and the people the cabinet files do not cover.
import type { Office, Role } from '../../lib/knowledge/types';
import { readCsv, slug, snapshotDate, source } from './common';
import type { CountryInfo } from './countries';
import { alpha2, LEADER_COUNTRIES } from './countries';
import { LEADER_GENDER, leaderGenderCite } from './leader-gender';
import { type Gender, leaderTitleDe, leaderTitleEn } from './leader-titles';
import type { Person } from './politicians';
import { KNOWN_OFFICES } from './politicians';
import { isSingleHolder } from './titles';

const REPO = 'every-politician-scrapers/world-leaders-2021';
const PATH = 'data/wikidata.csv';

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
    let p = people.get(qid);
    const countryDe = info?.de ?? country;
    const en = leaderTitleEn(positionLabel);
    // The office is named in its generic (masculine) form; each role in its holder's form.
    const officeDe = leaderTitleDe(positionLabel, cc, countryDe, null) ?? en;
    const gender: Gender =
      p && p.female !== null ? (p.female ? 'female' : 'male') : (LEADER_GENDER[qid]?.[0] ?? null);
    const de = leaderTitleDe(positionLabel, cc, countryDe, gender) ?? en;
    if (!offices.has(officeId)) {
      offices.set(officeId, {
        id: officeId,
        label: { de: officeDe, en },
        jurisdiction: cc,
        phrases: [],
        wikidata: pos,
        // One president or prime minister at a time: the lint then catches a successor added by an
        // override while the predecessor's 2022 term is still open.
        ...(isSingleHolder(positionLabel) ? { singleHolder: true } : {}),
        source: source(REPO, PATH, row.line, asOf),
      });
    }
    const role: Role = {
      office: officeId,
      title: { de, en },
      start,
      end,
      source: source(REPO, PATH, row.line, asOf),
    };
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
    const known = LEADER_GENDER[qid];
    if (p.female === null && known) {
      p.female = known[0] === 'female';
      p.genderCite = leaderGenderCite(qid)!;
    }
    // The cabinet files already have this term with exact dates: keep those, skip the years-only copy.
    const same = p.roles.some((r) => r.office === officeId && r.start?.slice(0, 4) === start.slice(0, 4));
    if (!same) p.roles.push(role);
  }
}
