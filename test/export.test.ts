import { describe, expect, it } from 'vitest';
import {
  attachSentences,
  buildExportData,
  CSV_COLUMNS,
  csvField,
  type ExportData,
  exportFileName,
  toCsv,
  toJson,
} from '../lib/export';
import { CALL_AUSTIN_SHOIGU, CALL_PLANNED } from './components/fixtures';
import { parseCsv } from './e2e/harness/csv';

const text = 'Austin rief an. Schoigu, der Minister, hörte zu. Danach: "nichts".';
const sentences = [
  { text: 'Austin rief an.', start: 0, end: 15 },
  { text: 'Schoigu, der Minister, hörte zu.', start: 16, end: 48 },
  { text: 'Danach: "nichts".', start: 49, end: text.length },
];

const data: ExportData = {
  article: {
    url: 'http://localhost/demo/',
    title: 'Austin, Schoigu und "das Telefonat"',
    published: '2022-05-13',
  },
  entities: [
    {
      id: 'sergei-shoigu',
      type: 'person',
      label: { de: 'Sergei Schoigu', en: 'Sergei Shoigu' },
      wikidata: 'Q1990',
      mentions: attachSentences([{ text: 'Schoigu', start: 16, end: 23 }], sentences),
    },
  ],
  calls: [CALL_AUSTIN_SHOIGU, CALL_PLANNED],
  exportedAt: '2026-11-26T00:00:00Z',
  version: '0.1.0',
};

describe('attachSentences', () => {
  it('finds the sentence around each mention, null outside every sentence', () => {
    const out = attachSentences(
      [
        { text: 'Austin', start: 0, end: 6 },
        { text: 'Minister', start: 29, end: 37 },
        { text: 'x', start: 15, end: 16 },
      ],
      sentences,
    );
    expect(out.map((m) => m.sentence)).toEqual(['Austin rief an.', 'Schoigu, der Minister, hörte zu.', null]);
  });
});

describe('toJson', () => {
  it('is tagged, versioned and keeps every field', () => {
    const parsed = JSON.parse(toJson(data));
    expect(parsed.format).toBe('kontext-export');
    expect(parsed.formatVersion).toBe(1);
    expect(parsed.generator).toBe('Kontext 0.1.0');
    expect(parsed.article).toEqual(data.article);
    expect(parsed.entities[0].mentions[0]).toEqual({
      text: 'Schoigu',
      start: 16,
      end: 23,
      sentence: 'Schoigu, der Minister, hörte zu.',
    });
    expect(parsed.calls).toEqual(data.calls);
  });
});

describe('toCsv', () => {
  const csv = toCsv(data);
  const rows = parseCsv(csv);
  const header = rows[0]!;
  const col = (row: string[], name: (typeof CSV_COLUMNS)[number]) => row[header.indexOf(name)];

  it('has a header row, CRLF line ends and the same number of cells in every row', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false); // no bare newlines in the fixtures
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('writes a row per mention, call, statement and evidence sentence, each with the article', () => {
    expect(rows.slice(1).map((r) => col(r, 'record'))).toEqual([
      'mention',
      'call',
      'demand',
      'outcome',
      'evidence',
      'call',
      'evidence',
    ]);
    for (const r of rows.slice(1)) {
      expect(col(r, 'article_url')).toBe('http://localhost/demo/');
      expect(col(r, 'article_title')).toBe('Austin, Schoigu und "das Telefonat"');
      expect(col(r, 'article_published')).toBe('2022-05-13');
    }
    const mention = rows[1]!;
    expect(col(mention, 'sentence')).toBe('Schoigu, der Minister, hörte zu.');
    expect(col(mention, 'wikidata')).toBe('Q1990');
    const call = rows[2]!;
    expect(col(call, 'participants')).toBe('lloyd-austin;sergei-shoigu');
    expect(col(call, 'duration_minutes')).toBe('60');
    expect(col(call, 'initiator')).toBe('lloyd-austin');
    expect(col(call, 'first_since')).toBe('2022-02-18');
    expect(col(call, 'plover')).toBe('CONSULT/phone');
    const demand = rows[3]!;
    expect(col(demand, 'plover')).toBe('REQUEST/change');
    expect(col(demand, 'source')).toBe('john-kirby');
    expect(col(demand, 'start')).toBe('120');
    const planned = rows[6]!;
    expect(col(planned, 'call_status')).toBe('planned');
    expect(col(planned, 'call_date')).toBe('in der kommenden Woche');
    expect(col(planned, 'call')).toBe('2');
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('sagte "nein"')).toBe('"sagte ""nein"""');
    expect(csvField('zwei\nZeilen')).toBe('"zwei\nZeilen"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-5')).toBe('-5');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(null)).toBe('');
    expect(parseCsv(`${csvField('zwei\r\nZeilen, "mit" Zitat')}\r\n`)).toEqual([
      ['zwei\r\nZeilen, "mit" Zitat'],
    ]);
  });
});

describe('exportFileName', () => {
  it('names the file by date and title, in ASCII', () => {
    expect(exportFileName(data, 'csv')).toBe('kontext-2022-05-13-austin-schoigu-und-das-telefonat.csv');
    expect(
      exportFileName(
        { ...data, article: { url: null, title: 'Gespräch über Öl & Gas', published: null } },
        'json',
      ),
    ).toBe('kontext-gespraech-ueber-oel-gas.json');
    expect(exportFileName({ ...data, article: { url: null, title: null, published: null } }, 'csv')).toBe(
      'kontext-artikel.csv',
    );
  });
});

describe('buildExportData', () => {
  it("groups the tab's mentions under their entities, sorted, with the article fields", () => {
    const out = buildExportData(
      {
        url: 'http://localhost/demo/',
        page: { title: 'Titel', published: '2022-05-13' },
        entities: [
          { id: 'a', type: 'person', label: { de: 'A', en: 'A' }, wikidata: 'Q1' },
          { id: 'b', type: 'place', label: { de: 'B', en: 'B' }, wikidata: null },
        ],
        mentions: [
          { entityId: 'a', text: 'A', start: 30, end: 31, sentence: 'Satz zwei mit A.' },
          { entityId: 'b', text: 'B', start: 5, end: 6, sentence: 'B am Anfang.' },
          { entityId: 'a', text: 'A', start: 2, end: 3, sentence: 'Ja, A.' },
        ],
        calls: [CALL_PLANNED],
      },
      { exportedAt: '2026-11-26T00:00:00Z' },
    );
    expect(out.article).toEqual({ url: 'http://localhost/demo/', title: 'Titel', published: '2022-05-13' });
    expect(out.entities.map((e) => [e.id, e.mentions.map((m) => m.start)])).toEqual([
      ['a', [2, 30]],
      ['b', [5]],
    ]);
    expect(out.calls).toEqual([CALL_PLANNED]);
    expect(out.exportedAt).toBe('2026-11-26T00:00:00Z');
    expect(toCsv(out).split('\r\n').filter(Boolean)).toHaveLength(1 + 3 + 2);
  });
});
