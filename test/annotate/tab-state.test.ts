import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/annotate/annotate-page';
import { buildTabState, summarizeTab, toExportData } from '../../lib/annotate/tab-state';
import type { Entity, KnowledgeBundle } from '../../lib/knowledge/types';

const entity = (id: string, type: Entity['type'], de: string): Entity => ({
  id,
  type,
  label: { de, en: de },
  description: { de: '', en: '' },
  aliases: [],
  roles: [],
  wikidata: `Q${id.length}`,
  wikipedia: { de: null },
  cues: [],
  source: { cite: 'test', asOf: '2026-01-01' },
});

const bundle: KnowledgeBundle = {
  name: 'Test',
  asOf: '2026-01-01',
  offices: [],
  entities: [entity('scholz', 'person', 'Olaf Scholz'), entity('putin', 'person', 'Wladimir Putin')],
};

const text = 'Scholz rief Putin an. Putin sprach lange.';
const mentions = [
  { entityId: 'scholz', start: 0, end: 6, text: 'Scholz', alias: 'Scholz' },
  { entityId: 'putin', start: 12, end: 17, text: 'Putin', alias: 'Putin' },
  { entityId: 'putin', start: 22, end: 27, text: 'Putin', alias: 'Putin' },
];
const annotation = {
  page: {
    language: 'de',
    isGerman: true,
    isNewsArticle: true,
    reasons: [],
    published: '2022-05-13',
    publisher: null,
    title: 'Ein Telefonat',
  },
  collected: { text, segments: [] },
  all: mentions,
  // The reader switched persons off: nothing painted, everything still reported.
  mentions: [],
  ranges: [],
  timings: { match: 0, paint: 0 },
  truncatedAt: null,
} satisfies Annotation;

describe('tab state and its summary', () => {
  const state = buildTabState({
    status: 'ready',
    reason: '',
    site: 'example.de',
    enabled: true,
    url: 'https://example.de/a',
    annotation,
  });
  const summary = summarizeTab(state, bundle);

  it('reports every mention found, painted or not, with the text they index', () => {
    expect(state.mentions).toHaveLength(3);
    expect(state.text.slice(state.mentions[1]!.start, state.mentions[1]!.end)).toBe('Putin');
  });
  it('counts mentions per entity in reading order, labelled from the knowledge', () => {
    expect(summary.entities.map((e) => [e.id, e.count])).toEqual([
      ['scholz', 1],
      ['putin', 2],
    ]);
    expect(summary.labels.putin?.de).toBe('Wladimir Putin');
  });
  it('extracts the call the text reports', () => {
    expect(summary.calls.map((c) => [c.participants, c.status])).toEqual([[['putin', 'scholz'], 'held']]);
  });
  it('gives each mention its own sentence', () => {
    expect(summary.sentences.map((s) => s.trim())).toEqual([
      'Scholz rief Putin an.',
      'Scholz rief Putin an.',
      'Putin sprach lange.',
    ]);
  });
  it('exports entities with their mentions and the article', () => {
    const data = toExportData(state, summary, '2026-11-26T00:00:00Z');
    expect(data.article).toEqual({
      url: 'https://example.de/a',
      title: 'Ein Telefonat',
      published: '2022-05-13',
    });
    expect(data.entities[1]?.mentions.map((m) => m.start)).toEqual([12, 22]);
    expect(data.calls).toHaveLength(1);
  });
  it('reports a page without annotation as empty, keeping why', () => {
    const off = buildTabState({
      status: 'not-article',
      reason: 'lang=fr',
      site: 'x.fr',
      enabled: true,
      url: 'https://x.fr',
      annotation: null,
    });
    expect(off.mentions).toEqual([]);
    expect(off.reason).toBe('lang=fr');
    expect(summarizeTab(off, bundle).calls).toEqual([]);
  });
});
