import { describe, expect, it } from 'vitest';
import { dayRange, holderOn, roleOn, rolesOn, speakerFor } from '../../lib/knowledge/roles';
import { fixture } from '../calls/fixtures';

const byId = (id: string) => fixture.entities.find((e) => e.id === id)!;

describe('dayRange', () => {
  it('reads partial dates as the whole year or month', () => {
    expect(dayRange('2022')).toEqual(['2022-01-01', '2022-12-31']);
    expect(dayRange('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(dayRange('2022-05-13')).toEqual(['2022-05-13', '2022-05-13']);
  });
});

describe('rolesOn / roleOn', () => {
  it('finds the role held on a day, none before or after the term', () => {
    const austin = byId('lloyd-austin');
    expect(roleOn(austin, '2022-05-13')?.office).toBe('us.secretary-of-defense');
    expect(roleOn(austin, '2021-01-21')).toBeNull();
    expect(roleOn(austin, '2025-02-01')).toBeNull();
  });

  it('treats a null end as still held', () => {
    expect(roleOn(byId('vladimir-putin'), '2030-01-01')?.office).toBe('ru.president');
  });

  it('picks the right one of two terms in the same office', () => {
    const trump = byId('donald-trump');
    expect(rolesOn(trump, '2019-06-01')).toHaveLength(1);
    expect(rolesOn(trump, '2019-06-01')[0]!.start).toBe('2017-01-20');
    expect(rolesOn(trump, '2022-06-01')).toHaveLength(0);
    expect(rolesOn(trump, '2025-03-31')[0]!.start).toBe('2025-01-20');
  });

  it('handles roles dated only to the year or month', () => {
    const max = byId('max-muster');
    expect(roleOn(max, '2019-01-01')?.title.de).toBe('Testminister');
    expect(roleOn(max, '2020-06-30')?.title.de).toBe('Testminister');
    expect(roleOn(max, '2020-07-01')).toBeNull();
    expect(roleOn(max, '2018-12-31')).toBeNull();
  });

  it('shows a state office before a party office, then the office taken up last, then the fact confirmed last', () => {
    const src = (asOf: string) => ({ cite: 'test', asOf });
    const role = (office: string | null, start: string, asOf = '2022-01-01') => ({
      office,
      title: { de: office ?? 'ohne Amt', en: office ?? 'no office' },
      start,
      end: null,
      source: src(asOf),
    });
    const base = { ...byId('max-muster'), roles: [] };
    const chair = {
      ...base,
      roles: [role('de.cdu-chair', '2022-01-31'), role('de.chancellor', '2025-05-06')],
    };
    expect(roleOn(chair, '2026-01-01')?.office).toBe('de.chancellor');
    const partyLater = {
      ...base,
      roles: [role('de.minister-of-labour', '2025-05-06'), role('de.spd-chair', '2025-06-27')],
    };
    expect(roleOn(partyLater, '2026-01-01')?.office).toBe('de.minister-of-labour');
    const noOffice = { ...base, roles: [role(null, '2025-01-01'), role('de.spd-group-chair', '2020-01-01')] };
    expect(roleOn(noOffice, '2026-01-01')?.office).toBe('de.spd-group-chair');
    const realms = {
      ...base,
      roles: [
        role('vc.monarch', '2022', '2022-07-01'),
        role('gb.monarch', '2022', '2025-10-01'),
        role('tv.monarch', '2022'),
      ],
    };
    expect(roleOn(realms, '2026-01-01')?.office).toBe('gb.monarch');
    const later = {
      ...base,
      roles: [role('cn.party-secretary', '2012-11-15'), role('cn.president', '2013-03-14')],
    };
    expect(roleOn(later, '2020-01-01')?.office).toBe('cn.president');
  });

  it('accepts a partial query date', () => {
    expect(roleOn(byId('olaf-scholz'), '2022')?.office).toBe('de.chancellor');
  });
});

describe('holderOn', () => {
  it('gives the US president of 2022 and of 2025', () => {
    expect(holderOn('us.president', '2022-05-13', fixture.entities)?.id).toBe('joe-biden');
    expect(holderOn('us.president', '2025-03-31', fixture.entities)?.id).toBe('donald-trump');
  });

  it('gives Shoigu as Russian defence minister until 2024-05-12 and Belousov after', () => {
    expect(holderOn('ru.minister-of-defence', '2022-05-13', fixture.entities)?.id).toBe('sergei-shoigu');
    expect(holderOn('ru.minister-of-defence', '2024-05-12', fixture.entities)?.id).toBe('sergei-shoigu');
    expect(holderOn('ru.minister-of-defence', '2024-05-20', fixture.entities)?.id).toBe('andrei-belousov');
  });

  it('gives the later holder on the day of a handover', () => {
    // Scholz's term ends and Merz's begins on 2025-05-06.
    expect(holderOn('de.chancellor', '2025-05-06', fixture.entities)?.id).toBe('friedrich-merz');
    expect(holderOn('de.chancellor', '2025-05-05', fixture.entities)?.id).toBe('olaf-scholz');
  });

  it('names the holder of an open role for a year after its source, then no one', () => {
    const base = byId('max-muster');
    const pm = {
      ...base,
      id: 'pm',
      roles: [
        {
          office: 'xx.prime-minister',
          title: { de: 'Premier', en: 'Premier' },
          start: '2020-05-01',
          end: null,
          source: { cite: 'test', asOf: '2022-07-23' },
        },
      ],
    };
    expect(holderOn('xx.prime-minister', '2023-07-01', [pm])?.id).toBe('pm');
    expect(holderOn('xx.prime-minister', '2025-03-01', [pm])).toBeNull();
    // The card still shows the role, with its date of record.
    expect(roleOn(pm, '2025-03-01')?.office).toBe('xx.prime-minister');
  });

  it('returns null for a vacancy or an unknown office', () => {
    expect(holderOn('us.secretary-of-defense', '2025-01-22', fixture.entities)).toBeNull();
    expect(holderOn('xx.nothing', '2022-01-01', fixture.entities)).toBeNull();
  });
});

describe('speakerFor', () => {
  it('gives the principal while the spokesperson serves, null after', () => {
    expect(speakerFor(byId('john-kirby'), '2022-05-13')).toBe('lloyd-austin');
    expect(speakerFor(byId('john-kirby'), '2022-06-15')).toBeNull();
    expect(speakerFor(byId('dmitry-peskov'), '2025-02-12')).toBe('vladimir-putin');
    expect(speakerFor(byId('vladimir-putin'), '2025-02-12')).toBeNull();
  });
});
