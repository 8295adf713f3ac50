import { describe, expect, it, vi } from 'vitest';
import {
  type DetectorVerdict,
  parseVerdict,
  readVerdict,
  tabStateOfVerdict,
  toggledSite,
  type VerdictApi,
} from '@/lib/page/verdict';
import { DEFAULT_SETTINGS, isSiteEnabled } from '@/lib/settings';

const FRONT: DetectorVerdict = {
  status: 'not-article',
  reason: 'front page',
  url: 'https://www.tagesschau.de/',
};

describe('parseVerdict', () => {
  it('accepts a verdict and nothing else', () => {
    expect(parseVerdict(FRONT)).toEqual(FRONT);
    expect(parseVerdict({ ...FRONT, extra: 1 })).toEqual(FRONT);
    expect(parseVerdict(null)).toBeNull();
    expect(parseVerdict(undefined)).toBeNull();
    expect(parseVerdict({ ...FRONT, status: 'ready' })).toBeNull();
    expect(parseVerdict({ ...FRONT, reason: 3 })).toBeNull();
    expect(parseVerdict({ status: 'error', reason: 'x' })).toBeNull();
  });
});

describe('tabStateOfVerdict', () => {
  it('answers "not an article" with the reason, as the detector did', () => {
    expect(tabStateOfVerdict(FRONT, DEFAULT_SETTINGS)).toEqual({
      status: 'not-article',
      reason: 'front page',
      site: 'tagesschau.de',
      enabled: true,
      url: FRONT.url,
      page: null,
      text: '',
      mentions: [],
    });
  });

  it('answers "disabled" without a reason when the site is switched off', () => {
    const off = { ...DEFAULT_SETTINGS, disabledSites: ['tagesschau.de'] };
    const s = tabStateOfVerdict(FRONT, off);
    expect(s.status).toBe('disabled');
    expect(s.enabled).toBe(false);
    expect(s.reason).toBeUndefined();
    expect(tabStateOfVerdict(FRONT, { ...DEFAULT_SETTINGS, enabled: false }).status).toBe('disabled');
  });

  it('keeps an error (the annotator could not be started) even on a switched-off site', () => {
    const err = { ...FRONT, status: 'error' as const, reason: 'annotator not started: x' };
    const s = tabStateOfVerdict(err, { ...DEFAULT_SETTINGS, disabledSites: ['tagesschau.de'] });
    expect(s.status).toBe('error');
    expect(s.reason).toBe('annotator not started: x');
  });

  it('a page handed over to the annotator that has not answered yet is not an article so far', () => {
    expect(tabStateOfVerdict({ ...FRONT, status: 'handing-over' }, DEFAULT_SETTINGS).status).toBe(
      'not-article',
    );
  });
});

describe('toggledSite', () => {
  it("switches the page's site off, then on again", () => {
    const off = toggledSite(DEFAULT_SETTINGS, 'https://www.spiegel.de/politik/');
    expect(isSiteEnabled(off, 'spiegel.de')).toBe(false);
    expect(isSiteEnabled(off, 'zeit.de')).toBe(true);
    expect(isSiteEnabled(toggledSite(off, 'https://spiegel.de/'), 'spiegel.de')).toBe(true);
  });
});

describe('readVerdict', () => {
  it("reads the top frame's global with Chrome's scripting API", async () => {
    const executeScript = vi.fn(async () => [{ result: FRONT }]);
    const api: VerdictApi = { scripting: { executeScript }, tabs: {} };
    expect(await readVerdict(api, 7)).toEqual(FRONT);
    expect(executeScript).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: 7, frameIds: [0] } }),
    );
  });

  it("reads it with Firefox MV2's tabs.executeScript in frame 0", async () => {
    const executeScript = vi.fn(async () => [FRONT]);
    expect(await readVerdict({ tabs: { executeScript } }, 3)).toEqual(FRONT);
    expect(executeScript).toHaveBeenCalledWith(3, { code: 'globalThis.__kontextVerdict', frameId: 0 });
  });

  it('is null without a detector, without access, or without any executeScript', async () => {
    expect(await readVerdict({ tabs: { executeScript: async () => [undefined] } }, 1)).toBeNull();
    expect(
      await readVerdict(
        {
          tabs: {
            executeScript: async () => {
              throw new Error('Missing host permission for the tab');
            },
          },
        },
        1,
      ),
    ).toBeNull();
    expect(await readVerdict({ tabs: {} }, 1)).toBeNull();
  });

  it('the Chrome function reads the global where it runs', async () => {
    let func: ((name: string) => unknown) | undefined;
    const api: VerdictApi = {
      scripting: {
        executeScript: async (opts) => {
          func = opts.func;
          return [{ result: opts.func(...opts.args) }];
        },
      },
      tabs: {},
    };
    (globalThis as Record<string, unknown>).__kontextVerdict = FRONT;
    try {
      expect(await readVerdict(api, 1)).toEqual(FRONT);
      expect(func).toBeDefined();
    } finally {
      delete (globalThis as Record<string, unknown>).__kontextVerdict;
    }
  });
});
