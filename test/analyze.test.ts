import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, groupMentions } from '../lib/analyze';
import type { Entity, KnowledgeBundle } from '../lib/knowledge/types';
import { compileIndex } from '../lib/match/compile';

const entity = (
  id: string,
  type: Entity['type'],
  de: string,
  en: string,
  aliases: string[],
  wikidata: string | null,
): Entity => ({
  id,
  type,
  label: { de, en },
  description: { de: '', en: '' },
  aliases: aliases.map((text) => ({ text, origin: 'listed' as const })),
  roles: [],
  wikidata,
  wikipedia: { de: null },
  cues: [],
  source: { cite: 'test', asOf: '2025-01-01' },
});

// A toy knowledge pack written for this test.
const BUNDLE: KnowledgeBundle = {
  name: 'test',
  asOf: '2025-01-01',
  offices: [],
  entities: [
    entity('anna-beispiel', 'person', 'Anna Beispiel', 'Anna Beispiel', ['Anna Beispiel'], null),
    entity('musterstadt', 'place', 'Musterstadt', 'Sample City', ['Musterstadt'], 'Q1'),
  ],
};

describe('groupMentions', () => {
  it('groups by entity in order of first mention, with label, type and wikidata from the bundle', () => {
    const m = (entityId: string, start: number, text: string) => ({
      entityId,
      start,
      end: start + text.length,
      text,
      alias: text,
    });
    const groups = groupMentions(
      [
        m('musterstadt', 30, 'Musterstadt'),
        m('anna-beispiel', 0, 'Anna Beispiel'),
        m('musterstadt', 50, 'Musterstadt'),
      ],
      BUNDLE.entities,
    );
    expect(groups.map((g) => g.id)).toEqual(['anna-beispiel', 'musterstadt']);
    expect(groups[1]).toEqual({
      id: 'musterstadt',
      type: 'place',
      label: { de: 'Musterstadt', en: 'Sample City' },
      wikidata: 'Q1',
      mentions: [
        { text: 'Musterstadt', start: 30, end: 41 },
        { text: 'Musterstadt', start: 50, end: 61 },
      ],
    });
  });

  it('keeps an id the bundle does not know, labelled by its id', () => {
    const [g] = groupMentions([{ entityId: 'x', start: 0, end: 1, text: 'X', alias: 'X' }], []);
    expect(g).toMatchObject({ id: 'x', label: { de: 'x', en: 'x' }, wikidata: null });
  });
});

describe('analyzeText', () => {
  it('returns entities with offsets into the text it was given', () => {
    const text = 'In Musterstadt sprach Anna Beispiel am Montag vor dem Rat.';
    const { entities, mentions, calls } = analyzeText(text, {
      published: null,
      bundle: BUNDLE,
      index: compileIndex(BUNDLE),
    });
    expect(entities.map((e) => e.id)).toEqual(['musterstadt', 'anna-beispiel']);
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions).toHaveLength(2);
    expect(calls).toEqual([]);
  });
});

// The command line end to end, on files written here; needs the generated knowledge (npm run knowledge).
const compiled = existsSync(join(__dirname, '../lib/knowledge/compiled/bundle.json'));

describe.skipIf(!compiled)(
  compiled ? 'npm run analyze' : 'npm run analyze (skipped: run `npm run knowledge` first)',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'kontext-analyze-'));
    const para =
      '<p>Bundeskanzler Olaf Scholz hat am Freitag mit Wladimir Putin telefoniert. Das Gespräch dauerte nach Angaben ' +
      'eines Sprechers etwa eine Stunde, und beide Seiten wollen in Kontakt bleiben, hieß es am Abend in Berlin.</p>';
    writeFileSync(
      join(dir, 'a.html'),
      `<!doctype html><html lang="de"><head><meta property="og:type" content="article">
     <meta property="article:published_time" content="2024-11-15T18:00:00+01:00"></head>
     <body><nav>Olaf Scholz im Menü</nav><article>${para.repeat(3)}</article></body></html>`,
    );
    writeFileSync(join(dir, 'b.txt'), 'Olaf Scholz telefonierte am Freitag mit Wladimir Putin.');
    writeFileSync(join(dir, 'c.html'), '<html lang="fr"><body><p>Bonjour.</p></body></html>');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '../scripts/analyze.ts'), ...args], {
        encoding: 'utf8',
      });

    it('prints one JSON object per file with offsets into its text, and reports speed on stderr', () => {
      const r = run('--json', '--text', '--published', '2024-11-15', dir, join(dir, 'missing.txt'));
      expect(r.status).toBe(0);
      const lines = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.file.split('/').pop())).toEqual(['a.html', 'b.txt', 'c.html']);
      const [a, b, c] = lines;
      expect(a).toMatchObject({ language: 'de', isNewsArticle: true, published: '2024-11-15' });
      expect(c).toMatchObject({ language: 'fr', isNewsArticle: false, entities: [], calls: [] });
      expect(b).toMatchObject({ isNewsArticle: null, published: '2024-11-15' });
      for (const file of [a, b]) {
        // The knowledge grows (Berlin may be in it); these two must be there, in order of first mention.
        const ids = file.entities.map((e: { id: string }) => e.id);
        expect(ids.slice(0, 2)).toEqual(['olaf-scholz', 'vladimir-putin']);
        for (const e of file.entities)
          for (const m of e.mentions) expect(file.text.slice(m.start, m.end)).toBe(m.text);
      }
      // The menu's "Olaf Scholz" is not article text.
      expect(a.entities[0].mentions).toHaveLength(3);
      expect(r.stderr).toMatch(/missing\.txt/);
      expect(r.stderr).toMatch(/files\/s/);
    });

    it('exits non-zero only when nothing could be read', () => {
      expect(run(join(dir, 'missing.txt')).status).toBe(1);
    });
  },
);
