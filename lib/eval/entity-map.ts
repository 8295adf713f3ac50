// Maps the gold's canonical English names to knowledge entity ids, strongest evidence first:
//  1. English label, German label, or a full (non-cue) alias equals the name (case and diacritics
//     ignored: Erdoğan = Erdogan); also without a leading "The" ("The Pentagon").
//  2. For an entity of the gold's type only: the name equals a cue-only alias ("Turkey"), or the name
//     without its qualifier equals a label or alias ("X (social network)" → X (formerly Twitter)).
//     "Brühl (ZDF correspondent)" must not become the town, hence the type check.
//  3. For an entity of the gold's type only: the gold's own surface forms are full aliases of exactly
//     one knowledge entity ("Donetsk Oblast" written "Donezk" → the entity labelled Donechchyna Oblast),
//     for knowledge whose English labels are not the common English names.
// Each mapping says which rule made it, so a reviewer can audit it (`npm run eval -- DIR --verbose`).

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
  surfaceForms?: readonly string[];
}

export interface NameMapping {
  id: string | null;
  via: 'label' | 'alias' | 'cue-alias' | 'qualifier' | 'surface-forms' | null;
}

const stripQualifier = (key: string) => key.replace(/\s*\([^)]*\)\s*$/, '');

function multiMap(): Map<string, Set<string>> {
  return new Map();
}

function add(map: Map<string, Set<string>>, key: string, id: string) {
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

export function explainGoldNames(
  names: readonly (string | GoldName)[],
  entities: readonly Entity[],
): Map<string, NameMapping> {
  const typeOf = new Map(entities.map((e) => [e.id, e.type as string]));
  const labels = multiMap();
  const fullAliases = multiMap();
  const cueAliases = multiMap();
  const bareLabels = multiMap();
  for (const e of entities) {
    for (const label of [e.label.en, e.label.de]) {
      add(labels, foldName(label), e.id);
      add(bareLabels, stripQualifier(foldName(label)), e.id);
    }
    for (const a of e.aliases) add(a.needsCue ? cueAliases : fullAliases, foldName(a.text), e.id);
  }
  // An unambiguous hit: one id, optionally of the wanted type.
  const pick = (set: Set<string> | undefined, type?: string): string | null => {
    const ids = [...(set ?? [])].filter((id) => !type || typeOf.get(id) === type);
    return ids.length === 1 ? ids[0]! : null;
  };
  const out = new Map<string, NameMapping>();
  for (const item of names) {
    const { canonical, type, surfaceForms = [] } = typeof item === 'string' ? { canonical: item } : item;
    if (out.get(canonical)?.id) continue;
    const key = foldName(canonical);
    const plain = key.replace(/^the /, '');
    let found: NameMapping = { id: null, via: null };
    const tryRule = (via: NameMapping['via'], id: string | null) => {
      if (!found.id && id) found = { id, via };
    };
    // Rule 1 prefers the label's entity when several share the name (the type breaks further ties).
    tryRule('label', pick(labels.get(key)) ?? pick(labels.get(key), type) ?? pick(labels.get(plain), type));
    tryRule(
      'alias',
      pick(fullAliases.get(key)) ?? pick(fullAliases.get(key), type) ?? pick(fullAliases.get(plain), type),
    );
    if (type) {
      tryRule('cue-alias', pick(cueAliases.get(key), type));
      const bare = stripQualifier(key);
      if (bare !== key)
        tryRule(
          'qualifier',
          pick(bareLabels.get(bare), type) ??
            pick(labels.get(bare), type) ??
            pick(fullAliases.get(bare), type),
        );
      const fromForms = new Set<string>();
      for (const form of surfaceForms) {
        const id = pick(fullAliases.get(foldName(form)), type) ?? pick(labels.get(foldName(form)), type);
        if (id) fromForms.add(id);
      }
      if (fromForms.size === 1) tryRule('surface-forms', [...fromForms][0]!);
    }
    out.set(canonical, found);
  }
  return out;
}

/** canonical → entity id, or null when the knowledge does not contain it. */
export function mapGoldNames(
  names: readonly (string | GoldName)[],
  entities: readonly Entity[],
): Map<string, string | null> {
  return new Map([...explainGoldNames(names, entities)].map(([name, m]) => [name, m.id]));
}
