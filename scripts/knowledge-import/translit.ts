// German spellings of names that the open data gives only in English romanisation. German newsrooms
// transcribe Russian, Ukrainian and Belarusian names by the Duden rules ("Sergey Lavrov" → "Sergej
// Lawrow") and write y, sh and kh in Hebrew, Persian and Arabic names the German way ("Netanyahu" →
// "Netanjahu", "Khamenei" → "Chamenei"). The output is only ever an extra alias with origin
// rule:<rule name>, never a label: individual spellings vary ("Oleksii"/"Oleksij"), and a variant that
// is no one's spelling is harmless, whereas one that is an ordinary word is not (see guard below).
//
// Rules, per word, in this order:
// de-translit-ru / -ua / -by (Cyrillic origin)
//   endings: -yi/-yy → -yj (Selenskyj, Saluschnyj), -ii/-iy → -ij (Andrij), -ei/-ey → -ej (Sergej),
//            other final y after a consonant → i (Dmitry → Dmitri)
//   digraphs: shch → schtsch, kh → ch, zh/sh → sch, (t)ch → tsch, ts → z
//   s between vowels → ss (Gerasimov → Gerassimow); ks → x in Russian/Belarusian (Aleksei → Alexej)
//   y → j where it starts a syllable (Yermak → Jermak); v → w (Peskov → Peskow); z → s (Zelensky)
//   Names that already look German (sch, tz, w) are left alone.
// de-translit-he (Israel): y → j at syllable starts, sh → sch, kh → ch, word-initial tz → z
// de-translit-fa (Iran): y → j at syllable starts, sh → sch, kh → ch, ou → u (Rouhani → Ruhani)
// de-translit-ar (Arab states): y → j at syllable starts, sh → sch, kh → ch
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type TranslitRule =
  | 'de-translit-ru'
  | 'de-translit-ua'
  | 'de-translit-by'
  | 'de-translit-he'
  | 'de-translit-fa'
  | 'de-translit-ar';

// Members of the Arab League, whose names reach German news through English romanisation.
const ARAB = new Set('AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE'.split(' '));

/** The rule that applies to a person from country `cc` (ISO alpha-2), or null for none. */
export function ruleFor(cc: string): TranslitRule | null {
  const c = cc.toUpperCase();
  if (c === 'RU') return 'de-translit-ru';
  if (c === 'UA') return 'de-translit-ua';
  if (c === 'BY') return 'de-translit-by';
  if (c === 'IL') return 'de-translit-he';
  if (c === 'IR') return 'de-translit-fa';
  if (ARAB.has(c)) return 'de-translit-ar';
  return null;
}

const SLAVIC: ReadonlySet<TranslitRule> = new Set(['de-translit-ru', 'de-translit-ua', 'de-translit-by']);

// Digraphs are parked on private-use placeholders so that later single-letter rules (z → s, s → ss,
// y → j) cannot touch what they produced.
const PLACEHOLDERS: Record<string, string> = {
  '\uE001': 'schtsch',
  '\uE002': 'ch',
  '\uE003': 'sch',
  '\uE004': 'tsch',
  '\uE005': 'z',
  '\uE006': 'ss',
  '\uE007': 'x',
};
const V = 'aeiouy';

function slavicWord(s: string, rule: TranslitRule): string {
  let w = s
    .replace(/y[iy]$/, 'yj')
    .replace(/i[iy]$/, 'ij')
    .replace(/e[iy]$/, 'ej')
    .replace(/shch/g, '\uE001')
    .replace(/kh/g, '\uE002')
    .replace(/[zs]h/g, '\uE003')
    .replace(/t?ch/g, '\uE004')
    .replace(/ts/g, '\uE005');
  if (rule !== 'de-translit-ua') w = w.replace(/ks/g, '\uE007');
  w = w
    .replace(new RegExp(`([${V}])s(?=[${V}])`, 'g'), '$1\uE006')
    .replace(/^y(?=[aeiou])/, 'j')
    .replace(/y(?=[aeiou])/g, 'j') // after a vowel or a consonant alike: Mayak → Majak, Ilyin → Iljin
    .replace(/([aeou])y(?![aeiou])/g, '$1j') // Sergey's y was handled above; Maykop → Majkop
    .replace(/([^aeiouj\uE001-\uE007])y$/, '$1i')
    .replace(/v/g, 'w')
    .replace(/z/g, 's');
  return w;
}

function otherWord(s: string, rule: TranslitRule): string {
  let w = s.replace(/sh/g, '\uE003').replace(/kh/g, '\uE002');
  // Only a word-initial tz is Hebrew tsadi written the English way (Tzipi → Zipi); Katz, Horowitz
  // and Steinitz keep their Yiddish-German tz.
  if (rule === 'de-translit-he') w = w.replace(/^tz/, '\uE005');
  if (rule === 'de-translit-fa') w = w.replace(/ou/g, 'u');
  return w.replace(/y(?=[aeiou])/g, 'j');
}

function word(w: string, rule: TranslitRule): string {
  const lower = w.toLowerCase();
  const s = SLAVIC.has(rule) ? slavicWord(lower, rule) : otherWord(lower, rule);
  const out = s.replace(/[\uE001-\uE007]/g, (ch) => PLACEHOLDERS[ch]!);
  return w[0] === w[0]?.toUpperCase() ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/** The German spelling of an English-romanised name under `rule`, or null when it does not differ. */
export function germanSpelling(name: string, rule: TranslitRule): string | null {
  if (SLAVIC.has(rule) && /sch|tz|w/i.test(name)) return null; // already a German spelling
  const out = name
    .split(/(\s+|-)/)
    .map((part) => (/^[A-Za-z]+$/.test(part) ? word(part, rule) : part))
    .join('');
  return out === name ? null : out;
}

/** German transcription of an English-romanised Russian name (kept for older callers). */
export function germanTranscription(name: string): string | null {
  return germanSpelling(name, 'de-translit-ru');
}

// The guard. A generated spelling that is an ordinary German word ("Kasse", "Sachs") or that a
// hand-kept entity already uses would link the wrong thing, so it is dropped and logged. The word
// list is the system's German dictionary (Debian wngerman, read here, never copied into the
// project); without it the import stops rather than silently writing different variants.
const WORDLIST = process.env.KONTEXT_WORDLIST ?? '/usr/share/dict/ngerman';
let words: Set<string> | null = null;
/** Ordinary words of German news that the dictionary lacks and a rule once produced (Ben-Shabbat). */
const NOT_IN_DICTIONARY = new Set(['schabbat']);
let handAliases: Map<string, Set<string>> | null = null;

function fold(text: string): string {
  return text.normalize('NFC').replace(/ß/g, 'ss').toLocaleLowerCase('de').trim();
}

function germanWords(): Set<string> {
  if (!words) {
    let text: string;
    try {
      text = readFileSync(WORDLIST, 'utf8');
    } catch {
      throw new Error(
        `import: no German word list at ${WORDLIST} (apt-get install wngerman, or set KONTEXT_WORDLIST)`,
      );
    }
    words = new Set(text.split('\n').filter(Boolean));
  }
  return words;
}

/**
 * The dictionary also lists proper names ("Netanjahu", "Putin"), which are exactly what we want.
 * A spelling counts as an ordinary word when the dictionary has it in lower case ("ganz") or has it
 * capitalised with inflected forms that names lack ("Kasse", "Kassen"); a name has at most a
 * genitive -s.
 */
export function isOrdinaryWord(text: string): boolean {
  if (NOT_IN_DICTIONARY.has(text.toLowerCase())) return true;
  const w = germanWords();
  if (w.has(text.toLowerCase())) return true;
  const cap = text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
  return w.has(cap) && ['n', 'en', 'e', 'er', 'es', 'ern', 'em'].some((end) => w.has(cap + end));
}

interface HandEntity {
  id: string;
  wikidata?: string | null;
  label?: { de: string; en: string };
  aliases?: { text: string }[];
}

/** Folded alias → ids (and Wikidata ids) of the hand-kept entities that claim it. */
function handKept(dataDir: string): Map<string, Set<string>> {
  if (!handAliases) {
    handAliases = new Map();
    for (const name of readdirSync(dataDir).sort()) {
      if (!name.endsWith('.json') || name === 'meta.json') continue;
      const d = JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as {
        entities?: HandEntity[];
        overrides?: { action: string; entity?: HandEntity | string; alias?: { text: string } }[];
      };
      const list = [...(d.entities ?? [])];
      for (const row of d.overrides ?? []) if (typeof row.entity === 'object') list.push(row.entity);
      for (const e of list) {
        const owners = [e.id, e.wikidata].filter((x): x is string => !!x);
        for (const t of [e.label?.de, e.label?.en, ...(e.aliases ?? []).map((a) => a.text)]) {
          if (!t) continue;
          const set = handAliases.get(fold(t)) ?? new Set<string>();
          for (const o of owners) set.add(o);
          handAliases.set(fold(t), set);
        }
      }
    }
  }
  return handAliases;
}

export const translitLog: string[] = [];
export const translitCounts = { added: 0, dropped: 0 };

/**
 * Whether a generated variant may become an alias of the person with id `id` / Wikidata `qid`:
 * false (and logged) when it is a German word or a hand-kept entity's name for someone else.
 */
export function variantAllowed(text: string, id: string, qid: string | null, dataDir: string): boolean {
  const key = fold(text);
  let why: string | null = null;
  if (isOrdinaryWord(text)) why = 'is an ordinary German word';
  else {
    const owners = handKept(dataDir).get(key);
    if (owners && !owners.has(id) && !(qid && owners.has(qid)))
      why = `is already a name of ${[...owners].join('/')}`;
  }
  if (why) {
    translitCounts.dropped++;
    translitLog.push(`dropped variant "${text}" of ${id}: it ${why}`);
  } else translitCounts.added++;
  // The import's main script prints its own summary; ours follows it when the process ends.
  if (!summaryHooked) {
    summaryHooked = true;
    process.once('exit', printTranslitSummary);
  }
  return !why;
}

let summaryHooked = false;

function printTranslitSummary(): void {
  console.log(
    `import: German transliteration variants: ${translitCounts.added} added, ${translitCounts.dropped} dropped`,
  );
  for (const l of translitLog) console.log(`  ${l}`);
}
