// Imported descriptions carry an open role's years ("seit 2020, Stand 2022-08"); once an override ends
// or confirms that role, the build rewrites the span so the card does not contradict the roles.
import { describe, expect, it } from 'vitest';
import { refreshSpans } from '../../lib/knowledge/build';
import type { Entity, Role } from '../../lib/knowledge/types';

const role = (start: string, end: string | null, asOf: string): Role => ({
  office: 'xx.prime-minister',
  title: { de: 'Ministerpräsident', en: 'Prime Minister' },
  start,
  end,
  source: { cite: 'https://example.org/a (Example, 2025-01-01)', asOf },
});
const entity = (roles: Role[]): Entity => ({
  id: 'x',
  type: 'person',
  label: { de: 'X', en: 'X' },
  description: {
    de: 'Politiker; Ministerpräsident (seit 2020, Stand 2022-08).',
    en: 'Politician; Prime Minister (since 2020, as of 2022-08).',
  },
  aliases: [],
  roles,
  wikidata: null,
  wikipedia: { de: null },
  cues: [],
  source: { cite: 'https://example.org/a (Example, 2025-01-01)', asOf: '2022-08-03' },
});

describe('refreshSpans', () => {
  it('closes the span once the role has ended', () => {
    const d = refreshSpans(entity([role('2020-06-04', '2025-03-10', '2025-03-10')])).description;
    expect(d).toEqual({
      de: 'Politiker; Ministerpräsident (2020–2025).',
      en: 'Politician; Prime Minister (2020–2025).',
    });
  });

  it('moves "Stand" to the latest confirmation of a role still held', () => {
    const d = refreshSpans(entity([role('2020-01-16', null, '2024-05-10')])).description;
    expect(d.de).toBe('Politiker; Ministerpräsident (seit 2020, Stand Mai 2024).');
    expect(d.en).toBe('Politician; Prime Minister (since 2020, as of May 2024).');
  });

  it('writes the month out when nothing changed, and leaves text alone when no role began that year', () => {
    const same = refreshSpans(entity([role('2020-01-16', null, '2022-08-03')])).description;
    expect(same.de).toBe('Politiker; Ministerpräsident (seit 2020, Stand August 2022).');
    expect(same.en).toBe('Politician; Prime Minister (since 2020, as of August 2022).');
    const other = entity([role('2019-01-01', '2021-01-01', '2021-01-01')]);
    expect(refreshSpans(other)).toBe(other);
  });
});
