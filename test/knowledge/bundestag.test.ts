// The Bundestag speakers imported from OpenParliamentTV: the naming rules on names written for this
// test, and the generated file linted for what the data cannot support (roles, party, gender, dates).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/knowledge/types';
import {
  bundestagPeople,
  isInitialism,
  isSurnameForm,
  keepAlternative,
  NAMED_DESCRIPTION,
  ORDINARY_SURNAMES,
  SPEAKER_DESCRIPTION,
  surnameOf,
  surnameProblem,
  yieldSharedSurnames,
} from '../../scripts/knowledge-import/bundestag';
import { SOURCES_DIR } from '../../scripts/knowledge-import/common';
import { loadSourceFiles } from './load-sources';

const FILE = 'imported/people-bundestag.json';
const files = loadSourceFiles();
const speakers =
  (files.find((f) => f.path === FILE)?.data as { entities: Entity[] } | undefined)?.entities ?? [];
const OPTV = join(SOURCES_DIR, 'OpenParliamentTV/OpenParliamentTV-Data-DE/metadata/entities.json');

describe('Bundestag speaker naming rules', () => {
  it('keeps name particles with the surname', () => {
    expect(surnameOf('Erika Beispiel')).toBe('Beispiel');
    expect(surnameOf('Gustav von der Probe')).toBe('von der Probe');
    expect(surnameOf('Anna in der Mustermark')).toBe('in der Mustermark');
    expect(surnameOf('Lia Maria Probst-Mustermann')).toBe('Probst-Mustermann');
  });

  it('keeps alternatives that carry the surname and drops birth names, nicknames and bracketed forms', () => {
    expect(keepAlternative('Erika Anna Beispiel', 'Erika Beispiel')).toBe(true);
    expect(keepAlternative('Erika Bëispiel', 'Erika Beispiel')).toBe(true);
    expect(keepAlternative('Jörg Müstermann', 'Jörg Muestermann')).toBe(true);
    expect(keepAlternative('Lia Probst', 'Lia Probst-Mustermann')).toBe(true);
    expect(keepAlternative('Erika Anders', 'Erika Beispiel')).toBe(false);
    expect(keepAlternative('Erika Beispiel (Politikerin)', 'Erika Beispiel')).toBe(false);
    expect(keepAlternative('Beispiel, Erika', 'Erika Beispiel')).toBe(false);
    expect(keepAlternative('Dr. Erika Beispiel', 'Erika Beispiel')).toBe(false);
    expect(keepAlternative('erika beispiel', 'Erika Beispiel')).toBe(false);
  });

  it('takes a one-word alternative only as the surname or an initialism of the full name', () => {
    expect(isSurnameForm('Mustermann', 'Lia Probst-Mustermann')).toBe(true);
    expect(isSurnameForm('Bibi', 'Lia Probst-Mustermann')).toBe(false);
    expect(isInitialism('LPM', 'Lia Probst-Mustermann')).toBe(true);
    expect(isInitialism('LP', 'Lia Probst')).toBe(false);
    expect(isInitialism('XYZ', 'Lia Probst-Mustermann')).toBe(false);
  });

  it('keeps no surname that is short, an ordinary word or a first name', () => {
    const first = new Set(['Konrad']);
    expect(surnameProblem('Beispiel', first)).toBeNull();
    expect(surnameProblem('Uhl', first)).not.toBeNull();
    expect(surnameProblem('Kraft', first)).not.toBeNull();
    expect(surnameProblem('Ihnen', first)).not.toBeNull();
    expect(surnameProblem('Konrad', first)).not.toBeNull();
  });
});

describe.skipIf(speakers.length === 0)(`${FILE}`, () => {
  it('cites the OpenParliamentTV row of every speaker and claims no role', () => {
    for (const e of speakers) {
      expect(e.type, e.id).toBe('person');
      expect(e.roles, e.id).toEqual([]);
      expect(e.wikidata, e.id).toMatch(/^Q\d+$/);
      expect(e.source.cite, e.id).toMatch(
        /^OpenParliamentTV\/OpenParliamentTV-Data-DE@[0-9a-f]{40}:metadata\/entities\.json#L\d+$/,
      );
      expect(e.source.asOf, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('say nothing the data does not: no gender, party, membership or dates in the descriptions', () => {
    const guess =
      /Politikerin|Politiker\b|Abgeordnete|Mitglied|Wahlperiode|\b(CDU|CSU|SPD|FDP|AfD|Grüne|Grünen|Linke|BSW)\b|\d/;
    const guessEn = /politician|member|\b(he|she|his|her)\b|\d/i;
    for (const e of speakers) {
      // Speakers, or people the debates only name (subType "person": Söder, Nawalny, Adenauer).
      expect([SPEAKER_DESCRIPTION, NAMED_DESCRIPTION], e.id).toContainEqual(e.description);
      expect(e.description.de, e.id).not.toMatch(guess);
      expect(e.description.en, e.id).not.toMatch(guessEn);
    }
  });

  it('link a bare surname only next to the full name, and no ordinary word', () => {
    for (const e of speakers) {
      for (const a of e.aliases) {
        if (a.text === e.label.de || a.text.includes(' ') || a.caseSensitive) continue;
        expect(a.needsCue, `${e.id}: ${a.text}`).toBe(true);
        expect(ORDINARY_SURNAMES.has(a.text), `${e.id}: ${a.text}`).toBe(false);
        expect([...a.text].length, `${e.id}: ${a.text}`).toBeGreaterThan(3);
      }
    }
  });

  it('leave alone every person the knowledge already has', () => {
    const others = files
      .filter((f) => f.path !== FILE)
      .flatMap((f) => (f.data as { entities?: Entity[] }).entities ?? []);
    const known = new Set(others.map((e) => e.wikidata));
    const ids = new Set(others.map((e) => e.id));
    for (const e of speakers) {
      expect(known.has(e.wikidata), e.id).toBe(false);
      expect(ids.has(e.id), e.id).toBe(false);
    }
  });

  describe.skipIf(!existsSync(OPTV))('against the open data (../shared/knowledge-sources)', () => {
    it('cite the line of the speaker’s own row, listed as memberOfParliament or person', () => {
      const lines = readFileSync(OPTV, 'utf8').split('\n');
      for (const e of speakers) {
        const line = Number(e.source.cite.split('#L')[1]);
        expect(lines[line - 1], e.id).toContain(`"id": "${e.wikidata}"`);
        const row = lines.slice(line - 1, line + 40).join('\n');
        const subType = /"subType": "(\w+)"/.exec(row.slice(0, row.indexOf('}')))?.[1];
        expect(['memberOfParliament', 'person'], e.id).toContain(subType);
      }
    });

    it('match what the importer makes from the other files today (re-running changes nothing)', () => {
      // The newer copy's people (bundestag-21.json) are imported after these and yield to them.
      const others = files
        .filter((f) => f.path !== FILE && f.path !== 'imported/bundestag-21.json')
        .flatMap((f) => {
          const d = f.data as { entities?: Entity[]; overrides?: { action: string; entity: unknown }[] };
          const added = (d.overrides ?? [])
            .filter((o) => o.action === 'addEntity')
            .map((o) => o.entity as Entity);
          return [...(d.entities ?? []), ...added];
        });
      const newer = files.find((f) => f.path === 'imported/bundestag-21.json')?.data as {
        entities: Entity[];
      };
      expect(yieldSharedSurnames(bundestagPeople(others).entities, newer?.entities ?? [], [])).toEqual(
        speakers,
      );
    });
  });
});
