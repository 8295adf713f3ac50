import { describe, expect, it } from 'vitest';
import { badgeText } from '../lib/badge';
import { isContentToBackground, isToContent } from '../lib/messages';
import { DEFAULT_SETTINGS, isSiteEnabled, parseSettings, siteOf, withSiteEnabled } from '../lib/settings';

describe('settings', () => {
  it('treats www. and the bare host as one site', () => {
    expect(siteOf('https://www.spiegel.de/politik/a.html')).toBe('spiegel.de');
    expect(siteOf('http://localhost:5173/')).toBe('localhost');
    expect(siteOf('not a url')).toBe('');
  });
  it('switches one site off and on again without touching the others', () => {
    const off = withSiteEnabled({ enabled: true, disabledSites: ['zeit.de'] }, 'spiegel.de', false);
    expect(off.disabledSites).toEqual(['spiegel.de', 'zeit.de']);
    expect(isSiteEnabled(off, 'spiegel.de')).toBe(false);
    expect(isSiteEnabled(off, 'faz.net')).toBe(true);
    const on = withSiteEnabled(off, 'spiegel.de', true);
    expect(on.disabledSites).toEqual(['zeit.de']);
    expect(withSiteEnabled(on, 'zeit.de', false).disabledSites).toEqual(['zeit.de']);
  });
  it('the global switch wins over the site list', () => {
    expect(isSiteEnabled({ enabled: false, disabledSites: [] }, 'spiegel.de')).toBe(false);
  });
  it('keeps what is valid from damaged storage', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('x')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ enabled: 'yes', disabledSites: ['a.de', 3, null] })).toEqual({
      enabled: true,
      disabledSites: ['a.de'],
    });
  });
});

describe('badge', () => {
  it('shows the count, hides zero, caps large numbers', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-1)).toBe('');
    expect(badgeText(Number.NaN)).toBe('');
    expect(badgeText(17)).toBe('17');
    expect(badgeText(12345)).toBe('999+');
  });
});

describe('message guards', () => {
  it('accept only the shapes we send', () => {
    expect(isToContent({ type: 'popup:get-state' })).toBe(true);
    expect(isToContent({ type: 'cs:count', count: 1 })).toBe(false);
    expect(isToContent(null)).toBe(false);
    expect(isToContent('popup:get-state')).toBe(false);
    expect(isContentToBackground({ type: 'cs:count', count: 3 })).toBe(true);
    expect(isContentToBackground({ type: 'popup:get-state' })).toBe(false);
  });
});
