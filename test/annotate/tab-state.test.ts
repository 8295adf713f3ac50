import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/annotate/annotate-page';
import { buildTabState, toExportData } from '../../lib/annotate/tab-state';
import type { Entity } from '../../lib/knowledge/types';

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

const text = 'Scholz rief Putin an. Putin sprach lange.';
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
  mentions: [
    { entityId: 'scholz', start: 0, end: 6, text: 'Scholz', alias: 'Scholz' },
    { entityId: 'putin', start: 12, end: 17, text: 'Putin', alias: 'Putin' },
    { entityId: 'putin', start: 22, end: 27, text: 'Putin', alias: 'Putin' },
  ],
  ranges: [],
  calls: () => [],
  timings: { extract: 0, match: 0, paint: 0 },
  truncatedAt: null,
  entities: new Map([
    ['scholz', entity('scholz', 'person', 'Olaf Scholz')],
    ['putin', entity('putin', 'person', 'Wladimir Putin')],
  ]),
} satisfies Annotation;

describe('buildTabState', () => {
  const state = buildTabState({
    status: 'ready',
    reason: '',
    site: 'example.de',
    enabled: true,
    url: 'https://example.de/a',
    annotation,
  });
  it('counts mentions per entity in reading order', () => {
    expect(state.entities.map((e) => [e.id, e.count])).toEqual([
      ['scholz', 1],
      ['putin', 2],
    ]);
    expect(state.labels.putin?.de).toBe('Wladimir Putin');
  });
  it('gives each mention its own sentence', () => {
    expect(state.mentions.map((m) => m.sentence.trim())).toEqual([
      'Scholz rief Putin an.',
      'Scholz rief Putin an.',
      'Putin sprach lange.',
    ]);
  });
  it('exports entities with their mentions and the article', () => {
    const data = toExportData(state, '2026-11-26T00:00:00Z');
    expect(data.article).toEqual({
      url: 'https://example.de/a',
      title: 'Ein Telefonat',
      published: '2022-05-13',
    });
    expect(data.entities[1]?.mentions.map((m) => m.start)).toEqual([12, 22]);
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
    expect(off.entities).toEqual([]);
    expect(off.reason).toBe('lang=fr');
  });
});
