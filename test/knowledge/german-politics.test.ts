// German politics 2017–2026 in the bundled knowledge (issue 5): who held an office on a given day, as the
// cited overrides date it, and no office holder left with the generic Bundestag-speaker description.

import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../lib/knowledge/build';
import { holderOn, rolesOn } from '../../lib/knowledge/roles';
import { loadSourceFiles } from './load-sources';

const bundle = buildBundle(loadSourceFiles(), '2026-11-26').bundle!;
const entities = bundle.entities;
const holder = (office: string, date: string) => holderOn(office, date, entities)?.id ?? null;
const holders = (office: string, date: string) =>
  entities
    .filter((e) => rolesOn(e, date).some((r) => r.office === office))
    .map((e) => e.id)
    .sort();

describe('the fourth Merkel cabinet (14 March 2018 – 8 December 2021)', () => {
  it('has the ministers sworn in on 14 March 2018 and none the day before', () => {
    expect(holder('de.minister-of-foreign-affairs', '2018-03-14')).toBe('heiko-maas');
    expect(holder('de.minister-of-the-interior', '2018-03-14')).toBe('horst-seehofer');
    expect(holder('de.head-of-chancellery', '2018-03-14')).toBe('helge-braun');
    expect(holder('de.minister-of-health', '2020-04-01')).toBe('jens-spahn');
    expect(holder('de.minister-of-health', '2018-03-13')).toBeNull();
  });

  it('dates the changes within the term: justice, defence, family', () => {
    expect(holder('de.minister-of-justice', '2019-06-26')).toBe('katarina-barley');
    expect(holder('de.minister-of-justice', '2019-06-28')).toBe('christine-lambrecht');
    expect(holder('de.minister-of-defence', '2019-07-18')).toBe('annegret-kramp-karrenbauer');
    expect(holder('de.minister-of-family', '2021-05-19')).toBe('franziska-giffey');
    expect(holder('de.minister-of-family', '2021-05-21')).toBe('christine-lambrecht');
  });

  it('hands over to the Scholz cabinet on 8 December 2021', () => {
    expect(holder('de.minister-of-the-interior', '2021-12-08')).toBe('nancy-faeser');
    expect(holder('de.minister-of-the-interior', '2021-12-07')).toBe('horst-seehofer');
    expect(holder('de.minister-of-labour', '2019-01-01')).toBe('hubertus-heil');
    expect(holder('de.minister-of-labour', '2024-01-01')).toBe('hubertus-heil');
  });

  it('follows the family ministry through the Scholz cabinet into the Merz cabinet', () => {
    expect(holder('de.minister-of-family', '2022-01-01')).toBe('anne-spiegel');
    expect(holder('de.minister-of-family', '2023-01-01')).toBe('lisa-paus');
    expect(holder('de.minister-of-family', '2025-06-01')).toBe('karin-prien');
  });
});

describe('party leaders, Bundestag presidents and the Federal President', () => {
  it('follows the CDU chair from Merkel to Merz', () => {
    expect(holder('de.cdu-chair', '2018-01-01')).toBe('angela-merkel');
    expect(holder('de.cdu-chair', '2020-01-01')).toBe('annegret-kramp-karrenbauer');
    expect(holder('de.cdu-chair', '2021-06-01')).toBe('armin-laschet');
    expect(holder('de.cdu-chair', '2023-01-01')).toBe('friedrich-merz');
  });

  it('knows both co-leaders of parties led by two', () => {
    expect(holders('de.spd-chair', '2023-01-01')).toEqual(['lars-klingbeil', 'saskia-esken']);
    expect(holders('de.spd-chair', '2025-07-01')).toEqual(['barbel-bas', 'lars-klingbeil']);
    expect(holders('de.greens-chair', '2020-01-01')).toEqual(['annalena-baerbock', 'robert-habeck']);
    expect(holders('de.greens-chair', '2025-01-01')).toEqual(['felix-banaszak', 'franziska-brantner']);
    expect(holders('de.afd-chair', '2023-01-01')).toEqual(['alice-weidel', 'tino-chrupalla']);
  });

  it('dates the Bundestag presidents and Steinmeier’s two terms', () => {
    expect(holder('de.bundestag-president', '2019-01-01')).toBe('wolfgang-schauble');
    expect(holder('de.bundestag-president', '2023-01-01')).toBe('barbel-bas');
    expect(holder('de.bundestag-president', '2025-04-01')).toBe('julia-klockner');
    const fws = entities.find((e) => e.id === 'frank-walter-steinmeier')!;
    expect(rolesOn(fws, '2022-03-18').map((r) => r.start)).toEqual(['2017-03-19']);
    expect(holder('de.president-of-germany', '2017-03-18')).not.toBe('frank-walter-steinmeier');
    expect(holder('de.president-of-germany', '2017-03-19')).toBe('frank-walter-steinmeier');
    expect(rolesOn(fws, '2022-03-19').map((r) => r.start)).toEqual(['2022-03-19']);
  });
});

describe('descriptions', () => {
  it('replace the generic Bundestag-speaker text for everyone with a German federal office', () => {
    const generic = entities.filter(
      (e) =>
        e.roles.some((r) => r.office?.startsWith('de.')) &&
        e.description.de.startsWith('Sprach laut OpenParliamentTV'),
    );
    expect(generic.map((e) => e.id)).toEqual([]);
  });
});
