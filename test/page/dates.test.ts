import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../lib/page/dates';

describe('toIsoDate', () => {
  it.each([
    ['2020-05-04T14:50:00+02:00', '2020-05-04'],
    ['2020-05-04T00:30:00+02:00', '2020-05-04'], // the publisher's day, not UTC's
    ['2015-04-08', '2015-04-08'],
    ['20200114', '2020-01-14'],
    ['28.01.2020', '2020-01-28'],
    ['Tue Jan 28 15:28:56 CET 2020', '2020-01-28'], // FAZ JSON-LD
    ['13. Mai 2022', '2022-05-13'],
    ['3. März 2023', '2023-03-03'],
    ['May 13, 2022', '2022-05-13'],
  ])('%s → %s', (raw, iso) => {
    expect(toIsoDate(raw)).toBe(iso);
  });

  it.each([[''], [null], ['gestern'], ['2020-13-01'], ['99.99.2020']])('rejects %s', (raw) => {
    expect(toIsoDate(raw)).toBeNull();
  });
});
