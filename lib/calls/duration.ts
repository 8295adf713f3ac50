// How long a call lasted: "etwa eine Stunde", "rund 90 Minuten", "mehr als zwei Stunden",
// "knapp eine halbe Stunde", "ein einstündiges Telefonat", "90-minütig".

export interface DurationHit {
  text: string;
  start: number;
  end: number;
  minutes: number;
}

const NUMBER_WORDS: Record<string, number> = {
  ein: 1,
  eine: 1,
  einer: 1,
  einen: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  fünfzehn: 15,
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  neunzig: 90,
  anderthalb: 1.5,
  eineinhalb: 1.5,
  zweieinhalb: 2.5,
  dreiviertel: 0.75,
  halbe: 0.5,
  viertel: 0.25,
};

const QUAL =
  '(?:etwa|rund|ungefähr|circa|ca\\.|fast|knapp|gut|mehr\\s+als|weniger\\s+als|über|nahezu|beinahe|annähernd|bis\\s+zu|insgesamt|gerade\\s+einmal|nur|lediglich)';
const NUM = `(?:\\d+(?:[.,]\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;
const DURATION_RE = new RegExp(
  `(?<![\\p{L}])(?:${QUAL}\\s+)*(?:(?:eine|einer|einen|ein)\\s+)?(?:(?:gute|guten|knappe|knappen|halbe|halben|viertel|dreiviertel)\\s+)?(?:(?<n1>${NUM})\\s+)?(?:(?:halbe|halben|viertel|dreiviertel)\\s+)?(?<unit>Stunden?|Minuten?|Std\\.|Min\\.)(?:\\s+und\\s+(?<n2>${NUM})\\s+(?<unit2>Minuten?))?(?![\\p{L}])`,
  'giu',
);
const ADJ_RE =
  /(?<![\p{L}])(?<n>\d+|ein|zwei|drei|anderthalb|eineinhalb|halb|viertel|dreiviertel)-?(?<unit>stündig|minütig)\p{L}*/giu;

function num(word: string | undefined): number | null {
  if (!word) return null;
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return Number(w.replace(',', '.'));
  return NUMBER_WORDS[w] ?? null;
}

/** Parses one duration phrase; null when the phrase is not a duration. */
export function parseDuration(phrase: string): number | null {
  return findDurations(phrase, 0, phrase.length)[0]?.minutes ?? null;
}

export function findDurations(text: string, start: number, end: number): DurationHit[] {
  const part = text.slice(start, end);
  const out: DurationHit[] = [];
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(part); m; m = DURATION_RE.exec(part)) {
    const g = m.groups!;
    const phrase = m[0].trim();
    const lower = phrase.toLowerCase();
    const hours = /^(stunde|stunden|std)/iu.test(g.unit!);
    let n = num(g.n1);
    if (n === null) {
      // "eine Stunde", "eine halbe Stunde", "eine Viertelstunde" without a number word before the unit.
      if (/\bhalbe?n?\s+(stunde)/iu.test(lower)) n = 0.5;
      else if (/dreiviertel\s+stunde/iu.test(lower)) n = 0.75;
      else if (/viertel\s+stunde/iu.test(lower)) n = 0.25;
      else if (/(?:^|\s)(?:eine|einer|einen|ein)\s/iu.test(` ${lower}`)) n = 1;
      else continue; // a bare "Stunden" says nothing
    } else if (/\bhalbe?n?\s+stunde/iu.test(lower) && n === 1) n = 0.5;
    let minutes = hours ? n * 60 : n;
    const extra = num(g.n2);
    if (extra !== null) minutes += extra;
    out.push({
      text: phrase,
      start: start + m.index + (m[0].length - m[0].trimStart().length),
      end: start + m.index + m[0].trimEnd().length,
      minutes: Math.round(minutes),
    });
  }
  ADJ_RE.lastIndex = 0;
  for (let m = ADJ_RE.exec(part); m; m = ADJ_RE.exec(part)) {
    const w = m.groups!.n!.toLowerCase();
    const n = w === 'halb' ? 0.5 : num(w);
    if (n === null) continue;
    const minutes = m.groups!.unit!.toLowerCase() === 'stündig' ? n * 60 : n;
    out.push({
      text: m[0],
      start: start + m.index,
      end: start + m.index + m[0].length,
      minutes: Math.round(minutes),
    });
  }
  const QUARTER_RE =
    /(?<![\p{L}])(?:(?:etwa|rund|knapp|gut|fast|über|mehr\s+als)\s+)?(?:eine\s+)?(?:(?:gute|knappe)\s+)?(Dreiviertelstunde|Viertelstunde)(?![\p{L}])/giu;
  for (let m = QUARTER_RE.exec(part); m; m = QUARTER_RE.exec(part)) {
    const minutes = /^drei/iu.test(m[1]!) ? 45 : 15;
    out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length, minutes });
  }
  return out.sort((a, b) => a.start - b.start);
}
