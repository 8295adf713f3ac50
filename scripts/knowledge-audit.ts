// `npx tsx scripts/knowledge-audit.ts`: checks issue 5's coverage lists against the bundled knowledge.
// Each checklist row names an entity German news readers meet and what the card must know about it:
// a role held now (`current`), a dated role in the past (`dated`), or only that it exists (`exists`).
// Prints what is missing; exits 1 when a row that is not declared a known gap fails.
// test/knowledge/coverage.test.ts runs the same check, so a closed gap stays closed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildBundle, type SourceFile } from '../lib/knowledge/build';
import { aliasKey } from '../lib/knowledge/lint';
import type { Entity, Office } from '../lib/knowledge/types';

export type Want = 'current' | 'dated' | 'exists';

export interface ChecklistRow {
  group: string;
  /** A spelling German news uses; found among the entity's aliases (case-insensitive). */
  name: string;
  /** The entity id, where the name alone is ambiguous. */
  id?: string;
  want: Want;
  /** Why the row may fail for now (no citable source found yet). */
  gap?: string;
}

/** Rows that fail for now, with the reason: no citable source found yet, or not yet added. */
const GAPS: Record<string, string> = {};

const rows = (group: string, want: Want, names: string[]): ChecklistRow[] =>
  names.map((name) => (GAPS[name] ? { group, name, want, gap: GAPS[name] } : { group, name, want }));

export const CHECKLIST: ChecklistRow[] = [
  ...rows('Russia–Ukraine war', 'current', [
    'Putin',
    'Lawrow',
    'Schoigu',
    'Belousow',
    'Gerassimow',
    'Peskow',
    'Sacharowa',
    'Medwedew',
    'Nabiullina',
    'Selenskyj',
    'Syrskyj',
    'Budanow',
    'Klitschko',
    'Sybiha',
    'Umjerow',
    'Swyrydenko',
  ]),
  ...rows('Russia–Ukraine war', 'dated', [
    'Surowikin',
    'Jermak',
    'Kuleba',
    'Resnikow',
    'Saluschnyj',
    'Podoljak',
    'Schmyhal',
    'Prigoschin',
  ]),
  ...rows('Russia–Ukraine war', 'exists', ['Wagner-Gruppe', 'Kreml', 'Duma', 'Nato', 'Pentagon']),
  ...rows('EU bodies', 'exists', ['EU-Kommission', 'Europäischer Rat', 'Europaparlament']),
  ...rows('Middle East', 'current', ['Netanjahu', 'Katz', 'Herzog', 'Abbas', 'Chamenei', 'Peseschkian']),
  ...rows('Middle East', 'current', ['al-Scharaa', 'Erdoğan']),
  ...rows('Middle East', 'dated', ['Gallant', 'Raisi', 'Sinwar', 'Hanija', 'Nasrallah']),
  ...rows('Middle East', 'exists', ['Hamas', 'Hisbollah', 'Huthi']),
  ...rows('UN', 'current', ['Guterres', 'Grossi']),
  ...rows('UN', 'exists', ['IAEA', 'WHO', 'UNHCR', 'UNRWA', 'UN-Sicherheitsrat']),
  ...rows('EU and Nato leaders', 'current', ['von der Leyen', 'António Costa', 'Kallas', 'Rutte', 'Metsola']),
  ...rows('EU and Nato leaders', 'current', ['Lagarde']),
  ...rows('EU and Nato leaders', 'dated', ['Stoltenberg', 'Borrell', 'Charles Michel']),
  // G20: head of state and head of government where they differ.
  ...rows('G20', 'current', [
    'Milei',
    'Albanese',
    'Lula',
    'Mark Carney',
    'Xi Jinping',
    'Li Qiang',
    'Macron',
    'Merz',
    'Steinmeier',
    'Modi',
    'Murmu',
    'Prabowo',
    'Meloni',
    'Mattarella',
    'Takaichi',
    'Sheinbaum',
    'Salman ibn Abd al-Aziz',
    'Mohammed bin Salman',
    'Ramaphosa',
    'Lee Jae-myung',
    'Starmer',
    'Charles III.',
    'Trump',
  ]),
  ...rows('US since 2017', 'current', ['Vance', 'Rubio', 'Hegseth', 'Bessent']),
  ...rows('US since 2017', 'dated', [
    'Waltz',
    'Blinken',
    'Lloyd Austin',
    'Jake Sullivan',
    'Kamala Harris',
    'Joe Biden',
    'Mike Pence',
    'Pompeo',
    'Tillerson',
    'Mattis',
  ]),
  ...rows('German government', 'current', [
    'Klingbeil',
    'Wadephul',
    'Pistorius',
    'Dobrindt',
    'Katherina Reiche',
  ]),
  ...rows('German government', 'dated', [
    'Olaf Scholz',
    'Angela Merkel',
    'Annalena Baerbock',
    'Robert Habeck',
    'Christian Lindner',
    'Nancy Faeser',
  ]),
  ...rows('German institutions', 'exists', [
    'Bundestag',
    'Bundesrat',
    'Bundesverfassungsgericht',
    'Bundesregierung',
    'Bundeswehr',
    'BND',
    'Bundesamt für Verfassungsschutz',
  ]),
];

export interface Finding {
  row: ChecklistRow;
  /**
   * `fail`: missing, or without the dated (current) role the row wants. `stale`: it is there, but an
   * open role is confirmed by no source since STALE_BEFORE, so the card says "Stand 2022".
   */
  status: 'ok' | 'stale' | 'fail';
  /** The entity found, if any. */
  entity?: string;
  problem?: string;
  /** For `current`: the open role the card shows, and the day its source last confirmed it. */
  detail?: string;
}

function findEntity(row: ChecklistRow, entities: readonly Entity[]): Entity[] {
  if (row.id) return entities.filter((e) => e.id === row.id);
  const key = aliasKey(row.name);
  return entities.filter(
    (e) => aliasKey(e.label.de) === key || e.aliases.some((a) => aliasKey(a.text) === key),
  );
}

/** An open role whose source is older than this is reported as "not confirmed since". */
export const STALE_BEFORE = '2024-01-01';

export function audit(entities: readonly Entity[], checklist = CHECKLIST): Finding[] {
  return checklist.map((row): Finding => {
    const found = findEntity(row, entities);
    if (found.length === 0) return { row, status: 'fail', problem: 'missing' };
    // Several entities share a surname alias: prefer the one with the most roles.
    const e = [...found].sort((a, b) => b.roles.length - a.roles.length)[0]!;
    const base = { row, entity: e.id };
    if (row.want === 'exists') return { ...base, status: 'ok' };
    const dated = e.roles.filter((r) => r.start !== null);
    if (dated.length === 0) return { ...base, status: 'fail', problem: 'no dated role' };
    const open = dated.filter((r) => r.end === null);
    const stale = open.filter((r) => r.source.asOf < STALE_BEFORE);
    if (row.want === 'current') {
      if (open.length === 0) return { ...base, status: 'fail', problem: 'no current role' };
      const fresh = open.filter((r) => r.source.asOf >= STALE_BEFORE);
      const shown = fresh[0] ?? open[0]!;
      const detail = `${shown.title.de} seit ${shown.start} (Stand ${shown.source.asOf})`;
      if (fresh.length === 0)
        return {
          ...base,
          status: 'stale',
          problem: `not confirmed since ${STALE_BEFORE.slice(0, 4)}`,
          detail,
        };
      return { ...base, status: 'ok', detail };
    }
    if (stale.length > 0) {
      const r = stale[0]!;
      return {
        ...base,
        status: 'stale',
        problem: `open role "${r.title.de}" last confirmed ${r.source.asOf}`,
      };
    }
    return { ...base, status: 'ok' };
  });
}

export interface StaleHolder {
  jurisdiction: string;
  office: string;
  entity: string;
  start: string | null;
  asOf: string;
}

/**
 * Every open role in a single-holder office whose source is older than STALE_BEFORE, by jurisdiction
 * then office. holderOn(office, date) names such a holder for any later date, so an article of 2025
 * about "der französische Premierminister" would get the 2022 holder: end the role (and add the
 * successor) or confirm it with a cited `fixRole` row.
 */
export function staleSingleHolders(entities: readonly Entity[], offices: readonly Office[]): StaleHolder[] {
  const single = new Map(offices.filter((o) => o.singleHolder).map((o) => [o.id, o]));
  const out: StaleHolder[] = [];
  for (const e of entities) {
    for (const r of e.roles) {
      const o = r.office ? single.get(r.office) : undefined;
      if (!o || r.end !== null || r.source.asOf >= STALE_BEFORE) continue;
      out.push({
        jurisdiction: o.jurisdiction,
        office: o.id,
        entity: e.id,
        start: r.start,
        asOf: r.source.asOf,
      });
    }
  }
  const key = (s: StaleHolder) => `${s.jurisdiction}\u0000${s.office}\u0000${s.entity}`;
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export function loadBundle(dataDir: string): { entities: Entity[]; offices: Office[] } {
  const files: SourceFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.json') && name !== 'meta.json') {
        files.push({
          path: relative(dataDir, full).split('\\').join('/'),
          data: JSON.parse(readFileSync(full, 'utf8')),
        });
      }
    }
  };
  walk(dataDir);
  const meta = JSON.parse(readFileSync(join(dataDir, 'meta.json'), 'utf8')) as { asOf: string };
  const { bundle, errors } = buildBundle(files, meta.asOf);
  if (!bundle) throw new Error(`knowledge does not build:\n${errors.slice(0, 20).join('\n')}`);
  return { entities: bundle.entities, offices: bundle.offices };
}

export function loadEntities(dataDir: string): Entity[] {
  return loadBundle(dataDir).entities;
}

function main(): void {
  const dataDir = join(import.meta.dirname, '../data/knowledge');
  const { entities, offices } = loadBundle(dataDir);
  const findings = audit(entities);
  let group = '';
  for (const f of findings) {
    if (f.row.group !== group) {
      group = f.row.group;
      console.log(`\n${group}`);
    }
    const mark = { ok: 'ok   ', stale: 'stale', fail: f.row.gap ? 'gap  ' : 'FAIL ' }[f.status];
    const what = f.status === 'ok' ? (f.detail ?? '') : `${f.problem}${f.detail ? ` — ${f.detail}` : ''}`;
    const gap = f.status === 'fail' && f.row.gap ? ` (${f.row.gap})` : '';
    console.log(`  ${mark} ${f.row.name.padEnd(24)} ${(f.entity ?? '').padEnd(28)} ${what}${gap}`);
  }
  const count = (s: Finding['status']) => findings.filter((f) => f.status === s).length;
  const gaps = findings.filter((f) => f.status === 'fail' && f.row.gap).length;
  const failed = count('fail') - gaps;
  console.log(
    `\n${findings.length} checked: ${count('ok')} ok, ${count('stale')} stale (open role not confirmed since ${STALE_BEFORE}), ${gaps} known gaps, ${failed} failing`,
  );
  const staleHolders = staleSingleHolders(entities, offices);
  console.log(`\nOpen roles of single-holder offices not confirmed since ${STALE_BEFORE}:`);
  let country = '';
  for (const s of staleHolders) {
    if (s.jurisdiction !== country) {
      country = s.jurisdiction;
      const n = staleHolders.filter((x) => x.jurisdiction === country).length;
      console.log(`  ${country} (${n})`);
    }
    console.log(`    ${s.office.padEnd(48)} ${s.entity.padEnd(32)} seit ${s.start} (Stand ${s.asOf})`);
  }
  console.log(`${staleHolders.length} stale single-holder roles`);
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
