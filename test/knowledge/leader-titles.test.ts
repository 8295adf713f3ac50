// German titles and card sentences for heads of state and government (world-leaders-2021): genitive or
// "von", the article a country name takes, feminine forms where the gender is known, the office's
// name where it is not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { monthYearDe, monthYearEn, parseMonthYear } from '../../lib/knowledge/as-of';
import { refreshSpans } from '../../lib/knowledge/build';
import { formerDe } from '../../lib/knowledge/former';
import type { Entity, Office, Role } from '../../lib/knowledge/types';
import { leaderDescription, mainRole } from '../../scripts/knowledge-import/leader-description';
import { LEADER_GENDER, leaderGenderCite } from '../../scripts/knowledge-import/leader-gender';
import {
  GENITIVE_DE,
  leaderTitleDe,
  leaderTitleEn,
  ofCountry,
} from '../../scripts/knowledge-import/leader-titles';
import { DATA_DIR } from './load-sources';

describe('leaderTitleDe', () => {
  it('puts the country in the genitive, or after "von" where German has no -s', () => {
    expect(leaderTitleDe('President of Egypt', 'EG', 'Ägypten', null)).toBe('Präsident Ägyptens');
    expect(leaderTitleDe('Prime Minister of Laos', 'LA', 'Laos', null)).toBe('Premierminister von Laos');
    expect(leaderTitleDe('President of Belarus', 'BY', 'Belarus', 'male')).toBe('Präsident von Belarus');
    expect(leaderTitleDe('President of Sri Lanka', 'LK', 'Sri Lanka', null)).toBe('Präsident von Sri Lanka');
  });

  it('gives country names with an article their article', () => {
    expect(leaderTitleDe('President of Turkey', 'TR', 'Türkei', 'male')).toBe('Präsident der Türkei');
    expect(leaderTitleDe('President of Iran', 'IR', 'Iran', null)).toBe('Präsident des Iran');
    expect(leaderTitleDe('President of the United States', 'US', 'Vereinigte Staaten', null)).toBe(
      'Präsident der Vereinigten Staaten',
    );
    expect(leaderTitleDe('President of the Philippines', 'PH', 'Philippinen', null)).toBe(
      'Präsident der Philippinen',
    );
    expect(leaderTitleDe('King of the Netherlands', 'NL', 'Niederlande', 'male')).toBe(
      'König der Niederlande',
    );
    expect(
      leaderTitleDe('President of the Central African Republic', 'CF', 'Zentralafrikanische Republik', null),
    ).toBe('Präsident der Zentralafrikanischen Republik');
  });

  it('uses the feminine form for a woman', () => {
    expect(leaderTitleDe('President of Moldova', 'MD', 'Republik Moldau', 'female')).toBe(
      'Präsidentin der Republik Moldau',
    );
    expect(leaderTitleDe('Prime Minister of Denmark', 'DK', 'Dänemark', 'female')).toBe(
      'Ministerpräsidentin Dänemarks',
    );
    expect(
      leaderTitleDe('Prime Minister of the United Kingdom', 'GB', 'Vereinigtes Königreich', 'female'),
    ).toBe('Premierministerin des Vereinigten Königreichs');
    expect(leaderTitleDe('monarch of Canada', 'CA', 'Kanada', 'female')).toBe('Königin von Kanada');
    expect(leaderTitleDe('Federal Chancellor of Germany', 'DE', 'Deutschland', 'female')).toBe(
      'Bundeskanzlerin',
    );
  });

  it('keeps the office name (masculine) when the gender is unknown, and neutral words where they exist', () => {
    expect(leaderTitleDe('Prime Minister of Denmark', 'DK', 'Dänemark', null)).toBe(
      'Ministerpräsident Dänemarks',
    );
    expect(leaderTitleDe('monarch of Tonga', 'TO', 'Tonga', null)).toBe('Monarch von Tonga');
    expect(leaderTitleDe('monarch of Tonga', 'TO', 'Tonga', 'male')).toBe('König von Tonga');
    expect(leaderTitleDe('Member of the Swiss Federal Council', 'CH', 'Schweiz', 'female')).toBe(
      'Mitglied des Schweizer Bundesrats',
    );
    expect(leaderTitleDe('O le Ao o le Malo', 'WS', 'Samoa', null)).toBe('Staatsoberhaupt Samoas');
  });

  it("names Germany's and Austria's federal offices the German way", () => {
    expect(leaderTitleDe('president of Germany', 'DE', 'Deutschland', 'male')).toBe('Bundespräsident');
    expect(leaderTitleDe('Federal Chancellor of Germany', 'DE', 'Deutschland', null)).toBe('Bundeskanzler');
    expect(leaderTitleDe('President of Austria', 'AT', 'Österreich', 'male')).toBe(
      'Bundespräsident Österreichs',
    );
    expect(leaderTitleDe('Federal Chancellor of Austria', 'AT', 'Österreich', null)).toBe(
      'Bundeskanzler Österreichs',
    );
  });

  it('names monarchs by the office the English gives', () => {
    expect(leaderTitleDe('Emir of the State of Qatar', 'QA', 'Katar', 'male')).toBe('Emir von Katar');
    expect(leaderTitleDe('Sultan of Oman', 'OM', 'Oman', null)).toBe('Sultan von Oman');
    expect(leaderTitleDe('Monarch of the Belgians', 'BE', 'Belgien', null)).toBe('König der Belgier');
    expect(leaderTitleDe('Prince of Monaco', 'MC', 'Monaco', null)).toBe('Fürst von Monaco');
    expect(leaderTitleDe('Emperor of Japan', 'JP', 'Japan', null)).toBe('Kaiser von Japan');
    expect(leaderTitleDe('monarch of the United Kingdom', 'GB', 'Vereinigtes Königreich', 'female')).toBe(
      'Königin des Vereinigten Königreichs',
    );
  });

  it('knows no rule for a position it has never seen', () => {
    expect(leaderTitleDe('Grand Vizier of Nowhere', 'XX', 'Nirgendwo', null)).toBeNull();
    expect(leaderTitleEn('monarch of Canada')).toBe('Monarch of Canada');
  });
});

describe('ofCountry', () => {
  /**
   * German names that take an article or are plural/adjective phrases; a new world-leaders country
   * that looks like one must get its genitive in GENITIVE_DE, or the title reads "Präsident von Türkei".
   */
  const looksArticled = (name: string) =>
    /ei$|inseln$|^(Vereinigte|Zentralafrikanische|Dominikanische|Demokratische|Republik)\b|^(Irak|Iran|Jemen|Libanon|Sudan|Südsudan|Tschad|Niger|Kosovo|Schweiz|Ukraine|Niederlande|Philippinen|Malediven|Komoren|Seychellen|Salomonen|Bahamas|Elfenbeinküste|Vatikanstadt)$/.test(
      name,
    );

  it('has the genitive of every world-leaders country that needs an article', () => {
    const countries = JSON.parse(readFileSync(join(DATA_DIR, 'imported/countries.json'), 'utf8')) as {
      entities: Entity[];
    };
    const nameByCc = new Map<string, string>();
    for (const e of countries.entities) {
      const cc = e.description.en.match(/code ([A-Z]{2})\)?\.$/)?.[1];
      if (cc) nameByCc.set(cc, e.label.de);
    }
    const offices = JSON.parse(readFileSync(join(DATA_DIR, 'imported/offices.json'), 'utf8')) as {
      offices: Office[];
    };
    const leaderCcs = new Set(
      offices.offices.filter((o) => o.source.cite.includes('world-leaders-2021')).map((o) => o.jurisdiction),
    );
    expect(leaderCcs.size).toBeGreaterThan(150);
    const missing = [...leaderCcs].filter((cc) => {
      const name = nameByCc.get(cc ?? '');
      return name && looksArticled(name) && !GENITIVE_DE[cc!];
    });
    expect(missing).toEqual([]);
    expect(ofCountry('TR', 'Türkei')).toBe('der Türkei');
    expect(ofCountry('VC', 'St. Vincent und die Grenadinen')).toBe('von St. Vincent und den Grenadinen');
  });
});

describe('imported leader roles', () => {
  const roles: Role[] = [];
  const files = ['people-world.json', 'people-gb.json', 'people-fr.json', 'people-cn.json', 'people-us.json'];
  for (const f of files) {
    const d = JSON.parse(readFileSync(join(DATA_DIR, 'imported', f), 'utf8')) as { entities: Entity[] };
    for (const e of d.entities)
      roles.push(...e.roles.filter((r) => r.source.cite.includes('world-leaders-2021')));
  }

  it('read as German titles: no "(Country)", no English fallback, no "von" before an article name', () => {
    expect(roles.length).toBeGreaterThan(300);
    expect(roles.filter((r) => r.title.de.includes('('))).toEqual([]);
    expect(roles.filter((r) => r.title.de === r.title.en)).toEqual([]);
    expect(
      roles.filter((r) => /\bvon (Türkei|Iran|Irak|Schweiz|Niederlande|Vereinigte)/.test(r.title.de)),
    ).toEqual([]);
  });
});

describe('leader gender table', () => {
  it('cites every row by line in the world repository at one commit', () => {
    expect(Object.keys(LEADER_GENDER).length).toBeGreaterThan(0);
    for (const qid of Object.keys(LEADER_GENDER)) {
      expect(leaderGenderCite(qid)).toMatch(
        /^every-politician-scrapers\/world@[0-9a-f]{40}:badges\/rawdata\/gender\.csv#L\d+$/,
      );
    }
    expect(leaderGenderCite('Q1')).toBeNull();
  });

  it('gives a woman in the table her feminine title on import', () => {
    const d = JSON.parse(readFileSync(join(DATA_DIR, 'imported/people-world.json'), 'utf8')) as {
      entities: Entity[];
    };
    const female = Object.entries(LEADER_GENDER).filter(([, [g]]) => g === 'female');
    for (const [qid] of female) {
      const e = d.entities.find((x) => x.wikidata === qid);
      expect(e?.roles.at(-1)?.title.de).toMatch(/in\b/);
      expect(e?.source.note).toContain(leaderGenderCite(qid)!);
    }
  });
});

const role = (title: string, en: string, start: string, end: string | null, asOf = '2022-10-10'): Role => ({
  office: 'xx.president',
  title: { de: title, en },
  start,
  end,
  source: { cite: 'https://example.org/a (Example, 2025-01-01)', asOf },
});

describe('leaderDescription', () => {
  it('says since when an open role is held, and as of when', () => {
    expect(leaderDescription(role('Präsident Ägyptens', 'President of Egypt', '2014', null))).toEqual({
      de: 'Präsident Ägyptens seit 2014 (Stand Oktober 2022).',
      en: 'President of Egypt since 2014 (as of October 2022).',
    });
  });

  it("calls an ended role former, in the person's form", () => {
    expect(
      leaderDescription(role('Ministerpräsidentin Dänemarks', 'Prime Minister of Denmark', '2019', '2022')),
    ).toEqual({
      de: 'Ehemalige Ministerpräsidentin Dänemarks (2019–2022).',
      en: 'Former Prime Minister of Denmark (2019–2022).',
    });
    expect(leaderDescription(role('Präsident Albaniens', 'President of Albania', '2017', '2022')).de).toBe(
      'Ehemaliger Präsident Albaniens (2017–2022).',
    );
    expect(leaderDescription(role('Mitglied des Schweizer Bundesrats', 'Member', '2010', '2010')).de).toBe(
      'Ehemaliges Mitglied des Schweizer Bundesrats (2010).',
    );
  });

  it('lets "Ehemalige/r/s" follow the gender the title already has', () => {
    expect(formerDe('Oberste Führerin Nordkoreas')).toBe('Ehemalige Oberste Führerin Nordkoreas');
    expect(formerDe('Oberster Führer Nordkoreas')).toBe('Ehemaliger Oberster Führer Nordkoreas');
    expect(formerDe('Königin von Dänemark')).toBe('Ehemalige Königin von Dänemark');
    expect(formerDe('Präsident von Benin')).toBe('Ehemaliger Präsident von Benin');
    expect(formerDe('Staatsoberhaupt Samoas')).toBe('Ehemaliges Staatsoberhaupt Samoas');
  });

  it('names the office still held rather than a later one that ended', () => {
    const pm = role('Premierminister', 'Prime Minister', '2006', null);
    const president = role('Präsident', 'President', '2022', '2022');
    expect(mainRole([pm, president])).toBe(pm);
    expect(mainRole([president])).toBe(president);
  });
});

describe('refreshSpans on leader sentences', () => {
  const entity = (roles: Role[]): Entity => ({
    id: 'x',
    type: 'person',
    label: { de: 'X', en: 'X' },
    description: leaderDescription(role('Präsident Ägyptens', 'President of Egypt', '2014', null)),
    aliases: [],
    roles,
    wikidata: null,
    wikipedia: { de: null },
    cues: [],
    source: { cite: 'https://example.org/a (Example, 2025-01-01)', asOf: '2022-10-10' },
  });

  it('moves "Stand" to the month an override confirmed the role', () => {
    const d = refreshSpans(
      entity([role('Präsident Ägyptens', 'President of Egypt', '2014', null, '2024-05-02')]),
    ).description;
    expect(d.de).toBe('Präsident Ägyptens seit 2014 (Stand Mai 2024).');
    expect(d.en).toBe('President of Egypt since 2014 (as of May 2024).');
  });

  it('closes the span once an override ended the role', () => {
    const d = refreshSpans(
      entity([role('Präsident Ägyptens', 'President of Egypt', '2014', '2025-03-01')]),
    ).description;
    expect(d).toEqual({ de: 'Präsident Ägyptens (2014–2025).', en: 'President of Egypt (2014–2025).' });
  });

  it('takes the title an override gave the role, so the card does not contradict itself', () => {
    const wl = {
      cite: 'every-politician-scrapers/world-leaders-2021@abc1234:data/wikidata.csv#L9',
      asOf: '2022-10-10',
    };
    const murmu: Role = {
      ...role('Präsidentin Indiens', 'President of India', '2022', null, '2024-06-30'),
      source: { cite: 'https://example.org/b (Example, 2024-06)', asOf: '2024-06-30' },
    };
    const e = { ...entity([murmu]), source: wl };
    e.description = leaderDescription(role('Präsident Indiens', 'President of India', '2022', null));
    expect(refreshSpans(e).description.de).toBe('Präsidentin Indiens seit 2022 (Stand Juni 2024).');
    // Of several realms begun the same year, the one the override retitled.
    const realm = (de: string, en: string) => ({ ...role(de, en, '2022', null), source: wl });
    const king: Role = {
      ...role('König des Vereinigten Königreichs', 'King of the United Kingdom', '2022', null, '2025-10-01'),
      source: { cite: 'https://example.org/c (Example, 2025-10)', asOf: '2025-10-01' },
    };
    const charles = { ...entity([realm('Monarch von Tuvalu', 'Monarch of Tuvalu'), king]), source: wl };
    charles.description = leaderDescription(
      realm('Monarch des Vereinigten Königreichs', 'Monarch of the United Kingdom'),
    );
    expect(refreshSpans(charles).description).toEqual({
      de: 'König des Vereinigten Königreichs seit 2022 (Stand Oktober 2025).',
      en: 'King of the United Kingdom since 2022 (as of October 2025).',
    });
    // Not an imported leader sentence: hand-written text is never rewritten this way.
    const hand = { ...entity([murmu]) };
    hand.description = { de: 'Präsident Indiens seit 2022 (Stand Juni 2022).', en: 'x' };
    expect(refreshSpans(hand).description.de).toBe('Präsident Indiens seit 2022 (Stand Juni 2024).');
  });

  it('says "Ehemalige …" in the role\'s own title once an override ended and retitled it', () => {
    const wl = {
      cite: 'every-politician-scrapers/world-leaders-2021@abc1234:data/wikidata.csv#L9',
      asOf: '2022-10-10',
    };
    const novak: Role = {
      ...role('Präsidentin Ungarns', 'President of Hungary', '2022-05-10', '2024-02-10', '2024-02-10'),
      source: { cite: 'https://example.org/d (Example, 2024-02-10)', asOf: '2024-02-10' },
    };
    const e = { ...entity([novak]), source: wl };
    e.description = leaderDescription(role('Präsident Ungarns', 'President of Hungary', '2022', null));
    expect(refreshSpans(e).description).toEqual({
      de: 'Ehemalige Präsidentin Ungarns (2022–2024).',
      en: 'Former President of Hungary (2022–2024).',
    });
    const swiss = {
      ...entity([
        {
          ...role(
            'Mitglied des Schweizer Bundesrats',
            'Member of the Swiss Federal Council',
            '2012',
            '2023-12-31',
          ),
        },
      ]),
      source: wl,
    };
    swiss.description = leaderDescription(
      role('Mitglied des Schweizer Bundesrats', 'Member of the Swiss Federal Council', '2012', null),
    );
    expect(refreshSpans(swiss).description.de).toBe(
      'Ehemaliges Mitglied des Schweizer Bundesrats (2012–2023).',
    );
  });

  it('leaves the sentence alone when nothing changed', () => {
    const same = entity([role('Präsident Ägyptens', 'President of Egypt', '2014', null)]);
    expect(refreshSpans(same)).toBe(same);
  });
});

describe('month names', () => {
  it('write and read "Stand Oktober 2022" / "as of October 2022"', () => {
    expect(monthYearDe('2022-10-10')).toBe('Oktober 2022');
    expect(monthYearEn('2022-03')).toBe('March 2022');
    expect(parseMonthYear('März 2024')).toBe('2024-03');
    expect(parseMonthYear('December 2021')).toBe('2021-12');
    expect(parseMonthYear('Brumaire 2021')).toBeNull();
  });
});
