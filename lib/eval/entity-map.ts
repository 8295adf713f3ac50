// Maps the gold's canonical English names to knowledge entity ids: by English label first, then
// German label, then any alias. Case and diacritics are ignored (Erdoğan = Erdogan). Gold names
// carry English article and qualifiers ("The Pentagon", "X (social network)"): without them the name
// is tried again, the qualified form only for an entity of the gold's type ("Brühl (ZDF correspondent)"
// must not become the town).

import type { Entity } from '../knowledge/types';

export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

export interface GoldName {
  canonical: string;
  type?: string;
}

/** canonical → entity id, or null when the knowledge does not contain it. */
export function mapGoldNames(
  names: readonly (string | GoldName)[],
  entities: readonly Entity[],
): Map<string, string | null> {
  const typeOf = new Map(entities.map((e) => [e.id, e.type as string]));
  const byEn = new Map<string, string>();
  const byDe = new Map<string, string>();
  const byAlias = new Map<string, string>();
  // Labels without their own qualifier: "X (formerly Twitter)" → "x".
  const byBareLabel = new Map<string, string>();
  const stripQualifier = (key: string) => key.replace(/\s*\([^)]*\)\s*$/, '');
  for (const e of entities) {
    for (const label of [e.label.en, e.label.de]) {
      const bare = stripQualifier(foldName(label));
      if (!byBareLabel.has(bare)) byBareLabel.set(bare, e.id);
    }
    if (!byEn.has(foldName(e.label.en))) byEn.set(foldName(e.label.en), e.id);
    if (!byDe.has(foldName(e.label.de))) byDe.set(foldName(e.label.de), e.id);
    for (const a of e.aliases) {
      // needsCue aliases (surnames alone) are too weak to identify a gold entity by.
      if (!a.needsCue && !byAlias.has(foldName(a.text))) byAlias.set(foldName(a.text), e.id);
    }
  }
  const out = new Map<string, string | null>();
  const lookup = (key: string) => byEn.get(key) ?? byDe.get(key) ?? byAlias.get(key) ?? null;
  for (const item of names) {
    const { canonical, type } = typeof item === 'string' ? { canonical: item, type: undefined } : item;
    if (out.get(canonical)) continue;
    const key = foldName(canonical);
    let id = lookup(key) ?? lookup(key.replace(/^the /, ''));
    const bare = stripQualifier(key);
    if (!id && bare !== key && type) {
      const candidate = lookup(bare) ?? byBareLabel.get(bare) ?? null;
      if (candidate && typeOf.get(candidate) === type) id = candidate;
    }
    out.set(canonical, id);
  }
  return out;
}
