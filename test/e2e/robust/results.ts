import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../harness/paths';

// Results of the robustness suite, kept in test-artifacts/robust-pages.json (git-ignored) so that
// `npm run test:pages` can print one table over both browsers: pages × browsers × checks.

export const RESULTS_FILE =
  process.env.KONTEXT_ROBUST_RESULTS ?? join(ROOT, 'test-artifacts/robust-pages.json');

/** A check's outcome: 'ok', 'FAIL …', 'n/a …', or a number/short note. */
export type Cell = string;

export interface ResultRow {
  page: string;
  browser: string;
  /** 'scripts off' | 'scripts on' | 'fixture' | … */
  mode: string;
  checks: Record<string, Cell>;
}

export interface ResultsFile {
  updated: string;
  rows: ResultRow[];
  numbers: Record<string, string>;
}

function load(): ResultsFile {
  if (!existsSync(RESULTS_FILE)) return { updated: '', rows: [], numbers: {} };
  try {
    return JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as ResultsFile;
  } catch {
    return { updated: '', rows: [], numbers: {} };
  }
}

function save(f: ResultsFile): void {
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  f.updated = new Date().toISOString();
  writeFileSync(RESULTS_FILE, `${JSON.stringify(f, null, 2)}\n`);
}

/** Adds or merges the checks of one page × browser × mode. */
export function record(page: string, browser: string, mode: string, checks: Record<string, Cell>): void {
  const f = load();
  const row = f.rows.find((r) => r.page === page && r.browser === browser && r.mode === mode);
  if (row) Object.assign(row.checks, checks);
  else f.rows.push({ page, browser, mode, checks });
  save(f);
}

/** A measured number for the report (heap growth, longest task, …). */
export function recordNumber(key: string, value: string): void {
  const f = load();
  f.numbers[key] = value;
  save(f);
}

/** Empties the results file (start of a full run). */
export function resetResults(): void {
  save({ updated: '', rows: [], numbers: {} });
}

export function loadResults(): ResultsFile {
  return load();
}

/**
 * The table: one block per mode (scripts off/on, fixture, generated, …) and browser, a line per page,
 * a column per check that block uses.
 */
export function formatTable(f: ResultsFile): string {
  const modes = [...new Set(f.rows.map((r) => r.mode))];
  const browsers = [...new Set(f.rows.map((r) => r.browser))].sort();
  const blocks: string[] = [];
  for (const mode of modes) {
    const rows = f.rows.filter((r) => r.mode === mode);
    const checks = [...new Set(rows.flatMap((r) => Object.keys(r.checks)))];
    const pages = [...new Set(rows.map((r) => r.page))];
    const head = ['page', 'browser', ...checks];
    const lines = pages.flatMap((page) =>
      browsers
        .map((b) => rows.find((r) => r.page === page && r.browser === b))
        .filter((r): r is ResultRow => !!r)
        .map((r) => [page, r.browser, ...checks.map((c) => clip(r.checks[c] ?? '-'))]),
    );
    blocks.push(`== ${mode}\n${grid(head, lines)}`);
  }
  return blocks.join('\n\n');
}

const clip = (s: string) => (s.length > 48 ? `${s.slice(0, 47)}…` : s);

function grid(head: string[], lines: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (c ?? '').padEnd(widths[i]!)).join(' | ');
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(fmt)].join('\n');
}

/** Faults = cells starting with FAIL. */
export function failures(f: ResultsFile): string[] {
  return f.rows.flatMap((r) =>
    Object.entries(r.checks)
      .filter(([, v]) => v.startsWith('FAIL'))
      .map(([c, v]) => `${r.browser} ${r.page} (${r.mode}) ${c}: ${v}`),
  );
}
