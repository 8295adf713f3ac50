// Sentence splitting for German news text. Intl.Segmenter splits after every period followed by a
// space and a capital, which in German cuts through abbreviations (Dr., z. B.), ordinals and dates
// ("am 3. Oktober", "der 2. Weltkrieg") and initials ("John F. Kennedy"); we merge those back.

import { drain, type Steps } from '../steps';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations after which a sentence practically never ends. Compared case-sensitively. */
const ALWAYS_ABBREV = new Set([
  'Dr',
  'Prof',
  'Nr',
  'St',
  'vgl',
  'bzw',
  'ca',
  'Chr',
  'Mio',
  'Mrd',
  'Hrsg',
  'geb',
  'gest',
  'Abs',
  'Art',
  'Jh',
  'Jhd',
  'Jhdt',
  'inkl',
  'exkl',
  'ggf',
  'evtl',
  'sog',
  'Dipl',
  'Ing',
  'Mag',
  'Hl',
  'Hr',
  'Hrn',
  'Fr',
  'Str',
  'Tel',
  'Bd',
  'Kap',
  'Min',
  'max',
  'min',
  'Mr',
  'Mrs',
  'Ms',
  'Gen',
  'Lt',
  'Sen',
  'Rep',
  'zit',
  'bspw',
  'ehem',
  'stellv',
  'zzgl',
  'gegr',
  'Verf',
  'Anm',
]);
/** Abbreviations that may also end a sentence: merge only when the next part starts in lower case. */
const MAYBE_ABBREV = new Set(['usw', 'etc', 'ff', 'Co', 'Ltd', 'Inc', 'Corp', 'Jr', 'jr', 'Sr']);

const MONTHS =
  /^(Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\b/u;
/** Words before a number that make "3." an ordinal rather than the end of a sentence. */
const ORDINAL_LEAD =
  /(?:^|[\s(„"'])(am|vom|zum|bis|ab|seit|dem|den|der|die|das|des|im|beim|zur|ihr|ihre|ihrem|ihren|sein|seine|seinem|seinen|dessen|deren|zum|zu|nach|vor|jeder|jeden|jedem|jedes|Platz|Rang|Nummer|Artikel|Paragraph|Paragraf|Stufe|Tag|Mal)\s+\d{1,3}\.\s*$/iu;

function endsInAbbreviation(part: string, next: string): boolean {
  const m = /(?:^|[^\p{L}\p{N}.])((?:\p{L}{1,6}\.)+)\s*$/u.exec(part);
  const nextLower = /^\s*[„"'(]?\p{Ll}/u.test(next);
  if (m) {
    const chunks = m[1]!.split('.').filter(Boolean);
    const last = chunks[chunks.length - 1]!;
    // Single letters: initials ("F."), parts of "z. B.", "u. a.", "d. h.", "o. ä.".
    if ([...last].length === 1) return true;
    if (chunks.length > 1) return true; // "z.B.", "u.a.", "i.d.R."
    if (ALWAYS_ABBREV.has(last)) return true;
    if (MAYBE_ABBREV.has(last)) return nextLower;
  }
  if (/(?:^|\s)\d{1,3}\.\s*$/u.test(part)) {
    const num = Number(/(\d{1,3})\.\s*$/u.exec(part)![1]);
    if (MONTHS.test(next.trimStart()) && num <= 31) return true;
    if (ORDINAL_LEAD.test(part)) return true;
    if (
      /^\s*(Weltkrieg|Jahrhundert|Jahrtausend|Jahrestag|Geburtstag|Todestag|Lesung|Runde|Liga|Bundesliga|Klasse|Etage|Stock|Mal|Platz|Quartal|Halbjahr|Amendment|Armee|Brigade|Division)/u.test(
        next,
      )
    )
      return true;
  }
  // After "?" or "!" inside a quote the sentence often goes on: "„Wann?“ fragte er."
  return nextLower;
}

/** Splits text into sentences; every newline also ends a sentence (paragraphs, headings, list items). */
export function splitSentences(text: string): Sentence[] {
  return drain(sentenceSteps(text));
}

/** splitSentences in steps: it pauses every few dozen lines. */
export function* sentenceSteps(text: string): Steps<Sentence[]> {
  const out: Sentence[] = [];
  const segmenter = new Intl.Segmenter('de', { granularity: 'sentence' });
  const lineRe = /[^\n]+/g;
  let lines = 0;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    if ((++lines & 31) === 0) yield;
    const base = line.index;
    const parts: { start: number; end: number }[] = [];
    for (const seg of segmenter.segment(line[0])) {
      const start = base + seg.index;
      const end = start + seg.segment.length;
      const prev = parts[parts.length - 1];
      if (prev && endsInAbbreviation(text.slice(prev.start, prev.end), seg.segment)) prev.end = end;
      else parts.push({ start, end });
    }
    for (const p of parts) {
      let { start, end } = p;
      while (start < end && /\s/u.test(text[start]!)) start++;
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
      if (end > start) out.push({ text: text.slice(start, end), start, end });
    }
  }
  return out;
}
