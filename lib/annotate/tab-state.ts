// The content script's answer to the popup: what the page holds, ready to render and to export.
import { splitSentences } from '../calls/sentences';
import type { ExportData } from '../export';
import type { EntitySummary, TabState } from '../messages';
import type { Annotation } from './annotate-page';

export interface TabStateInput {
  status: TabState['status'];
  reason: string;
  site: string;
  enabled: boolean;
  url: string;
  annotation: Annotation | null;
}

export function buildTabState({
  status,
  reason,
  site,
  enabled,
  url,
  annotation: a,
}: TabStateInput): TabState {
  const base = { status, site, enabled, url, ...(reason ? { reason } : {}) };
  if (!a) return { ...base, page: null, entities: [], mentions: [], calls: [], labels: {} };
  const counts = new Map<string, number>();
  for (const m of a.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const labels: TabState['labels'] = {};
  const entities: EntitySummary[] = [];
  for (const [id, count] of counts) {
    const e = a.entities.get(id);
    if (!e) continue;
    labels[id] = e.label;
    entities.push({ id, type: e.type, label: e.label, wikidata: e.wikidata, count });
  }
  const calls = a.calls();
  for (const call of calls)
    for (const id of call.participants) {
      const e = a.entities.get(id);
      if (e) labels[id] = e.label;
    }
  const sentences = splitSentences(a.collected.text);
  let s = 0;
  const mentions = a.mentions.map((m) => {
    while (s < sentences.length - 1 && sentences[s]!.end <= m.start) s++;
    return {
      entityId: m.entityId,
      text: m.text,
      start: m.start,
      end: m.end,
      sentence: sentences[s]?.text ?? '',
    };
  });
  return { ...base, page: a.page, entities, mentions, calls, labels, truncatedAt: a.truncatedAt };
}

/** The popup's export: every entity with each mention and its sentence, the calls, the article. */
export function toExportData(state: TabState, exportedAt: string): ExportData {
  return {
    article: { url: state.url, title: state.page?.title ?? null, published: state.page?.published ?? null },
    entities: state.entities.map((e) => ({
      id: e.id,
      type: e.type,
      label: e.label,
      wikidata: e.wikidata,
      mentions: state.mentions
        .filter((m) => m.entityId === e.id)
        .map((m) => ({ text: m.text, start: m.start, end: m.end, sentence: m.sentence || null })),
    })),
    calls: state.calls,
    exportedAt,
  };
}
