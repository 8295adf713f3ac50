// US senators (current) and presidents and vice presidents since 2001 from unitedstates/congress-
// legislators (CC0, 2026-06-15). Terms that run on past the snapshot have scheduled ends there;
// they are kept open here and the scheduled end is noted.
import { load } from 'js-yaml';
import type { Alias, Entity, Office, Role } from '../../lib/knowledge/types';
import { addAlias, readSource, slug, snapshotDate, source } from './common';
import { feminine } from './titles';

const REPO = 'unitedstates/congress-legislators';

const STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
};
const STATES_DE: Record<string, string> = { CA: 'Kalifornien', PA: 'Pennsylvania' };
const PARTY_DE: Record<string, string> = {
  Democrat: 'Demokraten',
  Republican: 'Republikaner',
  Independent: 'parteilos',
};

interface Term {
  type: string;
  start: string;
  end: string;
  state?: string;
  party?: string;
}
interface Legislator {
  id: { bioguide?: string; wikidata?: string; wikipedia?: string; govtrack?: number };
  name: { first: string; last: string; official_full?: string; nickname?: string; suffix?: string };
  bio?: { gender?: string };
  terms: Term[];
}

function lineOf(lines: string[], key: string, value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const i = lines.findIndex((l) => l.trim() === `${key}: ${value}` || l.trim() === `${key}: '${value}'`);
  return i >= 0 ? i + 1 : undefined;
}

/** Contiguous terms of one type merged into spans (a senator re-elected every six years is one role). */
function spans(
  terms: Term[],
  types: string[],
): { start: string; end: string; state?: string; party?: string }[] {
  const out: { start: string; end: string; state?: string; party?: string }[] = [];
  for (const t of terms.filter((x) => types.includes(x.type))) {
    const prev = out[out.length - 1];
    const gapDays = prev ? (Date.parse(t.start) - Date.parse(prev.end)) / 86_400_000 : Infinity;
    if (prev && gapDays <= 3 && prev.state === t.state) prev.end = t.end;
    else out.push({ start: t.start, end: t.end, state: t.state, party: t.party });
  }
  return out;
}

/** Names that in German news mostly mean something else (the capital, the city, the country). */
const STATE_QUALIFIED = new Set(['WA', 'NY', 'GA']);

/** The 50 states, cited to the first term in legislators-current.yaml that names them. */
export function importStates(): Entity[] {
  const path = 'legislators-current.yaml';
  const lines = readSource(REPO, path).split('\n');
  const asOf = snapshotDate(REPO, path, '2026-06-15');
  return Object.entries(STATES).map(([code, en]) => {
    const de = STATES_DE[code] ?? en;
    const line = lines.findIndex((l) => l.trim() === `state: ${code}`) + 1;
    const qualified = STATE_QUALIFIED.has(code);
    const aliases: Alias[] = [];
    const labelDe = qualified ? `${de} (Bundesstaat)` : de;
    const labelEn = qualified ? `${en} (U.S. state)` : en;
    addAlias(aliases, { text: labelDe, origin: 'label' });
    if (labelEn !== labelDe) addAlias(aliases, { text: labelEn, origin: 'label', needsCue: true });
    addAlias(aliases, { text: `Bundesstaat ${de}`, origin: 'rule:us-state' });
    if (!qualified && de !== en) addAlias(aliases, { text: en, origin: 'import:congress-legislators' });
    return {
      id: `us-state-${code.toLowerCase()}`,
      type: 'place' as const,
      label: { de: labelDe, en: labelEn },
      description: {
        de: `Bundesstaat der Vereinigten Staaten (Kürzel ${code}).`,
        en: `State of the United States (postal code ${code}).`,
      },
      aliases,
      roles: [],
      wikidata: null,
      wikipedia: { de: null, en: null },
      cues: ['Bundesstaat', 'US-Bundesstaat'],
      source: source(REPO, path, line || undefined, asOf),
    };
  });
}

export function importCongress(offices: Map<string, Office>): Entity[] {
  const out: Entity[] = [];
  const add = (path: string, types: string[], keep: (l: Legislator) => boolean) => {
    const text = readSource(REPO, path);
    const lines = text.split('\n');
    const asOf = snapshotDate(REPO, path, '2026-06-15');
    for (const l of load(text) as Legislator[]) {
      if (!keep(l)) continue;
      const line = lineOf(lines, 'bioguide', l.id.bioguide) ?? lineOf(lines, 'govtrack', l.id.govtrack);
      const roles: Role[] = [];
      const female = l.bio?.gender === 'F';
      for (const s of spans(l.terms, types)) {
        const type = l.terms.find((t) => t.start === s.start)!.type;
        const scheduled = s.end > asOf;
        const state = s.state ? (STATES_DE[s.state] ?? STATES[s.state] ?? s.state) : '';
        const generic =
          type === 'sen'
            ? {
                de: `US-Senator für ${state}`,
                en: `United States Senator from ${STATES[s.state ?? ''] ?? s.state}`,
              }
            : type === 'prez'
              ? { de: 'Präsident der Vereinigten Staaten', en: 'President of the United States' }
              : { de: 'Vizepräsident der Vereinigten Staaten', en: 'Vice President of the United States' };
        const title = female ? { ...generic, de: feminine(generic.de) } : generic;
        const office = type === 'sen' ? 'us.senator' : type === 'prez' ? 'us.president' : 'us.vice-president';
        roles.push({
          office,
          title,
          start: s.start,
          end: scheduled ? null : s.end,
          source: source(
            REPO,
            path,
            line,
            asOf,
            scheduled ? `Scheduled end of the term: ${s.end}.` : undefined,
          ),
        });
      }
      if (!roles.length) continue;
      const full = (l.name.official_full ?? `${l.name.first} ${l.name.last}`).replace(/\s+/g, ' ').trim();
      const short = `${l.name.nickname ?? l.name.first} ${l.name.last}`;
      const aliases: Alias[] = [];
      addAlias(aliases, { text: short, origin: 'label' });
      addAlias(aliases, { text: full, origin: 'import:congress-legislators' });
      if (l.name.last.length >= 4)
        addAlias(aliases, { text: l.name.last, origin: 'rule:surname', needsCue: true });
      const last = roles[roles.length - 1]!;
      const party = [...l.terms].reverse().find((t) => t.party)?.party ?? '';
      const y = (d: string | null) => (d ? d.slice(0, 4) : '');
      const when = last.end ? `${y(last.start)}–${y(last.end)}` : `seit ${y(last.start)}`;
      const whenEn = last.end ? `${y(last.start)}–${y(last.end)}` : `since ${y(last.start)}`;
      out.push({
        id: slug(short),
        type: 'person',
        label: { de: short, en: short },
        description: {
          de: `US-amerikanische${female ? ' Politikerin' : 'r Politiker'}${PARTY_DE[party] ? ` (${PARTY_DE[party]})` : ''}; ${last.title.de} (${when}).`,
          en: `American politician${party ? ` (${party})` : ''}; ${last.title.en} (${whenEn}).`,
        },
        aliases,
        roles,
        wikidata: l.id.wikidata ?? null,
        wikipedia: { de: null, en: l.id.wikipedia ?? null },
        cues: [type(types), l.name.first],
        source: source(REPO, path, line, asOf),
      });
    }
  };
  const type = (types: string[]) => (types.includes('sen') ? 'Senator' : 'Präsident');
  add('legislators-current.yaml', ['sen'], (l) => l.terms[l.terms.length - 1]?.type === 'sen');
  add('executive.yaml', ['prez', 'viceprez'], (l) => l.terms.some((t) => t.start >= '2001-01-01'));
  offices.set('us.senator', {
    id: 'us.senator',
    label: { de: 'US-Senator', en: 'United States Senator' },
    jurisdiction: 'US',
    phrases: ['US-Senator', 'US-Senatorin', 'amerikanischer Senator'],
    wikidata: null,
    source: source(
      REPO,
      'legislators-current.yaml',
      undefined,
      snapshotDate(REPO, 'legislators-current.yaml', '2026-06-15'),
    ),
  });
  return out;
}
