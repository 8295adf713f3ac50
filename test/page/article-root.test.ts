import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { excludedWithin, findArticleRoot, isExcluded, isInsideExcluded } from '../../lib/page/article-root';

const P =
  '<p>Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, die Brücke über den Fluss bis zum ' +
  'kommenden Sommer zu sanieren, obwohl die Kosten deutlich höher ausfallen als geplant.</p>';

const doc = (body: string) =>
  parseHTML(`<!doctype html><html lang="de"><body>${body}</body></html>`).document;

describe('findArticleRoot', () => {
  it('prefers [itemprop=articleBody]', () => {
    const d = doc(
      `<article><header>${P}</header><div itemprop="articleBody" id="body">${P}${P}${P}</div></article>`,
    );
    expect(findArticleRoot(d)?.id).toBe('body');
  });

  it('takes <article> when there is no body marker', () => {
    const d = doc(`<nav>${P}</nav><article id="a">${P}${P}${P}</article><footer>${P}</footer>`);
    expect(findArticleRoot(d)?.id).toBe('a');
  });

  it('picks the article with the most text when a page has several (teasers are <article>s too)', () => {
    const d = doc(`<article id="teaser">${P}</article><article id="main">${P}${P}${P}</article>`);
    expect(findArticleRoot(d)?.id).toBe('main');
  });

  it('finds the densest container without semantic markup, paragraphs as <div>s (SPIEGEL print shape)', () => {
    const para = P.replace('<p>', '<div class="absatz">').replace('</p>', '</div>');
    const d = doc(`<div id="side"><p>Kurzer Hinweis.</p></div><div id="text">${para.repeat(4)}</div>`);
    expect(findArticleRoot(d)?.id).toBe('text');
  });

  it('never returns nav, aside or footer even when they hold the most text', () => {
    const d = doc(`<aside>${P.repeat(6)}</aside><div id="text">${P}${P}</div>`);
    expect(findArticleRoot(d)?.id).toBe('text');
  });

  it('widens the paragraphs container to an article-named wrapper with headline and lead', () => {
    const d = doc(
      `<div id="article"><h1>Schlagzeile</h1><p class="lead">Der Vorspann in einem Satz, kurz und knapp gehalten.</p><div id="body">${P}${P}${P}</div></div>`,
    );
    expect(findArticleRoot(d)?.id).toBe('article');
  });

  it('does not widen to a wrapper that adds a page of teasers', () => {
    const d = doc(
      `<div class="article-list"><div id="body">${P.repeat(4)}</div>${`<div class="box">${P}</div>`.repeat(3)}</div>`,
    );
    expect(findArticleRoot(d)?.id).toBe('body');
  });

  it('returns null when the page has no body text', () => {
    expect(findArticleRoot(doc('<div><p>Hallo.</p></div>'))).toBeNull();
  });
});

describe('isExcluded', () => {
  const el = (html: string) => doc(html).body.firstElementChild!;

  it.each([
    ['<div class="teaser-box"></div>', 'teaser'],
    ['<div class="related-links"></div>', 'related links'],
    ['<section id="comments"></section>', 'comments'],
    ['<div class="share_bar"></div>', 'share bar'],
    ['<div class="ad"></div>', 'ad slot'],
    ['<div class="anzeige"></div>', 'German ad label'],
    ['<aside></aside>', 'aside'],
    ['<div role="complementary"></div>', 'complementary landmark'],
    ['<div><h3>Mehr zum Thema</h3><ul><li>x</li></ul></div>', '"Mehr zum Thema" heading'],
    ['<div class="teaserImTeaser"></div>', 'camelCase teaser (tagesschau)'],
  ])('excludes %s (%s)', (html) => {
    expect(isExcluded(el(html))).toBe(true);
  });

  it.each([
    ['<div class="commentary"></div>'],
    ['<div class="header-image-caption"></div>'],
    ['<div class="article-text"></div>'],
    ['<p>Mehr zum Thema gibt es morgen.</p>'],
    ['<div class="id-Article id-Article--layoutAdRight"></div>'], // a BEM modifier, not an ad (fr.de)
    ['<div class="loadingSpinner"></div>'],
  ])('keeps %s', (html) => {
    expect(isExcluded(el(html))).toBe(false);
  });

  it('isInsideExcluded looks at ancestors below the root only', () => {
    const d = doc(
      '<div id="root" class="teaser"><div class="share"><span id="s">x</span></div><p id="p">y</p></div>',
    );
    const root = d.getElementById('root')!;
    expect(isInsideExcluded(d.getElementById('s')!, root)).toBe(true);
    expect(isInsideExcluded(d.getElementById('p')!, root)).toBe(false);
  });
});

describe('excludedWithin', () => {
  it('leaves out boxes but keeps a wrapper holding most of the text, whatever its class', () => {
    const d = doc(
      `<div id="root"><div class="body has-ads" id="body">${P}${P}<div class="teaser" id="t">Lesen Sie auch: Anderes.</div></div></div>`,
    );
    const out = excludedWithin(d.getElementById('root')!);
    expect(out.has(d.getElementById('t')!)).toBe(true);
    expect(out.has(d.getElementById('body')!)).toBe(false);
  });

  it('always leaves out nav and aside inside the root', () => {
    const d = doc(`<div id="root"><aside id="a">${P}${P}${P}</aside>${P}</div>`);
    expect(excludedWithin(d.getElementById('root')!).has(d.getElementById('a')!)).toBe(true);
  });
});

describe('findArticleRoot under an ad-named page wrapper', () => {
  it('still finds the article inside <div class="page has-ads">', () => {
    const d = doc(`<div class="page has-ads"><nav>Menü</nav><article id="a">${P}${P}${P}</article></div>`);
    expect(findArticleRoot(d)?.id).toBe('a');
  });
});
