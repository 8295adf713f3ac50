// German spellings of Russian, Ukrainian and Belarusian names that the open data gives only in
// English romanisation ("Sergey Lavrov" → "Sergej Lawrow"). The rule follows the Duden-style
// transcription German newsrooms use; its output is only ever an extra alias (rule:translit-en-de),
// never a label, because individual spellings vary ("Oleksii"/"Oleksij").

// Digraphs first, parked on placeholders so later single-letter rules (z → s) cannot touch them.
const DIGRAPHS: [RegExp, string][] = [
  [/shch/g, '\uE001'],
  [/kh/g, '\uE002'],
  [/zh/g, '\uE003'],
  [/sh/g, '\uE003'],
  [/tch/g, '\uE004'],
  [/ch/g, '\uE004'],
  [/ts/g, '\uE005'],
];
const PLACEHOLDERS: Record<string, string> = {
  '\uE001': 'schtsch',
  '\uE002': 'ch',
  '\uE003': 'sch',
  '\uE004': 'tsch',
  '\uE005': 'z',
};
const LETTERS: [RegExp, string][] = [
  [/^y([aeiou])/g, 'j$1'],
  [/([aeiou\uE001-\uE005])y([aeiou])/g, '$1j$2'],
  [/([^aeiou])y([aeiou])/g, '$1j$2'],
  [/([aeiou])y$/g, '$1j'],
  [/([aeiou])y([^aeiou])/g, '$1j$2'],
  [/yy$/g, 'yj'],
  [/ii$/g, 'ij'],
  [/([^aeiouj])y$/g, '$1i'],
  [/v/g, 'w'],
  [/z/g, 's'],
];

function word(w: string): string {
  let s = w.toLowerCase();
  for (const [re, to] of DIGRAPHS) s = s.replace(re, to);
  for (const [re, to] of LETTERS) s = s.replace(re, to);
  s = s.replace(/[\uE001-\uE005]/g, (ch) => PLACEHOLDERS[ch]!);
  return w[0] === w[0]?.toUpperCase() ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** German transcription of an English-romanised East Slavic name, or null when it does not differ. */
export function germanTranscription(name: string): string | null {
  if (/sch|tz|w/i.test(name)) return null; // already a German spelling
  const out = name
    .split(/(\s+|-)/)
    .map((part) => (/^[A-Za-z]+$/.test(part) ? word(part) : part))
    .join('');
  return out === name ? null : out;
}
