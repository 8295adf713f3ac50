// The popup's export: what Kontext found in one article, as JSON (lossless, for programs) and as
// one long-format CSV table (for spreadsheets and R/pandas): a row per mention, per call, per call
// statement and per evidence sentence, each carrying the article's address, title and date.

import type { CallRecord } from './calls/types';
import type { EntityType, Localized } from './knowledge/types';

export interface ExportMention {
  text: string;
  start: number;
  end: number;
  /** The sentence the mention stands in; null when sentences were not available. */
  sentence: string | null;
}

export interface ExportEntity {
  id: string;
  type: EntityType;
  label: Localized;
  wikidata: string | null;
  mentions: ExportMention[];
}

export interface ExportData {
  article: { url: string | null; title: string | null; published: string | null };
  entities: ExportEntity[];
  calls: CallRecord[];
  /** ISO timestamp of the export; the caller passes it so output is reproducible in tests. */
  exportedAt?: string;
  /** Version of the extension that produced it. */
  version?: string;
}

export const EXPORT_FORMAT = 'kontext-export';
export const EXPORT_FORMAT_VERSION = 1;

/** What the content script reports about a tab (structurally lib/messages' TabState). */
export interface ExportSource {
  url: string | null;
  page: { title: string | null; published: string | null } | null;
  entities: readonly { id: string; type: EntityType; label: Localized; wikidata: string | null }[];
  mentions: readonly {
    entityId: string;
    text: string;
    start: number;
    end: number;
    sentence: string | null;
  }[];
  calls: readonly CallRecord[];
}

/** Groups the tab's flat mention list under its entities, in the order the entities come. */
export function buildExportData(
  src: ExportSource,
  extra: { exportedAt?: string; version?: string } = {},
): ExportData {
  const byEntity = new Map<string, ExportMention[]>();
  for (const m of src.mentions) {
    const list = byEntity.get(m.entityId) ?? [];
    list.push({ text: m.text, start: m.start, end: m.end, sentence: m.sentence ?? null });
    byEntity.set(m.entityId, list);
  }
  return {
    article: { url: src.url, title: src.page?.title ?? null, published: src.page?.published ?? null },
    entities: src.entities.map((e) => ({
      id: e.id,
      type: e.type,
      label: e.label,
      wikidata: e.wikidata,
      mentions: (byEntity.get(e.id) ?? []).sort((a, b) => a.start - b.start),
    })),
    calls: [...src.calls],
    ...extra,
  };
}

/** Pretty-printed JSON with a format tag, so later versions can read old exports. */
export function toJson(data: ExportData): string {
  const out = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    ...(data.version ? { generator: `Kontext ${data.version}` } : {}),
    ...(data.exportedAt ? { exportedAt: data.exportedAt } : {}),
    article: data.article,
    entities: data.entities,
    calls: data.calls,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Finds each mention's sentence by offset (sentences sorted by start, as splitSentences returns them). */
export function attachSentences(
  mentions: readonly { text: string; start: number; end: number }[],
  sentences: readonly { text: string; start: number; end: number }[],
): ExportMention[] {
  return mentions.map((m) => {
    let lo = 0;
    let hi = sentences.length - 1;
    let found: string | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (m.start < s.start) hi = mid - 1;
      else if (m.start >= s.end) lo = mid + 1;
      else {
        found = s.text;
        break;
      }
    }
    return { text: m.text, start: m.start, end: m.end, sentence: found };
  });
}

export const CSV_COLUMNS = [
  'record',
  'article_url',
  'article_title',
  'article_published',
  'entity_id',
  'entity_type',
  'label_de',
  'label_en',
  'wikidata',
  'call',
  'participants',
  'call_status',
  'call_mode',
  'call_date',
  'duration_minutes',
  'initiator',
  'first_since',
  'plover',
  'cameo',
  'by',
  'source',
  'text',
  'start',
  'end',
  'sentence',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Row = Partial<Record<Column, string | number | null>>;

/**
 * RFC 4180 quoting. Text cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR at
 * the start) get a leading apostrophe: article sentences are untrusted input. Numbers stay numbers.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+(?:[.,]\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV table with a header row, CRLF line ends (RFC 4180). */
export function toCsv(data: ExportData): string {
  const base: Row = {
    article_url: data.article.url,
    article_title: data.article.title,
    article_published: data.article.published,
  };
  const rows: Row[] = [];
  for (const e of data.entities) {
    const entity: Row = {
      ...base,
      entity_id: e.id,
      entity_type: e.type,
      label_de: e.label.de,
      label_en: e.label.en,
      wikidata: e.wikidata,
    };
    for (const m of e.mentions) {
      rows.push({
        ...entity,
        record: 'mention',
        text: m.text,
        start: m.start,
        end: m.end,
        sentence: m.sentence,
      });
    }
  }
  data.calls.forEach((c, i) => {
    const call: Row = {
      ...base,
      call: i + 1,
      participants: c.participants.join(';'),
      call_status: c.status,
      call_mode: c.mode,
      call_date: c.date ?? c.dateText,
    };
    const first = c.evidence[0];
    rows.push({
      ...call,
      record: 'call',
      duration_minutes: c.durationMinutes,
      initiator: c.initiator,
      first_since: c.firstSince,
      plover: `${c.plover.event}/${c.plover.mode}`,
      cameo: c.cameo,
      text: first?.text ?? null,
      start: first?.start ?? null,
      end: first?.end ?? null,
    });
    const statements = [
      ...c.demands.map((s) => ['demand', s] as const),
      ...c.outcomes.map((s) => ['outcome', s] as const),
      ...c.quotes.map((s) => ['quote', s] as const),
    ];
    for (const [record, s] of statements) {
      rows.push({
        ...call,
        record,
        plover: s.plover ? (s.ploverMode ? `${s.plover}/${s.ploverMode}` : s.plover) : null,
        by: s.by,
        source: s.source,
        text: s.text,
        start: s.start,
        end: s.end,
      });
    }
    for (const ev of c.evidence) {
      rows.push({ ...call, record: 'evidence', text: ev.text, start: ev.start, end: ev.end });
    }
  });
  const lines = [
    CSV_COLUMNS.join(','),
    ...rows.map((r) => CSV_COLUMNS.map((col) => csvField(r[col])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** "kontext-2022-05-13-austin-spricht-mit-schoigu.csv": date and title make downloads findable. */
export function exportFileName(data: ExportData, ext: 'csv' | 'json'): string {
  const slug = (data.article.title ?? '')
    .toLocaleLowerCase('de')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${['kontext', data.article.published, slug || 'artikel'].filter(Boolean).join('-')}.${ext}`;
}
