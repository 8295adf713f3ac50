import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/page/extract';

const P =
  '<p>Die Ministerin hat am Donnerstag im Landtag angekündigt, die Förderung für kleine Theater im kommenden Jahr ' +
  'deutlich zu erhöhen, nachdem mehrere Häuser vor der Schließung gewarnt hatten.</p>';
const page = (lang: string, body: string) =>
  parseHTML(
    `<!doctype html><html lang="${lang}"><head><meta property="og:type" content="article"></head><body>${body}</body></html>`,
  ).document;

describe('extractArticle', () => {
  it('collects the article text without teasers, share bars and "Mehr zum Thema" boxes', () => {
    const doc = page(
      'de',
      `<nav>Startseite Politik</nav><article>${P}<div class="teaser">Teaser: Anderes Thema</div>${P}` +
        `<div class="share-bar">Teilen auf Facebook</div><section><h2>Mehr zum Thema</h2><ul><li>Alte Meldung</li></ul></section>${P}</article>`,
    );
    const { page: info, collected } = extractArticle(doc, 'https://example.org/a');
    expect(info.isNewsArticle).toBe(true);
    expect(collected?.text).toContain('Die Ministerin');
    for (const junk of ['Startseite', 'Teaser', 'Teilen', 'Mehr zum Thema', 'Alte Meldung'])
      expect(collected?.text).not.toContain(junk);
  });

  it('keeps the article header (headline, lead, byline) but not the site header', () => {
    const doc = page(
      'de',
      `<header class="masthead">Zeitung Startseite</header><article><header><h1>Die Schlagzeile</h1>` +
        `<p class="lead">Der Vorspann mit <b>Anna</b> Beispiel.</p></header>${P}${P}</article>`,
    );
    const text = extractArticle(doc, '').collected?.text ?? '';
    expect(text).toContain('Die Schlagzeile');
    expect(text).toContain('Anna');
    expect(text).not.toContain('Startseite');
  });

  it('adds the caller’s hidden check', () => {
    const doc = page('de', `<article>${P}<p class="x">Versteckt im Layout.</p>${P}</article>`);
    const { collected } = extractArticle(doc, '', { isHidden: (el) => el.getAttribute('class') === 'x' });
    expect(collected?.text).not.toContain('Versteckt');
  });

  it('collects nothing on a page that is not German news, unless forced', () => {
    const doc = page('fr', `<article>${P}${P}</article>`);
    expect(extractArticle(doc, '').collected).toBeNull();
    expect(extractArticle(doc, '', { force: true }).collected?.text).toContain('Ministerin');
  });
});
