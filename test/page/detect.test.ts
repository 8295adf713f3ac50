import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../lib/page/detect';

// Body text written for these tests: long enough German paragraphs for the readerable gate.
const PARAGRAPH =
  'Die Regierung hat am Montag in Berlin neue Pläne für den Ausbau der Bahn vorgestellt, die nach ' +
  'Angaben des Ministeriums bis zum Ende des Jahrzehnts umgesetzt werden sollen und die auch von den ' +
  'Ländern mitgetragen werden, wie ein Sprecher sagte.';
const BODY = `<article><h1>Neue Pläne für die Bahn</h1>${`<p>${PARAGRAPH}</p>`.repeat(4)}</article>`;

function page(head: string, body = BODY, htmlAttrs = 'lang="de"') {
  return parseHTML(
    `<!doctype html><html ${htmlAttrs}><head><title>Titel</title>${head}</head><body>${body}</body></html>`,
  ).document;
}

const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('detectPage: language', () => {
  it('returns at once for a page that declares another language', () => {
    const info = detectPage(page(jsonLd({ '@type': 'NewsArticle' }), BODY, 'lang="fr"'), 'https://x.fr/a');
    expect(info).toMatchObject({ language: 'fr', isGerman: false, isNewsArticle: false });
    expect(info.reasons).toEqual(['language fr']);
  });

  it('reads og:locale when html lang is missing', () => {
    const info = detectPage(page('<meta property="og:locale" content="de_DE">', BODY, ''), '');
    expect(info.language).toBe('de-de');
    expect(info.isGerman).toBe(true);
  });

  it('reads meta content-language', () => {
    const info = detectPage(page('<meta http-equiv="Content-Language" content="de-AT">', BODY, ''), '');
    expect(info.language).toBe('de-at');
  });

  it('guesses German from function words when nothing is declared', () => {
    const info = detectPage(page('<meta property="og:type" content="article">', BODY, ''), '');
    expect(info.isGerman).toBe(true);
    expect(info.isNewsArticle).toBe(true);
  });

  it('does not take undeclared English text for German', () => {
    const english = `<article>${'<p>The government presented new plans for the railway on Monday, and the ministry said that they would be carried out by the end of the decade with the support of the states.</p>'.repeat(4)}</article>`;
    const info = detectPage(page('<meta property="og:type" content="article">', english, ''), '');
    expect(info.isGerman).toBe(false);
    expect(info.isNewsArticle).toBe(false);
  });
});

describe('detectPage: news article signals', () => {
  it('accepts JSON-LD NewsArticle and reads date, publisher and headline from it', () => {
    const head = jsonLd({
      '@type': 'NewsArticle',
      headline: 'Bahn-Pläne',
      datePublished: '2024-11-17T08:30:00+01:00',
      publisher: { '@type': 'Organization', name: 'Testzeitung' },
    });
    const info = detectPage(page(head), 'https://example.org/a');
    expect(info).toMatchObject({
      isNewsArticle: true,
      published: '2024-11-17',
      publisher: 'Testzeitung',
      title: 'Bahn-Pläne',
    });
  });

  it('finds the article inside @graph and arrays', () => {
    const graph = jsonLd({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, { '@type': ['ReportageNewsArticle'] }],
    });
    expect(detectPage(page(graph, BODY), '').reasons).toContain('JSON-LD ReportageNewsArticle');
    const arr = jsonLd([{ '@type': 'BreadcrumbList' }, { '@type': 'LiveBlogPosting' }]);
    expect(detectPage(page(arr, BODY), '').isNewsArticle).toBe(true);
  });

  it('survives a broken JSON-LD block and still reads its type', () => {
    const broken = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",}</script>';
    expect(detectPage(page(broken), '').reasons).toContain('JSON-LD NewsArticle');
  });

  it('accepts og:type article with article:published_time', () => {
    const head =
      '<meta property="og:type" content="article"><meta property="article:published_time" content="2022-05-13T10:00:00Z">';
    const info = detectPage(page(head), '');
    expect(info.isNewsArticle).toBe(true);
    expect(info.published).toBe('2022-05-13');
  });

  it('accepts a dated page on a news site even with og:type website (tagesschau shape)', () => {
    const head =
      '<meta property="og:type" content="website"><meta name="date" content="2020-04-29T11:52:23">';
    const body = `<div class="story">${`<p>${PARAGRAPH}</p>`.repeat(4)}</div>`;
    const info = detectPage(page(head, body), 'https://www.tagesschau.de/inland/x.html');
    expect(info.isNewsArticle).toBe(true);
    expect(info.published).toBe('2020-04-29');
  });

  it('does not take a news site page without a date for an article (section page shape)', () => {
    const body = `<div>${`<p>${PARAGRAPH}</p>`.repeat(4)}</div>`;
    const info = detectPage(
      page('<meta property="og:type" content="website">', body),
      'https://www.spiegel.de/politik/',
    );
    expect(info.isNewsArticle).toBe(false);
    expect(info.reasons).toContain('no article signal');
  });

  it('does not take a dated front page with teaser <article>s for an article', () => {
    const head = '<meta name="date" content="2024-11-17">';
    expect(detectPage(page(head), 'https://www.zeit.de/').reasons).toContain('front page');
    expect(detectPage(page(head), 'https://www.zeit.de/').isNewsArticle).toBe(false);
    expect(detectPage(page(head), 'https://www.zeit.de/politik/ausland/2024-11/x').isNewsArticle).toBe(true);
  });

  it('accepts a dated page with a news_keywords tag on an unknown site', () => {
    const head = '<meta name="date" content="2020-04-29"><meta name="news_keywords" content="Bahn, Politik">';
    const body = `<div class="story">${`<p>${PARAGRAPH}</p>`.repeat(4)}</div>`;
    expect(detectPage(page(head, body), 'https://example.org/a.html').reasons).toContain('news_keywords');
    expect(detectPage(page(head, body), 'https://example.org/a.html').isNewsArticle).toBe(true);
  });

  it('takes the news site from og:url or the canonical link when the page is served elsewhere', () => {
    const body = `<div class="story">${`<p>${PARAGRAPH}</p>`.repeat(4)}</div>`;
    const saved = '<meta name="date" content="2020-04-29">';
    expect(detectPage(page(saved, body), 'http://127.0.0.1:8080/a.html').isNewsArticle).toBe(false);
    for (const own of [
      '<meta property="og:url" content="https://www.tagesschau.de/investigativ/a-101.html">',
      '<link rel="canonical" href="https://www.tagesschau.de/investigativ/a-101.html">',
    ]) {
      const info = detectPage(page(saved + own, body), 'http://127.0.0.1:8080/a.html');
      expect(info.reasons).toContain('news domain');
      expect(info.isNewsArticle).toBe(true);
    }
  });

  it('reads the date from <time datetime> inside the article', () => {
    const body = `<article><time datetime="2025-02-12T20:00:00+01:00">12. Februar</time>${`<p>${PARAGRAPH}</p>`.repeat(4)}</article>`;
    expect(detectPage(page('', body), '').published).toBe('2025-02-12');
  });

  it('reads the DC.date meta tag', () => {
    expect(detectPage(page('<meta name="DC.date" content="2019-03-01">'), '').published).toBe('2019-03-01');
  });

  it('rejects a recipe page even with og:type article', () => {
    const head = `<meta property="og:type" content="article">${jsonLd({ '@type': 'Recipe', name: 'Kuchen' })}`;
    const info = detectPage(page(head), '');
    expect(info.isNewsArticle).toBe(false);
    expect(info.reasons).toContain('JSON-LD Recipe');
  });

  it('rejects a product page', () => {
    expect(detectPage(page(jsonLd({ '@type': 'Product', name: 'Radio' })), '').isNewsArticle).toBe(false);
    expect(detectPage(page('<meta property="og:type" content="product">'), '').isNewsArticle).toBe(false);
  });

  it('keeps a news article that embeds a product box, but never a recipe page that says Article', () => {
    const product = jsonLd([{ '@type': 'NewsArticle' }, { '@type': 'Product', name: 'Radio' }]);
    expect(detectPage(page(product), '').isNewsArticle).toBe(true);
    const recipe = jsonLd({ '@graph': [{ '@type': 'Article' }, { '@type': 'Recipe' }] });
    expect(detectPage(page(recipe), '').isNewsArticle).toBe(false);
  });

  it('reads og:type written with name= instead of property=', () => {
    expect(detectPage(page('<meta name="og:type" content="article">'), '').reasons).toContain(
      'og:type article',
    );
  });

  it('rejects encyclopedia and shop pages that declare Article (Wikipedia shape)', () => {
    const head = jsonLd({
      '@type': 'Article',
      datePublished: '2003-01-01',
      publisher: { name: 'Wikimedia' },
    });
    const info = detectPage(page(head), 'https://de.wikipedia.org/wiki/Berlin');
    expect(info.isNewsArticle).toBe(false);
    expect(info.reasons).toEqual(['not a news site (de.wikipedia.org)']);
    expect(detectPage(page(head), 'https://example.org/2024/bericht').isNewsArticle).toBe(true);
  });

  it('rejects a German page with no article signal at all', () => {
    const body = `<div>${`<p>${PARAGRAPH}</p>`.repeat(4)}</div>`;
    const info = detectPage(page('', body), 'https://example.org/');
    expect(info.isNewsArticle).toBe(false);
    expect(info.reasons).toContain('no article signal');
  });

  it('rejects an article-typed page with too little text to read', () => {
    const info = detectPage(page(jsonLd({ '@type': 'NewsArticle' }), '<article><p>Kurz.</p></article>'), '');
    expect(info.isNewsArticle).toBe(false);
    expect(info.reasons).toContain('not readerable');
  });

  it('falls back to og:site_name and og:title', () => {
    const head =
      '<meta property="og:type" content="article"><meta property="og:site_name" content="Testblatt"><meta property="og:title" content="Die Schlagzeile">';
    expect(detectPage(page(head), '')).toMatchObject({ publisher: 'Testblatt', title: 'Die Schlagzeile' });
  });
});

describe('detectPage: documents without an element', () => {
  it('says so instead of throwing', () => {
    const { document } = parseHTML('<html></html>');
    document.documentElement?.remove();
    expect(document.documentElement).toBeNull();
    const info = detectPage(document, '');
    expect(info.isNewsArticle).toBe(false);
    expect(info.reasons).toEqual(['no document element']);
  });
});
