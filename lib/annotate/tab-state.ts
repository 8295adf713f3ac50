// Between the content script and the popup. The content script answers with what the page holds
// (buildTabState); the popup, which loads the knowledge itself, turns that into entity lists, call
// cards and exports (summarizeTab) — calls are extracted there, off the reader's page.
import { extractCalls } from '../calls/extract';
import { splitSentences } from '../calls/sentences';
import type { CallRecord } from '../calls/types';
import type { ExportData } from '../export';
import type { Entity, KnowledgeBundle, Localized } from '../knowledge/types';
import type { EntitySummary, TabState } from '../messages';
import { paintedUpTo } from '../render/paint';
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
  if (!a) return { ...base, page: null, text: '', mentions: [] };
  return {
    ...base,
    page: a.page,
    text: a.collected.text,
    mentions: a.all.map(({ entityId, text, start, end }) => ({ entityId, text, start, end })),
    // Where the marks stop: the page's text limit, or the painted-marks limit when that comes first.
    truncatedAt: paintedUpTo(a.mentions, a.truncatedAt),
  };
}

export interface TabSummary {
  entities: EntitySummary[];
  labels: Record<string, Localized>;
  calls: CallRecord[];
  /** Each mention's sentence, index-aligned with state.mentions. */
  sentences: string[];
}

export function summarizeTab(state: TabState, bundle: KnowledgeBundle): TabSummary {
  const byId = new Map<string, Entity>(bundle.entities.map((e) => [e.id, e]));
  const counts = new Map<string, number>();
  for (const m of state.mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const labels: TabSummary['labels'] = {};
  const entities: EntitySummary[] = [];
  for (const [id, count] of counts) {
    const e = byId.get(id);
    if (!e) continue;
    labels[id] = e.label;
    entities.push({ id, type: e.type, label: e.label, wikidata: e.wikidata, count });
  }
  const calls = state.text
    ? extractCalls(
        state.text,
        state.mentions.map((m) => ({ ...m, alias: m.text })),
        bundle,
        state.page?.published ?? null,
      )
    : [];
  for (const call of calls)
    for (const id of call.participants) {
      const e = byId.get(id);
      if (e) labels[id] = e.label;
    }
  return { entities, labels, calls, sentences: sentencesOf(state) };
}

function sentencesOf(state: TabState): string[] {
  const sentences = splitSentences(state.text);
  let s = 0;
  return state.mentions.map((m) => {
    while (s < sentences.length - 1 && sentences[s]!.end <= m.start) s++;
    return sentences[s]?.text ?? '';
  });
}

/** The popup's export: every entity with each mention and its sentence, the calls, the article. */
export function toExportData(state: TabState, summary: TabSummary, exportedAt: string): ExportData {
  return {
    article: { url: state.url, title: state.page?.title ?? null, published: state.page?.published ?? null },
    entities: summary.entities.map((e) => ({
      id: e.id,
      type: e.type,
      label: e.label,
      wikidata: e.wikidata,
      mentions: state.mentions.flatMap((m, i) =>
        m.entityId === e.id
          ? [{ text: m.text, start: m.start, end: m.end, sentence: summary.sentences[i] || null }]
          : [],
      ),
    })),
    calls: summary.calls,
    exportedAt,
  };
}
