// Dates as German news writes them ("am 13. Mai 2022", "13.05.2022", "am Freitag", "gestern"),
// resolved against the publication date only where the result is not a guess: a weekday or
// "gestern" in a past-tense report is the most recent such day up to the publication date.

export interface DateHit {
  text: string;
  start: number;
  end: number;
  /** ISO date, or null when the year or the reference date is missing. */
  iso: string | null;
}

export const MONTHS: Record<string, number> = {
  januar: 1,
  jänner: 1,
  jan: 1,
  februar: 2,
  feber: 2,
  feb: 2,
  märz: 3,
  maerz: 3,
  mär: 3,
  april: 4,
  apr: 4,
  mai: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
};
const WEEKDAYS: Record<string, number> = {
  sonntag: 0,
  montag: 1,
  dienstag: 2,
  mittwoch: 3,
  donnerstag: 4,
  freitag: 5,
  samstag: 6,
  sonnabend: 6,
};
const RELATIVE: Record<string, number> = { heute: 0, gestern: -1, vorgestern: -2 };

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const DATE_RE = new RegExp(
  [
    `(?<dmy>(?:am\\s+|vom\\s+|dem\\s+)?(?<d1>\\d{1,2})\\.\\s*(?<mon>${MONTH_NAMES})\\.?(?:\\s+(?<y1>\\d{4}))?)`,
    `(?<num>(?:am\\s+)?(?<d2>\\d{1,2})\\.(?<m2>\\d{1,2})\\.(?<y2>\\d{4}|\\d{2})?)`,
    `(?<iso>(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2}))`,
    `(?<wd>(?:am\\s+|vom\\s+|seit\\s+)?(?<wday>Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?:abend|morgen|nachmittag|vormittag|mittag)?)`,
    `(?<rel>(?<relw>heute|gestern|vorgestern)(?:\\s+(?:Abend|Morgen|Nachmittag|Vormittag|Mittag))?)`,
    `(?<week>(?:diese|vergangene|letzte|vorige)[nr]?\\s+Woche|am\\s+(?:vergangenen\\s+)?Wochenende|Anfang\\s+der\\s+Woche|Ende\\s+der\\s+Woche)`,
  ].join('|'),
  'giu',
);

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoDay(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function addDays(iso: string, days: number): string {
  const dt = new Date(`${iso}T00:00:00Z`);
  dt.setUTCDate(dt.getUTCDate() + days);
  return dt.toISOString().slice(0, 10);
}

function fullDay(published: string | null): string | null {
  return published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
}

/**
 * A day and month without a year, placed in the year of the publication date; a day later than the
 * publication belongs to the year before (a January article about "18. Dezember").
 */
export function withYear(month: number, day: number, published: string | null): string | null {
  const pub = fullDay(published);
  if (!pub) return null;
  const y = Number(pub.slice(0, 4));
  const same = isoDay(y, month, day);
  if (same && same <= pub) return same;
  return isoDay(y - 1, month, day);
}

/** The most recent given weekday on or before the publication date. */
export function lastWeekday(weekday: number, published: string | null): string | null {
  const pub = fullDay(published);
  if (!pub) return null;
  const dow = new Date(`${pub}T00:00:00Z`).getUTCDay();
  return addDays(pub, -((dow - weekday + 7) % 7));
}

/** Every date expression in text[start, end). */
export function findDates(text: string, start: number, end: number, published: string | null): DateHit[] {
  const out: DateHit[] = [];
  const part = text.slice(start, end);
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(part); m; m = DATE_RE.exec(part)) {
    const g = m.groups!;
    const hit = { text: m[0], start: start + m.index, end: start + m.index + m[0].length };
    let iso: string | null = null;
    if (g.dmy) {
      const month = MONTHS[g.mon!.toLowerCase()]!;
      const day = Number(g.d1);
      iso = g.y1 ? isoDay(Number(g.y1), month, day) : withYear(month, day, published);
    } else if (g.num) {
      const month = Number(g.m2);
      const day = Number(g.d2);
      if (month < 1 || month > 12) continue;
      const y = g.y2 ? (g.y2.length === 2 ? 2000 + Number(g.y2) : Number(g.y2)) : null;
      iso = y ? isoDay(y, month, day) : withYear(month, day, published);
    } else if (g.iso) iso = isoDay(Number(g.y3), Number(g.m3), Number(g.d3));
    else if (g.wd) {
      if (/^seit/iu.test(m[0])) continue;
      iso = lastWeekday(WEEKDAYS[g.wday!.toLowerCase()]!, published);
    } else if (g.week) {
      iso = null; // a week is no day: the text is kept, the date stays open
    } else if (g.rel) {
      const pub = fullDay(published);
      iso = pub ? addDays(pub, RELATIVE[g.relw!.toLowerCase()]!) : null;
    }
    out.push({ ...hit, iso });
  }
  return out;
}

/** Parse a date phrase on its own ("18. Februar", "am Freitag"); null when it is not one. */
export function parseDate(phrase: string, published: string | null): DateHit | null {
  return findDates(phrase, 0, phrase.length, published)[0] ?? null;
}
