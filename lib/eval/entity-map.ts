// Maps the gold's canonical English names to knowledge entity ids: by English label first, then
// German label, then any alias. Case and diacritics are ignored (Erdoğan = Erdogan).

import type { Entity } from '../knowledge/types';

export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** canonical → entity id, or null when the knowledge does not contain it. */
export function mapGoldNames(
  canonicals: readonly string[],
  entities: readonly Entity[],
): Map<string, string | null> {
  const byEn = new Map<string, string>();
  const byDe = new Map<string, string>();
  const byAlias = new Map<string, string>();
  for (const e of entities) {
    if (!byEn.has(foldName(e.label.en))) byEn.set(foldName(e.label.en), e.id);
    if (!byDe.has(foldName(e.label.de))) byDe.set(foldName(e.label.de), e.id);
    for (const a of e.aliases) {
      // needsCue aliases (surnames alone) are too weak to identify a gold entity by.
      if (!a.needsCue && !byAlias.has(foldName(a.text))) byAlias.set(foldName(a.text), e.id);
    }
  }
  const out = new Map<string, string | null>();
  for (const name of canonicals) {
    const key = foldName(name);
    out.set(name, byEn.get(key) ?? byDe.get(key) ?? byAlias.get(key) ?? null);
  }
  return out;
}
