// "Ehemaliger Präsident", "Ehemalige Präsidentin", "Ehemaliges Mitglied": the German adjective follows
// the title's own gender, which the import and the cited overrides already wrote into it.

const BOUNDARY = new Set(['der', 'des', 'von', 'für', 'im', 'am', 'in', 'zur', 'zum']);

export function formerDe(title: string): string {
  const words = title.split(' ');
  if (/^(Mitglied|Staatsoberhaupt)$/.test(words[0]!)) return `Ehemaliges ${title}`;
  const end = words.findIndex((w) => BOUNDARY.has(w));
  const head = end < 0 ? words : words.slice(0, end);
  // A feminine noun before the country: "Präsidentin Ungarns", "Oberste Führerin".
  const feminine = head.some((w) => /[a-zäöü]in$/.test(w));
  return `${feminine ? 'Ehemalige' : 'Ehemaliger'} ${title}`;
}
