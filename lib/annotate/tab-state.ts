// Between the content script and the popup. The content script answers with what the page holds
// (buildTabState); the popup, which loads the knowledge itself, turns that into entity lists, call
// cards and exports (summarizeTab) — calls are extracted there, off the reader's page. The entities
// are ready at once; the calls take long on a huge page, so the popup runs them in a worker.
import { callSteps } from '../calls/extract';
import { sentenceSteps } from '../calls/sentences';
import type { CallRecord } from '../calls/types';
import type { ExportData } from '../export';
import type { Entity, KnowledgeBundle, Localized } from '../knowledge/types';
import type { EntitySummary, TabState } from '../messages';
import { drain, type Steps } from '../steps';
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
    // Where the marks stop: the page's text limit.
    truncatedAt: a.truncatedAt,
  };
}

export interface TabSummary {
  entities: EntitySummary[];
  labels: Record<string, Localized>;
  calls: CallRecord[];
  /** Each mention's sentence, index-aligned with state.mentions. */
  sentences: string[];
}

/** What the popup can show at once: the entities, counted and labelled (a pass over the mentions). */
export type EntitiesSummary = Pick<TabSummary, 'entities' | 'labels'>;

/**
 * What takes long on a huge page (a second or more on a 200,000-word ticker): the calls, and each
 * mention's sentence as offsets into the text (start, end per mention; -1, -1 for none), which a
 * worker hands back as one transferable buffer instead of thousands of strings.
 */
export interface CallsSummary {
  calls: CallRecord[];
  sentenceSpans: Int32Array;
}

export function summarizeEntities(state: TabState, bundle: KnowledgeBundle): EntitiesSummary {
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
  return { entities, labels };
}

/** The calls and each mention's sentence, in steps (see callSteps); drain() runs them in one go. */
export function* callsSummarySteps(state: TabState, bundle: KnowledgeBundle): Steps<CallsSummary> {
  const calls = state.text
    ? yield* callSteps(
        state.text,
        state.mentions.map((m) => ({ ...m, alias: m.text })),
        bundle,
        state.page?.published ?? null,
      )
    : [];
  const sentences = yield* sentenceSteps(state.text);
  const sentenceSpans = new Int32Array(state.mentions.length * 2).fill(-1);
  let s = 0;
  state.mentions.forEach((m, i) => {
    while (s < sentences.length - 1 && sentences[s]!.end <= m.start) s++;
    const found = sentences[s];
    if (!found) return;
    sentenceSpans[2 * i] = found.start;
    sentenceSpans[2 * i + 1] = found.end;
  });
  return { calls, sentenceSpans };
}

/** Both halves together; call participants the text names only by office get their labels too. */
export function joinSummary(
  state: TabState,
  entities: EntitiesSummary,
  calls: CallsSummary,
  bundle: KnowledgeBundle,
): TabSummary {
  const labels = { ...entities.labels };
  const byId = new Map<string, Entity>(bundle.entities.map((e) => [e.id, e]));
  for (const call of calls.calls)
    for (const id of call.participants) {
      const e = byId.get(id);
      if (e) labels[id] = e.label;
    }
  const spans = calls.sentenceSpans;
  const sentences = state.mentions.map((_, i) =>
    spans[2 * i]! >= 0 ? state.text.slice(spans[2 * i], spans[2 * i + 1]) : '',
  );
  return { entities: entities.entities, labels, calls: calls.calls, sentences };
}

export function summarizeTab(state: TabState, bundle: KnowledgeBundle): TabSummary {
  return joinSummary(
    state,
    summarizeEntities(state, bundle),
    drain(callsSummarySteps(state, bundle)),
    bundle,
  );
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
