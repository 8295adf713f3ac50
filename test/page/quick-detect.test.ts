// The detector's quick check must never turn away a page the full detection would annotate: checked
// on every page we have (demo, e2e fixtures, ../shared/corpus when present) and on pages built to sit
// on each of detectPage's edges.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../lib/page/detect';
import { quickDetect } from '../../lib/page/quick-detect';
import { frontPage } from '../../scripts/bench/generate';
import { corpusPageLabels, readCorpusPage } from './corpus-pages';

const ROOT = join(__dirname, '../..');
const FIXTURES = join(ROOT, 'test/e2e/fixtures');

const doc = (html: string) => parseHTML(html).document;

/** detectPage's "article" implies quickDetect's "maybe"; returns both for the reader of a failure. */
function expectConservative(html: string, url: string) {
  const full = detectPage(doc(html), url);
  const quick = quickDetect(doc(html), url);
  if (full.isNewsArticle)
    expect(quick, `${url}: ${full.reasons.join('; ')}`).toEqual({ maybeArticle: true, reason: '' });
  return { full, quick };
}

const PARAGRAPH =
  'Die Regierung hat am Montag in Berlin neue Pläne für den Ausbau der Bahn vorgestellt, die nach ' +
  'Angaben des Ministeriums bis zum Ende des Jahrzehnts umgesetzt werden sollen und die auch von den ' +
  'Ländern mitgetragen werden, wie ein Sprecher sagte.';
const TEXT = `<h1>Neue Pläne für die Bahn</h1>${`<p>${PARAGRAPH}</p>`.repeat(5)}`;

function page(head: string, body: string, htmlAttrs = 'lang="de"') {
  return `<!doctype html><html ${htmlAttrs}><head><title>Titel</title>${head}</head><body>${body}</body></html>`;
}
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('quickDetect on the pages we have', () => {
  it('says maybe for the demo article', () => {
    const html = readFileSync(join(ROOT, 'demo/article.html'), 'utf8');
    const { full } = expectConservative(html, 'http://localhost:3000/article.html');
    expect(full.isNewsArticle).toBe(true);
  });

  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
  it.each(fixtures)('e2e fixture %s: every article gets the annotator', (f) => {
    expectConservative(readFileSync(join(FIXTURES, f), 'utf8'), `http://127.0.0.1:8080/${f}`);
  });

  it('turns away the fixtures that hold no article (plain page, the frame around an article)', () => {
    for (const f of ['plain.html', 'iframe.html']) {
      const html = readFileSync(join(FIXTURES, f), 'utf8');
      expect(quickDetect(doc(html), `http://127.0.0.1:8080/${f}`).maybeArticle, f).toBe(false);
    }
  });

  it("turns away the benchmark's generated news front page", () => {
    expect(quickDetect(doc(frontPage()), 'http://127.0.0.1:8080/front-page.html')).toEqual({
      maybeArticle: false,
      reason: 'no article signal',
    });
  });

  const labels = corpusPageLabels();
  describe.skipIf(!labels.length)('../shared/corpus/pages (skipped without it)', () => {
    it.each(labels.map((l) => [l.file, l] as const))('%s', (_f, l) => {
      const html = readCorpusPage(l.file);
      // Both the live address and the local one the extension sees when the page is served.
      expectConservative(html, l.original_url ?? '');
      expectConservative(html, `http://127.0.0.1:8080/${l.file}`);
    });

    it('turns away the recipe by its JSON-LD, sparing it the annotator', () => {
      const l = labels.find((x) => x.file.startsWith('neg-de-chefkoch'));
      if (!l) return;
      const v = quickDetect(doc(readCorpusPage(l.file)), l.original_url ?? '');
      expect(v).toEqual({ maybeArticle: false, reason: 'JSON-LD Recipe' });
    });

    it('turns away the French article by its declared language', () => {
      const l = labels.find((x) => x.file.startsWith('neg-fr-'));
      if (!l) return;
      const v = quickDetect(doc(readCorpusPage(l.file)), l.original_url ?? '');
      expect(v.maybeArticle).toBe(false);
      expect(v.reason).toMatch(/^language fr/);
    });
  });
});

describe("quickDetect on the edges of detectPage's rules", () => {
  const cases: [string, string, string][] = [
    ['JSON-LD NewsArticle', page(ld({ '@type': 'NewsArticle' }), `<div>${TEXT}</div>`), 'https://x.de/a/b'],
    [
      'JSON-LD type as a schema.org address, in @graph',
      page(ld({ '@graph': [{ '@type': 'http://schema.org/ReportageNewsArticle' }] }), `<div>${TEXT}</div>`),
      'https://x.de/a/b',
    ],
    [
      'broken JSON-LD still naming its type',
      page('<script type="application/ld+json">{"@type": "Report", }</script>', `<div>${TEXT}</div>`),
      'https://x.de/a',
    ],
    ['og:type article (name=)', page('<meta name="og:type" content="Article">', `<div>${TEXT}</div>`), ''],
    [
      'article:published_time alone',
      page(
        '<meta property="article:published_time" content="2024-03-01T10:00:00+01:00">',
        `<div>${TEXT}</div>`,
      ),
      'https://x.de/a',
    ],
    [
      'weak: a <time> and an <article>',
      page('', `<article><time datetime="2024-03-01">1. März</time>${TEXT}</article>`),
      'https://x.de/politik/a.html',
    ],
    [
      'weak: meta date on a news domain (tagesschau says og:type website)',
      page(
        '<meta name="date" content="2024-03-01"><meta property="og:type" content="website">',
        `<div>${TEXT}</div>`,
      ),
      'https://www.tagesschau.de/inland/bahn-100.html',
    ],
    [
      'weak: a saved news page whose canonical address names the publisher',
      page(
        '<meta name="DC.Date.Issued" content="2024-03-01"><link rel="canonical" href="https://www.zeit.de/x">',
        `<div>${TEXT}</div>`,
      ),
      'http://127.0.0.1:8080/saved.html',
    ],
    [
      'weak: news_keywords and a microdata date',
      page(
        '<meta name="news_keywords" content="Bahn">',
        `<div><span itemprop="datePublished" datetime="2024-03-01"></span>${TEXT}</div>`,
      ),
      'https://x.de/a',
    ],
    [
      'no declared language, German text',
      page('<meta property="og:type" content="article">', `<div>${TEXT}</div>`, ''),
      'https://x.de/a',
    ],
    [
      'a front page that says it is an article',
      page(ld({ '@type': 'NewsArticle' }), `<div>${TEXT}</div>`),
      'https://x.de/',
    ],
  ];

  it.each(cases)('%s: an article, and maybe for the detector', (_name, html, url) => {
    const { full, quick } = expectConservative(html, url);
    // Each case is built to be one: the test would pass vacuously if detectPage said no.
    expect(full.isNewsArticle, full.reasons.join('; ')).toBe(true);
    expect(quick.maybeArticle).toBe(true);
  });

  it('turns away another declared language before looking further', () => {
    expect(
      quickDetect(doc(page(ld({ '@type': 'NewsArticle' }), TEXT, 'lang="en-GB"')), 'https://x.de/a'),
    ).toEqual({
      maybeArticle: false,
      reason: 'language en-gb',
    });
  });

  it('turns away a dated page with no second signal, and a dated front page', () => {
    const dated = page('<meta name="date" content="2024-03-01">', `<div>${TEXT}</div>`);
    expect(quickDetect(doc(dated), 'https://x.de/a')).toEqual({
      maybeArticle: false,
      reason: 'no article signal',
    });
    expect(detectPage(doc(dated), 'https://x.de/a').isNewsArticle).toBe(false);
    const front = page('<meta name="date" content="2024-03-01">', `<article>${TEXT}</article>`);
    expect(quickDetect(doc(front), 'https://www.spiegel.de/')).toEqual({
      maybeArticle: false,
      reason: 'front page',
    });
    expect(detectPage(doc(front), 'https://www.spiegel.de/').isNewsArticle).toBe(false);
  });

  it.each([
    [
      'a recipe that also says Article',
      ld([{ '@type': 'Article' }, { '@type': 'Recipe' }]),
      '',
      'JSON-LD Recipe',
    ],
    [
      'a product page',
      ld({ '@type': 'Product' }),
      '<meta property="og:type" content="article">',
      'JSON-LD Product',
    ],
    ['a profile page', '', '<meta property="og:type" content="profile">', 'og:type profile'],
  ])('turns away %s, as detectPage does (copied vetoes must not drift)', (_n, head1, head2, reason) => {
    const html = page(head1 + head2, `<article>${TEXT}</article>`);
    expect(quickDetect(doc(html), 'https://x.de/a')).toEqual({ maybeArticle: false, reason });
    expect(detectPage(doc(html), 'https://x.de/a').reasons).toContain(reason);
  });

  it('settles a recipe in the head without the body, but not a product a body block may outweigh', () => {
    const recipe = page(
      ld({ '@type': 'Recipe' }),
      `<article>${ld({ '@type': 'NewsArticle' })}${TEXT}</article>`,
    );
    expect(quickDetect(doc(recipe), 'https://x.de/a')).toEqual({
      maybeArticle: false,
      reason: 'JSON-LD Recipe',
    });
    expect(detectPage(doc(recipe), 'https://x.de/a').reasons).toContain('JSON-LD Recipe');
    const product = page(
      `${ld({ '@type': 'Product' })}<meta property="og:type" content="article">`,
      `<article>${ld({ '@type': 'NewsArticle' })}${TEXT}</article>`,
    );
    expect(detectPage(doc(product), 'https://x.de/a').isNewsArticle).toBe(true);
    expect(quickDetect(doc(product), 'https://x.de/a').maybeArticle).toBe(true);
  });

  it('keeps a news article that embeds a product box', () => {
    const html = page(ld([{ '@type': 'NewsArticle' }, { '@type': 'Product' }]), `<article>${TEXT}</article>`);
    expect(detectPage(doc(html), 'https://x.de/a').isNewsArticle).toBe(true);
    expect(quickDetect(doc(html), 'https://x.de/a').maybeArticle).toBe(true);
  });

  it('turns away a page with neither article metadata nor a date', () => {
    const v = quickDetect(
      doc(page('<meta property="og:type" content="website">', `<article>${TEXT}</article>`)),
      'https://x.de/a',
    );
    expect(v).toEqual({ maybeArticle: false, reason: 'no article signal' });
  });

  it('is not fooled into no by JSON-LD it cannot parse or a date it cannot read', () => {
    // Superset by design: an unreadable date still counts as a possible one.
    const odd = page('<meta name="date" content="irgendwann">', `<article>${TEXT}</article>`);
    expect(quickDetect(doc(odd), 'https://x.de/a').maybeArticle).toBe(true);
  });

  it('answers no for a document without an element', () => {
    const empty = parseHTML('').document;
    Object.defineProperty(empty, 'documentElement', { value: null });
    expect(quickDetect(empty, 'https://x.de/a')).toEqual({
      maybeArticle: false,
      reason: 'no document element',
    });
  });
});
