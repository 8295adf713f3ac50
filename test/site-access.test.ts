import { describe, expect, it } from 'vitest';
import {
  grantedExtraSites,
  isBuiltInSite,
  isSiteAccessRequest,
  matchesPattern,
  NEWS_SITE_MATCHES,
  originPatternOf,
  parseExtraSites,
  sameSites,
  siteAccessOf,
  sitesToRegister,
  withExtraSite,
  withoutExtraSites,
} from '../lib/site-access';

describe('originPatternOf', () => {
  it('asks for one scheme and host, any path, no port', () => {
    expect(originPatternOf('https://www.example.org/politik/a.html?x=1#top')).toBe(
      'https://www.example.org/*',
    );
    expect(originPatternOf('http://blog.example.net:8080/')).toBe('http://blog.example.net/*');
    expect(originPatternOf('https://EXAMPLE.org/')).toBe('https://example.org/*');
    expect(originPatternOf('http://[::1]:3000/x')).toBe('http://[::1]/*');
  });
  it('offers nothing for pages no extension may enter or that are not web pages', () => {
    for (const url of [
      'chrome://extensions/',
      'about:blank',
      'moz-extension://abc/popup.html',
      'file:///home/a.html',
      'data:text/html,hi',
      'not a url',
      '',
      null,
      undefined,
    ])
      expect(originPatternOf(url), String(url)).toBeNull();
  });
});

describe('matchesPattern', () => {
  it('follows WebExtension match patterns', () => {
    expect(matchesPattern('https://www.spiegel.de/a', 'https://*.spiegel.de/*')).toBe(true);
    expect(matchesPattern('https://spiegel.de/a', 'https://*.spiegel.de/*')).toBe(true);
    expect(matchesPattern('https://notspiegel.de/a', 'https://*.spiegel.de/*')).toBe(false);
    expect(matchesPattern('http://www.spiegel.de/a', 'https://*.spiegel.de/*')).toBe(false);
    expect(matchesPattern('http://localhost:4173/article.html', 'http://localhost/*')).toBe(true);
    expect(matchesPattern('http://extra.localhost:4173/', 'http://localhost/*')).toBe(false);
    expect(matchesPattern('https://a.org/news/1', 'https://a.org/news/*')).toBe(true);
    expect(matchesPattern('https://a.org/sport/1', 'https://a.org/news/*')).toBe(false);
    expect(matchesPattern('http://a.org/', '*://*/*')).toBe(true);
    expect(matchesPattern('ftp://a.org/', '*://*/*')).toBe(false);
    expect(matchesPattern('https://a.org/', 'garbage')).toBe(false);
  });
  it('knows the built-in news sites', () => {
    expect(isBuiltInSite('https://www.tagesschau.de/inland/x.html', NEWS_SITE_MATCHES)).toBe(true);
    expect(isBuiltInSite('https://m.faz.net/aktuell/', NEWS_SITE_MATCHES)).toBe(true);
    expect(isBuiltInSite('https://www.example.org/', NEWS_SITE_MATCHES)).toBe(false);
  });
});

describe('siteAccessOf', () => {
  const extra = ['https://blog.example.org/*'];
  it('says what the popup can offer', () => {
    expect(siteAccessOf('https://www.zeit.de/politik/x', extra)).toEqual({ kind: 'builtin' });
    expect(siteAccessOf('https://blog.example.org/2026/post', extra)).toEqual({
      kind: 'extra',
      pattern: 'https://blog.example.org/*',
    });
    expect(siteAccessOf('https://news.example.org/', extra)).toEqual({
      kind: 'available',
      pattern: 'https://news.example.org/*',
    });
    // The same host over plain http is another origin: it needs its own permission.
    expect(siteAccessOf('http://blog.example.org/', extra).kind).toBe('available');
    expect(siteAccessOf('chrome://newtab/', extra)).toEqual({ kind: 'impossible' });
    expect(siteAccessOf(null, extra)).toEqual({ kind: 'impossible' });
  });
});

describe('the stored list of extra sites', () => {
  it('keeps only patterns Kontext writes, once each, sorted', () => {
    expect(
      parseExtraSites([
        'https://b.org/*',
        'https://a.org/*',
        'https://b.org/*',
        '<all_urls>',
        'https://*/*',
        'https://a.org/news/*',
        42,
        null,
      ]),
    ).toEqual(['https://a.org/*', 'https://b.org/*']);
    expect(parseExtraSites(undefined)).toEqual([]);
    expect(parseExtraSites({ 0: 'https://a.org/*' })).toEqual([]);
  });
  it('adds and removes sites', () => {
    const one = withExtraSite([], 'https://b.org/*');
    const two = withExtraSite(one, 'https://a.org/*');
    expect(two).toEqual(['https://a.org/*', 'https://b.org/*']);
    expect(withExtraSite(two, 'https://a.org/*')).toEqual(two);
    expect(withoutExtraSites(two, ['https://a.org/*', 'https://c.org/*'])).toEqual(['https://b.org/*']);
  });
  it('registers only stored sites whose permission is still granted', () => {
    const stored = ['https://a.org/*', 'https://b.org/*'];
    // Chrome lists the manifest's host permissions among the granted origins too.
    const granted = ['https://a.org/*', 'https://*.spiegel.de/*', 'https://c.org/*'];
    expect(sitesToRegister(stored, granted)).toEqual(['https://a.org/*']);
    expect(sitesToRegister(stored, [])).toEqual([]);
    expect(sameSites(['https://a.org/*', 'https://b.org/*'], ['https://b.org/*', 'https://a.org/*'])).toBe(
      true,
    );
    expect(sameSites(['https://a.org/*'], ['https://a.org/*', 'https://b.org/*'])).toBe(false);
    expect(sameSites([], [])).toBe(true);
  });
});

describe('grantedExtraSites', () => {
  it('takes single non-news sites from a grant, not wildcards or built-in sites', () => {
    expect(
      grantedExtraSites([
        'https://blog.example.org/*',
        'https://*/*',
        'http://*/*',
        '<all_urls>',
        'https://spiegel.de/*',
        'https://*.zeit.de/*',
        'http://localhost/*',
      ]),
    ).toEqual(['https://blog.example.org/*']);
  });
  it('keeps a stored site registered under a wider grant, never a built-in one', () => {
    expect(sitesToRegister(['https://a.org/*', 'http://b.org/*'], ['https://*/*'])).toEqual([
      'https://a.org/*',
    ]);
    expect(sitesToRegister(['https://www.faz.net/*'], ['https://www.faz.net/*'])).toEqual([]);
  });
});

describe('isSiteAccessRequest', () => {
  it('accepts only the shape the popup sends', () => {
    const ok = { type: 'popup:site-access', action: 'enable', pattern: 'https://a.org/*', tabId: 3 };
    expect(isSiteAccessRequest(ok)).toBe(true);
    expect(isSiteAccessRequest({ ...ok, tabId: null, action: 'disable' })).toBe(true);
    expect(isSiteAccessRequest({ ...ok, action: 'grant' })).toBe(false);
    expect(isSiteAccessRequest({ ...ok, pattern: '<all_urls>' })).toBe(false);
    expect(isSiteAccessRequest({ ...ok, pattern: 'https://*/*' })).toBe(false);
    expect(isSiteAccessRequest({ ...ok, tabId: '3' })).toBe(false);
    expect(isSiteAccessRequest(null)).toBe(false);
    expect(isSiteAccessRequest('popup:site-access')).toBe(false);
  });
});
