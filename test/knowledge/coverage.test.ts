// Issue 5's coverage lists (scripts/knowledge-audit.ts) against the bundled knowledge: every must-have
// entity is there with the dated role its row asks for, unless the row declares a known gap; a gap
// that has been closed must lose its mark so that it stays closed.
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../lib/knowledge/build';
import type { Entity } from '../../lib/knowledge/types';
import { audit, CHECKLIST, staleSingleHolders } from '../../scripts/knowledge-audit';
import { loadSourceFiles } from './load-sources';

const entities = buildBundle(loadSourceFiles(), '2026-11-26').bundle!.entities;
const findings = audit(entities);

describe('coverage checklist (issue 5)', () => {
  it('finds every must-have entity with the dated role its row asks for', () => {
    const failing = findings
      .filter((f) => f.status === 'fail' && !f.row.gap)
      .map((f) => `${f.row.group}: ${f.row.name} — ${f.problem}`);
    expect(failing).toEqual([]);
  });

  it('has no known-gap mark on a row that now passes', () => {
    const closed = findings.filter((f) => f.row.gap && f.status !== 'fail').map((f) => f.row.name);
    expect(closed).toEqual([]);
  });

  it('checks each name once', () => {
    const names = CHECKLIST.map((r) => `${r.group}/${r.name}`);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the audit itself', () => {
  const source = { cite: 'https://example.org/a (Example, 2025-01-01)', asOf: '2025-01-01' };
  const role = (start: string | null, end: string | null, asOf = '2025-01-01') => ({
    office: 'xx.minister',
    title: { de: 'Minister', en: 'Minister' },
    start,
    end,
    source: { ...source, asOf },
  });
  const person = (id: string, name: string, roles: Entity['roles']): Entity => ({
    id,
    type: 'person',
    label: { de: name, en: name },
    description: { de: 'x', en: 'x' },
    aliases: [{ text: name, origin: 'label' }],
    roles,
    wikidata: null,
    wikipedia: { de: null },
    cues: [],
    source,
  });
  const people = [
    person('a', 'Anna Aktuell', [role('2024-05-01', null)]),
    person('b', 'Bernd Alt', [role('2019', null, '2022-08-03')]),
    person('c', 'Carla Ehemals', [role('2018-01-01', '2021-12-08')]),
    person('d', 'Dora Ohnedatum', [role(null, null)]),
  ];
  const check = (name: string, want: 'current' | 'dated') => audit(people, [{ group: 't', name, want }])[0]!;

  it('tells a current role from one no source confirms since 2024, and from none', () => {
    expect(check('anna aktuell', 'current').status).toBe('ok');
    expect(check('Bernd Alt', 'current').status).toBe('stale');
    expect(check('Carla Ehemals', 'current')).toMatchObject({ status: 'fail', problem: 'no current role' });
    expect(check('Carla Ehemals', 'dated').status).toBe('ok');
    expect(check('Dora Ohnedatum', 'dated')).toMatchObject({ status: 'fail', problem: 'no dated role' });
    expect(check('Erich Fehlt', 'dated')).toMatchObject({ status: 'fail', problem: 'missing' });
  });

  it('lists open roles of single-holder offices that no source confirms since 2024, by country', () => {
    const office = (id: string, jurisdiction: string, singleHolder?: boolean) => ({
      id,
      label: { de: id, en: id },
      jurisdiction,
      phrases: [],
      source,
      ...(singleHolder ? { singleHolder } : {}),
    });
    const offices = [office('xx.minister', 'XX', true), office('aa.member', 'AA')];
    const inBody = person('e', 'Emil Mitglied', [
      { ...role('2019', null, '2022-08-03'), office: 'aa.member' },
    ]);
    const found = staleSingleHolders([...people, inBody], offices);
    // Bernd's open role is stale; Anna's is confirmed, Carla's ended, Emil's office has several holders.
    expect(found).toEqual([
      { jurisdiction: 'XX', office: 'xx.minister', entity: 'b', start: '2019', asOf: '2022-08-03' },
    ]);
  });
});
