import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { declaredAddress, hostOf, isFrontPage, metaContent, onDomain } from '../../lib/page/page-address';

describe('page address', () => {
  it('reads the host, lower-cased, and null for what is no address', () => {
    expect(hostOf('https://WWW.Tagesschau.de/inland/x.html')).toBe('www.tagesschau.de');
    expect(hostOf('not a url')).toBeNull();
  });

  it.each([
    ['https://tagesschau.de/x', true],
    ['https://www.tagesschau.de/x', true],
    ['https://m.faz.net/aktuell/', true],
    ['https://nottagesschau.de/x', false],
    ['https://tagesschau.de.example.org/x', false],
    ['https://example.org/tagesschau.de', false],
    ['', false],
    [null, false],
    ['kaputt', false],
  ])('onDomain(%s) = %s', (url, on) => {
    expect(onDomain(url, ['faz.net', 'tagesschau.de'])).toBe(on);
  });

  it.each([
    ['https://www.spiegel.de/', true],
    ['https://www.spiegel.de/index.html', true],
    ['https://www.spiegel.de/index.php?x=1', true],
    ['https://www.spiegel.de/index_2.html', false],
    ['https://www.spiegel.de/index.', false],
    ['https://www.spiegel.de/index.html/x', false],
    ['https://www.spiegel.de/index.ht-ml', false],
    ['https://www.spiegel.de/politik/', false],
    ['https://www.spiegel.de/politik/index.html', false],
    ['kaputt', false],
  ])('isFrontPage(%s) = %s', (url, front) => {
    expect(isFrontPage(url)).toBe(front);
  });

  it('reads the address a page gives for itself: canonical link first, then og:url', () => {
    const doc = (head: string) => parseHTML(`<html><head>${head}</head><body></body></html>`).document;
    const og = '<meta property="og:url" content="https://www.zeit.de/b">';
    expect(declaredAddress(doc(`<link rel="canonical" href="https://www.faz.net/a">${og}`))).toBe(
      'https://www.faz.net/a',
    );
    expect(declaredAddress(doc(og))).toBe('https://www.zeit.de/b');
    expect(declaredAddress(doc(''))).toBe('');
    expect(metaContent(doc('<meta name="date" content="  2024-01-02 ">'), 'meta[name="date"]')).toBe(
      '2024-01-02',
    );
    expect(metaContent(doc('<meta name="date" content=" ">'), 'meta[name="date"]')).toBeNull();
  });
});
