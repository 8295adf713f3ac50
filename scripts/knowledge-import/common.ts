// Shared helpers of the knowledge import: where the open data lives, how to cite a row, CSV reading
// with line numbers, slugs, and the alias hygiene every source needs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Alias, Source } from '../../lib/knowledge/types';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const SOURCES_DIR = process.env.KONTEXT_SOURCES ?? join(ROOT, '../shared/knowledge-sources');

interface SourceRecord {
  repo: string;
  path: string;
  commit: string;
  as_of: string;
}

let records: SourceRecord[] | null = null;
function sourceRecords(): SourceRecord[] {
  records ??= JSON.parse(readFileSync(join(SOURCES_DIR, 'SOURCES.json'), 'utf8')) as SourceRecord[];
  return records;
}

/** `owner/repo@commit:path#Lrow` for a row of a file in ../shared/knowledge-sources. */
export function cite(repo: string, path: string, line?: number): string {
  const rec = sourceRecords().find((r) => r.repo === repo && r.path === path);
  if (!rec) throw new Error(`no SOURCES.json record for ${repo} ${path}`);
  return `${repo}@${rec.commit}:${path}${line ? `#L${line}` : ''}`;
}

/** The snapshot date of a file, or `fallback` when SOURCES.json does not state one. */
export function snapshotDate(repo: string, path: string, fallback: string): string {
  const rec = sourceRecords().find((r) => r.repo === repo && r.path === path);
  const m = rec?.as_of.match(/^\d{4}-\d{2}-\d{2}/);
  return m ? m[0] : fallback;
}

export function source(
  repo: string,
  path: string,
  line: number | undefined,
  asOf: string,
  note?: string,
): Source {
  return note ? { cite: cite(repo, path, line), asOf, note } : { cite: cite(repo, path, line), asOf };
}

export function readSource(repo: string, path: string): string {
  return readFileSync(join(SOURCES_DIR, repo, path), 'utf8');
}

export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/** RFC 4180-ish CSV: quoted fields with commas and doubled quotes; records on one physical line each. */
export function readCsv(repo: string, path: string): CsvRow[] {
  const lines = readSource(repo, path).split(/\r?\n/);
  const split = (line: string): string[] => {
    const out: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        out.push(cur);
        cur = '';
      } else cur += ch;
    }
    out.push(cur);
    return out;
  };
  const header = split(lines[0] ?? '');
  const rows: CsvRow[] = [];
  lines.slice(1).forEach((line, i) => {
    if (!line.trim()) return;
    const cells = split(line);
    const rec: Record<string, string> = {};
    header.forEach((h, j) => {
      rec[h] = (cells[j] ?? '').trim();
    });
    rows.push({ line: i + 2, cells: rec });
  });
  return rows;
}

export function slug(text: string): string {
  return text
    .replace(/ı/g, 'i')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Collapses stray spaces; null for values that cannot be an alias (numbers, encoding damage, one letter). */
export function cleanAlias(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length < 2) return null;
  if (/^\?+$/.test(t) || t.includes('\uFFFD')) return null;
  if (/^[\d\s.,/-]+$/.test(t)) return null;
  return t;
}

export function addAlias(list: Alias[], alias: Alias): void {
  const key = alias.text.toLowerCase();
  if (list.some((a) => a.text.toLowerCase() === key)) return;
  list.push(alias);
}

/** Year (or year–year) for a description. */
export function span(start: string | null, end: string | null, openAs: string): string {
  const y = (d: string | null) => (d ? d.slice(0, 4) : '?');
  if (end) return y(start) === y(end) ? y(start) : `${y(start)}–${y(end)}`;
  return `seit ${y(start)}, Stand ${openAs.slice(0, 7)}`;
}

export function spanEn(start: string | null, end: string | null, openAs: string): string {
  const y = (d: string | null) => (d ? d.slice(0, 4) : '?');
  if (end) return y(start) === y(end) ? y(start) : `${y(start)}–${y(end)}`;
  return `since ${y(start)}, as of ${openAs.slice(0, 7)}`;
}
