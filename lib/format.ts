// Dates and durations the way a German news site writes them ("13.05.2022", "seit Mai 2024",
// "ca. 60 Min."). Month names are spelled out here rather than taken from Intl so the output does
// not depend on the ICU data of the browser or of Node.

export type UiLang = 'de' | 'en';

export const MONTHS: Record<UiLang, readonly string[]> = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
}

/** Reads YYYY, YYYY-MM or YYYY-MM-DD (a time part is ignored); null for anything else. */
export function parseIsoDate(iso: string | null | undefined): PartialDate | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/.exec(iso.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "13.05.2022" (de) or "13 May 2022" (en); a date known only to the month reads "Mai 2024",
 * one known only to the year "2024". Text that is not an ISO date is returned unchanged.
 */
export function formatDate(iso: string | null | undefined, lang: UiLang = 'de'): string {
  const d = parseIsoDate(iso);
  if (!d) return iso ?? '';
  if (d.month === null) return String(d.year);
  const monthName = MONTHS[lang][d.month - 1]!;
  if (d.day === null) return `${monthName} ${d.year}`;
  return lang === 'de' ? `${pad(d.day)}.${pad(d.month)}.${d.year}` : `${d.day} ${monthName} ${d.year}`;
}

/** Month precision is what a reader wants for "since when": "Mai 2024" / "May 2024". */
export function formatMonthYear(iso: string | null | undefined, lang: UiLang = 'de'): string {
  const d = parseIsoDate(iso);
  if (!d) return iso ?? '';
  if (d.month === null) return String(d.year);
  return `${MONTHS[lang][d.month - 1]} ${d.year}`;
}

/** "seit Mai 2024" / "since May 2024". */
export function formatSince(iso: string | null | undefined, lang: UiLang = 'de'): string {
  const when = formatMonthYear(iso, lang);
  if (!when) return '';
  return lang === 'de' ? `seit ${when}` : `since ${when}`;
}

/** "bis Mai 2025" / "until May 2025". */
export function formatUntil(iso: string | null | undefined, lang: UiLang = 'de'): string {
  const when = formatMonthYear(iso, lang);
  if (!when) return '';
  return lang === 'de' ? `bis ${when}` : `until ${when}`;
}

/** True when the duration text hedges ("etwa eine Stunde", "rund 40 Minuten", "about an hour"). */
export function isApproximate(text: string | null | undefined): boolean {
  if (!text) return false;
  // Unicode letter boundaries, not \b: \b treats "ü" in "über" as a non-word character.
  return /(?<!\p{L})(?:etwa|rund|ca\.?|circa|ungefähr|knapp|gut|fast|beinahe|mehr als|über|annähernd|about|around|roughly|nearly|almost|over)(?!\p{L})/iu.test(
    text,
  );
}

function germanNumber(n: number): string {
  return String(Math.round(n * 10) / 10).replace('.', ',');
}

/**
 * "ca. 60 Min." / "about 60 min"; from two hours on in hours ("2,5 Std."). `text` is the article's
 * own wording and decides whether the number is hedged. Null minutes fall back to that text.
 */
export function formatDuration(
  minutes: number | null | undefined,
  text: string | null | undefined = null,
  lang: UiLang = 'de',
): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes) || minutes <= 0) {
    return text ?? '';
  }
  const approx = isApproximate(text);
  let core: string;
  if (minutes >= 120) {
    const hours = minutes / 60;
    core = lang === 'de' ? `${germanNumber(hours)} Std.` : `${Math.round(hours * 10) / 10} h`;
  } else {
    core = lang === 'de' ? `${Math.round(minutes)} Min.` : `${Math.round(minutes)} min`;
  }
  if (!approx) return core;
  return lang === 'de' ? `ca. ${core}` : `about ${core}`;
}

/** Compares two partial ISO dates by their shared precision; negative when a is earlier. */
export function compareIsoDates(a: string, b: string): number {
  const pa = parseIsoDate(a);
  const pb = parseIsoDate(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  return (
    pa.year - pb.year ||
    (pa.month !== null && pb.month !== null ? pa.month - pb.month : 0) ||
    (pa.day !== null && pb.day !== null ? pa.day - pb.day : 0)
  );
}

// Soft hyphens for very long German words, so a narrow card breaks "Waffenstill-standsverhandlungen"
// with a hyphen where the browser has no German hyphenation dictionary (Chromium on Linux, headless).
// Syllables by the maximal-onset rule: between two vowel groups, the longest tail of the consonant
// cluster that can start a German syllable moves to the next line. Compound joints that end in a
// vowel + s (Bundes|amt) come out wrong sometimes; the browser uses these points only when needed.
const VOWELS = 'aeiouyäöü';
const ONSETS = new Set(
  (
    'b c d f g h j k l m n p q r s t v w x z bl br ch chr ck dr fl fr gl gn gr kl kn kr pf pfl pfr ph pl pr ' +
    'qu sch schl schm schn schr schw sp spl spr st str th tr wr zw'
  ).split(' '),
);
const SHY = '\u00AD';

function syllableBreaks(word: string): number[] {
  const w = word.toLocaleLowerCase('de');
  const breaks: number[] = [];
  let i = 0;
  // Skip the leading consonants and the first vowel group.
  while (i < w.length && !VOWELS.includes(w[i]!)) i++;
  while (i < w.length) {
    while (i < w.length && VOWELS.includes(w[i]!)) i++;
    const clusterStart = i;
    while (i < w.length && !VOWELS.includes(w[i]!)) i++;
    if (i >= w.length) break; // the last consonants belong to the last syllable
    const cluster = w.slice(clusterStart, i);
    if (!cluster.length) continue;
    let cut = cluster.length - 1; // at least the last consonant moves on
    // A linking s after -ung, -heit, -schaft… closes the first part: Beschaffungs|programm.
    const fugen = /^(?:ngs|chs|ts|ks|gs)(?=[^aeiouyäöü])/.exec(cluster);
    const rest = fugen ? cluster.slice(fugen[0].length) : '';
    if (fugen && ONSETS.has(rest) && !rest.startsWith('ch')) {
      breaks.push(clusterStart + fugen[0].length);
      continue;
    }
    for (let k = 0; k < cluster.length; k++) {
      if (ONSETS.has(cluster.slice(k))) {
        cut = k;
        break;
      }
    }
    breaks.push(clusterStart + cut);
  }
  return breaks;
}

/**
 * Inserts soft hyphens (U+00AD) into words of at least `minWord` letters; shorter words and
 * acronyms stay untouched. Leaves at least three letters on each side of a break.
 */
export function softHyphenate(text: string, minWord = 24): string {
  return text.replace(/\p{L}+/gu, (word) => {
    if (word.length < minWord || word === word.toUpperCase() || word.includes(SHY)) return word;
    let out = '';
    let last = 0;
    for (const b of syllableBreaks(word)) {
      if (b < 3 || word.length - b < 3 || b - last < 2) continue;
      out += word.slice(last, b) + SHY;
      last = b;
    }
    return out + word.slice(last);
  });
}
