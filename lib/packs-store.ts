// The reader's knowledge packs as stored under `local:packs`. Pure functions from the current
// stored value to the next one; the options page and the content script do the storage I/O.
// Every change returns a new list, so a failed import or a failed write leaves the old one intact.

import { validatePack } from './knowledge/packs';
import type { EntityType, KnowledgeBundle } from './knowledge/types';
import type { MatchIndex } from './match/index-types';

export const PACKS_STORAGE_KEY = 'local:packs';
/**
 * The match index of the bundled knowledge merged with the enabled packs, compiled by the options
 * page whenever the packs change: compiling takes a few hundred milliseconds, too long for a page.
 */
export const PACKS_INDEX_STORAGE_KEY = 'local:packs-index';

export interface StoredPacksIndex {
  signature: string;
  index: MatchIndex;
}

export interface StoredPack {
  /** The pack's own name (bundle.name); one stored pack per name. */
  name: string;
  enabled: boolean;
  /** ISO timestamp of the import. */
  importedAt: string;
  bundle: KnowledgeBundle;
}

export type ImportResult =
  | { ok: true; packs: StoredPack[]; pack: StoredPack; replaced: boolean }
  | { ok: false; errors: string[] };

export interface PackSummary {
  name: string;
  enabled: boolean;
  importedAt: string;
  asOf: string;
  entityCount: number;
  byType: Record<EntityType, number>;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Storage may hold anything (an older version, a hand edit). Packs were fully validated on import,
 * so only the outer shape is checked here: enough that callers can iterate without throwing.
 */
export function parseStoredPacks(raw: unknown): StoredPack[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: StoredPack[] = [];
  for (const p of raw) {
    if (!isObject(p) || typeof p.name !== 'string' || !p.name || seen.has(p.name)) continue;
    const b = p.bundle;
    if (!isObject(b) || !Array.isArray(b.entities) || !Array.isArray(b.offices)) continue;
    if (typeof b.asOf !== 'string' || typeof b.name !== 'string') continue;
    seen.add(p.name);
    out.push({
      name: p.name,
      enabled: typeof p.enabled === 'boolean' ? p.enabled : true,
      importedAt: typeof p.importedAt === 'string' ? p.importedAt : '',
      bundle: b as unknown as KnowledgeBundle,
    });
  }
  return out;
}

/** Adds a validated bundle, replacing a stored pack of the same name in place (and switching it on). */
export function addPack(
  packs: readonly StoredPack[],
  bundle: KnowledgeBundle,
  now: Date,
): { packs: StoredPack[]; pack: StoredPack; replaced: boolean } {
  const pack: StoredPack = { name: bundle.name, enabled: true, importedAt: now.toISOString(), bundle };
  const at = packs.findIndex((p) => p.name === bundle.name);
  if (at < 0) return { packs: [...packs, pack], pack, replaced: false };
  const next = packs.slice();
  next[at] = pack;
  return { packs: next, pack, replaced: true };
}

/**
 * Reads a pack file's text, validates it with the knowledge module's rules against the bundled
 * knowledge (every problem is reported, each naming the file, the entry and the field) and adds it.
 * The bundled knowledge's own name is refused, so the list never shows two "Kontext".
 */
export function importPack(
  text: string,
  fileName: string,
  packs: readonly StoredPack[],
  now: Date,
  bundled: KnowledgeBundle,
): ImportResult {
  // Editors on Windows like to start UTF-8 files with a byte-order mark, which JSON.parse rejects.
  const result = validatePack(text.replace(/^\uFEFF/, ''), fileName, bundled);
  if (!result.ok) return { ok: false, errors: result.errors };
  if (result.bundle.name.trim().toLowerCase() === bundled.name.trim().toLowerCase()) {
    return {
      ok: false,
      errors: [
        `${fileName}: name: "${result.bundle.name}" is the name of the bundled knowledge; choose another`,
      ],
    };
  }
  return { ok: true, ...addPack(packs, result.bundle, now) };
}

export function setPackEnabled(packs: readonly StoredPack[], name: string, enabled: boolean): StoredPack[] {
  return packs.map((p) => (p.name === name ? { ...p, enabled } : p));
}

export function removePack(packs: readonly StoredPack[], name: string): StoredPack[] {
  return packs.filter((p) => p.name !== name);
}

/** Puts a removed pack back where it was (undo). */
export function restorePack(packs: readonly StoredPack[], pack: StoredPack, index: number): StoredPack[] {
  const others = packs.filter((p) => p.name !== pack.name);
  const at = Math.max(0, Math.min(index, others.length));
  return [...others.slice(0, at), pack, ...others.slice(at)];
}

/** The bundles the content script merges with the bundled knowledge. */
export function enabledBundles(packs: readonly StoredPack[]): KnowledgeBundle[] {
  return packs.filter((p) => p.enabled).map((p) => p.bundle);
}

/** A file name that is safe on every system: "kontext-pack-<name>.json". */
export function exportFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `kontext-pack-${slug || 'export'}.json`;
}

/** The pack as the reader imported it (the same schema), ready to save as a file and import again. */
export function exportPack(pack: StoredPack): { fileName: string; json: string } {
  return { fileName: exportFileName(pack.name), json: `${JSON.stringify(pack.bundle, null, 2)}\n` };
}

export function summarizePack(pack: StoredPack): PackSummary {
  const byType: Record<EntityType, number> = { person: 0, place: 0, organisation: 0, term: 0 };
  for (const e of pack.bundle.entities) if (e.type in byType) byType[e.type] += 1;
  return {
    name: pack.name,
    enabled: pack.enabled,
    importedAt: pack.importedAt,
    asOf: pack.bundle.asOf,
    entityCount: pack.bundle.entities.length,
    byType,
  };
}

/**
 * Names everything the merged index depends on: the extension build, the bundled index and each
 * enabled pack in order. A stored index whose signature differs is stale and must not be used.
 */
export function packsSignature(
  build: string,
  bundledIndex: MatchIndex,
  packs: readonly StoredPack[],
): string {
  const own = packs
    .filter((p) => p.enabled)
    .map((p) => `${p.name}@${p.importedAt}#${p.bundle.entities.length}`)
    .join('|');
  return `${build};${bundledIndex.name}@${bundledIndex.asOf}#${bundledIndex.entries.length};${own}`;
}

/** The stored merged index if it belongs to exactly these packs, else null (compile it yourself). */
export function pickPacksIndex(stored: unknown, signature: string): MatchIndex | null {
  if (!isObject(stored) || stored.signature !== signature || !isObject(stored.index)) return null;
  const index = stored.index;
  if (index.format !== 'kontext-match-index' || !Array.isArray(index.entries) || !isObject(index.byFirst))
    return null;
  return index as unknown as MatchIndex;
}
