// Sample data for component tests and the static UI preview. Descriptions are written for these
// fixtures; dates follow the knowledge sources the project cites (Schoigu: defence minister from
// 6 Nov 2012 to 12 May 2024, then secretary of the Security Council).

import type { PopupState } from '../../components/popup-state';
import type { CallRecord } from '../../lib/calls/types';
import type { Entity, Role } from '../../lib/knowledge/types';

const src = { cite: 'wikidata:Q0', asOf: '2026-11-01' };

export const ROLE_DEFENCE_RU: Role = {
  office: 'ru.minister-of-defence',
  title: { de: 'Verteidigungsminister Russlands', en: 'Minister of Defence of Russia' },
  start: '2012-11-06',
  end: '2024-05-12',
  source: { cite: 'wikidata:Q1990#P39', asOf: '2026-11-01' },
};
export const ROLE_SECURITY_COUNCIL: Role = {
  office: 'ru.security-council-secretary',
  title: { de: 'Sekretär des Sicherheitsrats Russlands', en: 'Secretary of the Security Council of Russia' },
  start: '2024-05-12',
  end: null,
  source: {
    cite: 'https://www.tagesschau.de/ausland/example (tagesschau.de, 2024-05-12)',
    asOf: '2026-11-01',
  },
};
export const ROLE_PRESIDENT_RU: Role = {
  office: 'ru.president',
  title: { de: 'Präsident Russlands', en: 'President of Russia' },
  start: '2012-05-07',
  end: null,
  source: { cite: 'wikidata:Q7747#P39', asOf: '2026-11-01' },
};
export const ROLE_CHANCELLOR: Role = {
  office: 'de.chancellor',
  title: { de: 'Bundeskanzler', en: 'Chancellor of Germany' },
  start: '2021-12-08',
  end: '2025-05-06',
  source: { cite: 'example/knowledge-sources@0123456789abcdef:offices/de.csv#L4', asOf: '2026-11-01' },
};
export const ROLE_LONG: Role = {
  office: null,
  title: {
    de: 'Parlamentarische Staatssekretärin bei der Bundesministerin für wirtschaftliche Zusammenarbeit und Entwicklung',
    en: 'Parliamentary State Secretary to the Federal Minister for Economic Cooperation and Development',
  },
  start: '2021-12',
  end: null,
  source: src,
};

export const SHOIGU: Entity = {
  id: 'sergei-shoigu',
  type: 'person',
  label: { de: 'Sergei Schoigu', en: 'Sergei Shoigu' },
  description: {
    de: 'Russischer Politiker. Führte über ein Jahrzehnt das Verteidigungsministerium und leitet seither das Sekretariat des Sicherheitsrats.',
    en: 'Russian politician. Ran the defence ministry for more than a decade and has since headed the Security Council secretariat.',
  },
  aliases: [
    { text: 'Schoigu', origin: 'listed', needsCue: true },
    { text: 'Shoigu', origin: 'rule:translit-sch-sh', needsCue: true },
    { text: 'Schojgu', origin: 'listed', needsCue: true },
    { text: 'Sergej Schoigu', origin: 'import:labels-de' },
    { text: 'sergei schoigu', origin: 'rule:lower' },
  ],
  roles: [ROLE_DEFENCE_RU, ROLE_SECURITY_COUNCIL],
  wikidata: 'Q1990',
  wikipedia: { de: 'Sergei Kuschugetowitsch Schoigu', en: 'Sergei Shoigu' },
  cues: ['Verteidigungsminister'],
  source: src,
};

export const PUTIN: Entity = {
  id: 'vladimir-putin',
  type: 'person',
  label: { de: 'Wladimir Putin', en: 'Vladimir Putin' },
  description: {
    de: 'Russischer Staatschef. Regiert das Land seit 2000 als Präsident oder Regierungschef.',
    en: 'Russian head of state. Has ruled the country since 2000 as president or prime minister.',
  },
  aliases: [
    { text: 'Putin', origin: 'listed' },
    { text: 'Wladimir Wladimirowitsch Putin', origin: 'import:labels-de' },
  ],
  roles: [ROLE_PRESIDENT_RU],
  wikidata: 'Q7747',
  wikipedia: { de: 'Wladimir Putin', en: 'Vladimir Putin' },
  cues: [],
  source: src,
};

export const SCHOLZ: Entity = {
  id: 'olaf-scholz',
  type: 'person',
  label: { de: 'Olaf Scholz', en: 'Olaf Scholz' },
  description: {
    de: 'SPD-Politiker. War von 2021 bis 2025 Bundeskanzler, zuvor Finanzminister und Erster Bürgermeister Hamburgs.',
    en: 'SPD politician. Chancellor of Germany from 2021 to 2025, before that finance minister and mayor of Hamburg.',
  },
  aliases: [{ text: 'Scholz', origin: 'listed', needsCue: true }],
  roles: [ROLE_CHANCELLOR],
  wikidata: 'Q61053',
  wikipedia: { de: 'Olaf Scholz', en: 'Olaf Scholz' },
  cues: ['Kanzler'],
  source: src,
};

export const DONBAS: Entity = {
  id: 'donbas',
  type: 'place',
  label: { de: 'Donbass', en: 'Donbas' },
  description: {
    de: 'Industrie- und Bergbauregion im Osten der Ukraine, umfasst große Teile der Gebiete Donezk und Luhansk.',
    en: 'Industrial and mining region in eastern Ukraine, covering most of the Donetsk and Luhansk oblasts.',
  },
  aliases: [
    { text: 'Donbas', origin: 'listed' },
    { text: 'Donezbecken', origin: 'listed' },
  ],
  roles: [],
  wikidata: 'Q33185',
  wikipedia: { de: 'Donezbecken' },
  cues: [],
  source: src,
};

export const LONG_TERM: Entity = {
  id: 'bundeswehr-sondervermoegen',
  type: 'term',
  label: { de: 'Bundeswehrsondervermögensfinanzierungsgesetz', en: 'Bundeswehr Special Fund Act' },
  description: {
    de: 'Gesetzesbündel zur Kreditfinanzierung der Bundeswehrausrüstungsbeschaffungsprogramme und Rüstungskooperationsvereinbarungen außerhalb des Kernhaushalts.',
    en: 'Laws that finance equipment programmes of the armed forces by credit outside the core budget.',
  },
  aliases: [
    { text: 'Sondervermögen Bundeswehr', origin: 'listed' },
    { text: 'Bundeswehr-Sondervermögen', origin: 'listed' },
    { text: 'Sondervermögen', origin: 'listed', needsCue: true },
    { text: 'BwSVermG', origin: 'listed', caseSensitive: true },
    { text: 'Sondervermögensgesetz', origin: 'listed' },
    { text: 'Bundeswehrfinanzierungsgesetz', origin: 'listed' },
    { text: 'Sondertopf', origin: 'listed' },
    { text: '100-Milliarden-Paket', origin: 'listed' },
  ],
  roles: [],
  wikidata: null,
  wikipedia: { de: null },
  cues: [],
  source: { cite: 'https://www.bundestag.de/example (Deutscher Bundestag, 2022-06-03)', asOf: '2026-10-01' },
};

export const LONG_PERSON: Entity = {
  id: 'example-long-person',
  type: 'person',
  label: { de: 'Bärbel Kofler-Schwarzenberger', en: 'Bärbel Kofler-Schwarzenberger' },
  description: { de: 'Fiktive Person für den Layouttest.', en: 'Fictional person for the layout test.' },
  aliases: [],
  roles: [ROLE_LONG],
  wikidata: null,
  wikipedia: { de: null },
  cues: [],
  source: src,
};

export const NATO: Entity = {
  id: 'nato',
  type: 'organisation',
  label: { de: 'Nato', en: 'NATO' },
  description: {
    de: 'Nordatlantisches Verteidigungsbündnis mit Sitz in Brüssel.',
    en: 'North Atlantic defence alliance headquartered in Brussels.',
  },
  aliases: [
    { text: 'NATO', origin: 'label' },
    { text: 'Nordatlantikpakt', origin: 'listed' },
  ],
  roles: [],
  wikidata: 'Q7184',
  wikipedia: { de: 'NATO' },
  cues: [],
  source: src,
};

export const LABELS: Record<string, { de: string; en: string }> = {
  'lloyd-austin': { de: 'Lloyd Austin', en: 'Lloyd Austin' },
  'sergei-shoigu': SHOIGU.label,
  'olaf-scholz': SCHOLZ.label,
  'vladimir-putin': PUTIN.label,
  'john-kirby': { de: 'John Kirby', en: 'John Kirby' },
  'steffen-hebestreit': { de: 'Steffen Hebestreit', en: 'Steffen Hebestreit' },
  'volodymyr-zelensky': { de: 'Wolodymyr Selenskyj', en: 'Volodymyr Zelensky' },
};

// Statements below are written for the fixtures, not taken from an article.
export const CALL_AUSTIN_SHOIGU: CallRecord = {
  participants: ['lloyd-austin', 'sergei-shoigu'],
  roles: {
    'lloyd-austin': { de: 'Verteidigungsminister der USA', en: 'US Secretary of Defense' },
    'sergei-shoigu': ROLE_DEFENCE_RU.title,
  },
  mode: 'phone',
  status: 'held',
  date: '2022-05-13',
  dateText: 'am Freitag',
  duration: 'etwa eine Stunde',
  durationMinutes: 60,
  initiator: 'lloyd-austin',
  firstSince: '2022-02-18',
  demands: [
    {
      text: 'Austin verlangte einen sofortigen Waffenstillstand in der Ukraine.',
      start: 120,
      end: 186,
      by: 'lloyd-austin',
      source: 'john-kirby',
      plover: 'REQUEST',
      ploverMode: 'change',
    },
  ],
  outcomes: [
    {
      text: 'Konkrete Probleme seien in dem Gespräch nicht gelöst worden.',
      start: 300,
      end: 360,
      by: null,
      source: 'ein hoher Beamter',
      plover: 'ASSESS',
    },
  ],
  quotes: [],
  evidence: [{ text: 'Am Freitag telefonierte Austin mit Schoigu.', start: 40, end: 84 }],
  plover: { event: 'CONSULT', mode: 'phone' },
  cameo: '040',
};

export const CALL_SCHOLZ_PUTIN: CallRecord = {
  participants: ['olaf-scholz', 'vladimir-putin'],
  roles: { 'olaf-scholz': ROLE_CHANCELLOR.title, 'vladimir-putin': ROLE_PRESIDENT_RU.title },
  mode: 'phone',
  status: 'held',
  date: '2022-05-13',
  dateText: 'am Freitag',
  duration: '75 Minuten',
  durationMinutes: 75,
  initiator: null,
  firstSince: null,
  demands: [
    {
      text: 'Scholz drängte auf einen Waffenstillstand, den Abzug der russischen Truppen und eine diplomatische Lösung, die die Souveränitätsansprüche und Sicherheitsgarantieverpflichtungen berücksichtigt.',
      start: 500,
      end: 640,
      by: 'olaf-scholz',
      source: 'steffen-hebestreit',
      plover: 'REQUEST',
      ploverMode: 'yield',
    },
  ],
  outcomes: [],
  quotes: [
    {
      text: '„Wir bleiben im Gespräch“, sagte ein Regierungssprecher.',
      start: 700,
      end: 756,
      by: null,
      source: 'steffen-hebestreit',
    },
  ],
  evidence: [{ text: 'Scholz sprach am Telefon mit Putin.', start: 460, end: 495 }],
  plover: { event: 'CONSULT', mode: 'phone' },
  cameo: '040',
};

export const CALL_PLANNED: CallRecord = {
  participants: ['olaf-scholz', 'volodymyr-zelensky'],
  roles: {
    'olaf-scholz': ROLE_CHANCELLOR.title,
    'volodymyr-zelensky': { de: 'Präsident der Ukraine', en: 'President of Ukraine' },
  },
  mode: 'video',
  status: 'planned',
  date: null,
  dateText: 'in der kommenden Woche',
  duration: null,
  durationMinutes: null,
  initiator: null,
  firstSince: null,
  demands: [],
  outcomes: [],
  quotes: [],
  evidence: [{ text: 'Eine Videoschalte ist für die kommende Woche geplant.', start: 900, end: 953 }],
  plover: { event: 'CONSULT', mode: 'video' },
  cameo: null,
};

export const CALL_DENIED: CallRecord = {
  ...CALL_PLANNED,
  participants: ['vladimir-putin', 'volodymyr-zelensky'],
  roles: {
    'vladimir-putin': ROLE_PRESIDENT_RU.title,
    'volodymyr-zelensky': CALL_PLANNED.roles!['volodymyr-zelensky']!,
  },
  mode: 'phone',
  plover: { event: 'CONSULT', mode: 'phone' },
  status: 'denied',
  dateText: null,
  evidence: [{ text: 'Ein Telefonat habe es nicht gegeben, hieß es aus dem Kreml.', start: 1000, end: 1058 }],
};

export const READY_STATE: PopupState = {
  status: 'ready',
  site: 'localhost',
  enabled: true,
  page: {
    title: 'Austin spricht erstmals seit Kriegsbeginn mit Schoigu',
    published: '2022-05-13',
    url: 'http://localhost:5173/demo/',
  },
  entities: [
    { id: 'vladimir-putin', type: 'person', label: PUTIN.label, count: 7 },
    { id: 'sergei-shoigu', type: 'person', label: SHOIGU.label, count: 5 },
    { id: 'lloyd-austin', type: 'person', label: LABELS['lloyd-austin']!, count: 6 },
    { id: 'olaf-scholz', type: 'person', label: SCHOLZ.label, count: 4 },
    { id: 'john-kirby', type: 'person', label: LABELS['john-kirby']!, count: 1 },
    { id: 'ukraine', type: 'place', label: { de: 'Ukraine', en: 'Ukraine' }, count: 6 },
    { id: 'donbas', type: 'place', label: DONBAS.label, count: 2 },
    { id: 'russia', type: 'place', label: { de: 'Russland', en: 'Russia' }, count: 3 },
    { id: 'pentagon', type: 'organisation', label: { de: 'Pentagon', en: 'Pentagon' }, count: 2 },
    { id: 'nato', type: 'organisation', label: NATO.label, count: 1 },
    {
      id: 'ceasefire',
      type: 'term',
      label: { de: 'Waffenstillstandsverhandlungen', en: 'Ceasefire negotiations' },
      count: 2,
    },
  ],
  calls: [CALL_AUSTIN_SHOIGU, CALL_SCHOLZ_PUTIN, CALL_PLANNED, CALL_DENIED],
};

export const NO_CALLS_STATE: PopupState = { ...READY_STATE, calls: [] };
export const EMPTY_STATE: PopupState = { ...READY_STATE, calls: [], entities: [] };
export const LOADING_STATE: PopupState = {
  ...READY_STATE,
  status: 'loading',
  page: null,
  entities: [],
  calls: [],
};
export const NOT_ARTICLE_STATE: PopupState = {
  ...LOADING_STATE,
  status: 'not-article',
  site: 'www.tagesschau.de',
  reason: 'kein Artikel-Markup (og:type website)',
};
export const UNSUPPORTED_STATE: PopupState = {
  ...LOADING_STATE,
  status: 'unsupported',
  site: null,
  enabled: false,
};
export const ERROR_STATE: PopupState = {
  ...LOADING_STATE,
  status: 'error',
  reason: 'TypeError: x is undefined',
};
export const DISABLED_STATE: PopupState = { ...READY_STATE, enabled: false, entities: [], calls: [] };
