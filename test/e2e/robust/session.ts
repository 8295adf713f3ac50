import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page as PwPage } from 'playwright-core';
import type { Page as PptrPage } from 'puppeteer-core';
import { type ChromiumSession, launchChromium } from '../../../scripts/chromium';
import { type FirefoxSession, launchFirefox, openPopupFirefox } from '../harness/firefox';
import { ROOT, VIEWPORT } from '../harness/paths';
import { PROBE_STATE } from './probes';

// One browser with the built extension, with what the robustness checks need beyond the demo
// harness: the extension's storage, every network request with who made it, page console and
// errors, the extension reload, and (Chromium) the heap.

/**
 * The build under test. KONTEXT_EXT_DIR names a folder holding chrome-mv3/ and firefox-mv2/ (a copy,
 * so a concurrent `npm run build` cannot swap files under a running test); default .output/.
 */
export const EXT_DIR = process.env.KONTEXT_EXT_DIR ?? join(ROOT, '.output');
export const hasBuild = (b: BrowserName) =>
  existsSync(join(EXT_DIR, b === 'chromium' ? 'chrome-mv3' : 'firefox-mv2', 'manifest.json'));

export type BrowserName = 'chromium' | 'firefox';

export interface SeenRequest {
  url: string;
  /** Which page (tab) the request belongs to, or 'extension' / 'other'. */
  from: string;
}

export interface RobustPage {
  evaluate<T>(source: string): Promise<T>;
  mouseMove(x: number, y: number): Promise<void>;
  /** Clicks `selector`, puts the caret at its end and types `text` key by key. */
  type(selector: string, text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** PNG bytes of a region of the viewport. */
  clip(rect: { x: number; y: number; width: number; height: number }): Promise<Buffer>;
  /** Console lines ("type: text") and uncaught errors ("pageerror: …") of this page so far. */
  messages(): string[];
  /** Request URLs this page made so far. */
  requests(): string[];
  url(): string;
  close(): Promise<void>;
  /**
   * Chromium only: requests whose initiator (CDP Network.requestWillBeSent) has an extension script
   * in its stack, i.e. requests Kontext's content script made from this page.
   */
  extensionInitiated?(): string[];
  /**
   * Chromium only: how many objects built by `ctor` (e.g. 'StaticRange') are alive in the extension's
   * content-script world after a GC: ranges or nodes Kontext keeps beyond what it paints.
   */
  liveInContentScript?(ctor: string): Promise<number>;
  /** Chromium only: JS heap of the page's renderer after a full GC, in bytes (page + content scripts). */
  heapAfterGc?(): Promise<number>;
}

export interface RobustBrowser {
  name: BrowserName;
  open(url: string, opts?: { initScript?: string }): Promise<RobustPage>;
  /**
   * The toolbar popup's text for the tab showing `page` (opened as a page of its own) once it contains
   * `wanted`, or 'timeout' when it does not within `timeoutMs` (a busy popup cannot even be read).
   */
  popupText(page: RobustPage, wanted: RegExp, timeoutMs: number): Promise<string>;
  /** Writes the extension's `local:settings` (storage.local key `settings`). */
  setSettings(settings: { enabled: boolean; disabledSites: string[] }): Promise<void>;
  /** Requests made by the extension itself (service worker / background / extension pages). */
  extensionRequests(): string[];
  /**
   * Asks the content script of the tab showing `url` for its state, the way the popup does:
   * "ready:<entities>" or the error the messaging reports (no content script, context gone).
   */
  askTab(url: string): Promise<string>;
  /**
   * Reloads the extension as an update would (runtime.reload). Firefox re-injects the content script
   * into open tabs; headless Chromium with --load-extension does not bring the extension back at all
   * (its pages answer ERR_BLOCKED_BY_CLIENT), which makes the test one of "extension gone".
   */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

/** Source run in an extension context (`api` = chrome or browser) that asks a tab for its state. */
const askTabSource = (api: string, url: string) => `(async () => {
  const tabs = await ${api}.tabs.query({});
  const tab = tabs.find((t) => t.url === ${JSON.stringify(url)});
  if (!tab) return 'no tab';
  try {
    const s = await ${api}.tabs.sendMessage(tab.id, { type: 'popup:get-state' });
    if (!s) return 'no answer';
    const n = Array.isArray(s.mentions) ? s.mentions.length : '?';
    return s.status + ':' + n + (s.truncatedAt ? ' truncatedAt=' + s.truncatedAt : '') + (s.reason ? ' ' + s.reason : '');
  } catch (e) {
    return 'error: ' + (e && e.message);
  }
})()`;

/** Puts the caret at the end of a field or an editable element, so typed text is appended. */
const caretToEnd = (sel: string) => `(() => {
  const el = document.querySelector(${JSON.stringify(sel)});
  if ('value' in el && typeof el.setSelectionRange === 'function') { el.focus(); el.setSelectionRange(el.value.length, el.value.length); return; }
  const range = document.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  const s = getSelection(); s.removeAllRanges(); s.addRange(range);
})()`;

/** Polls `read` until its text matches `wanted`; 'timeout' if it does not (or cannot answer) in time. */
async function readUntil(read: () => Promise<string>, wanted: RegExp, timeoutMs: number): Promise<string> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const left = end - Date.now();
    const text = await Promise.race([read().catch(() => ''), sleep(left).then(() => null)]);
    if (text === null) break;
    if (wanted.test(text)) return text;
    await sleep(200);
  }
  return 'timeout';
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function cdpEvaluate<T>(cdp: CDPSession, expression: string): Promise<T> {
  const r = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
  if (r.exceptionDetails)
    throw new Error(`evaluate: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as T;
}

function wrapPw(page: PwPage, cdp: CDPSession | null): RobustPage {
  const seen: string[] = [];
  const byExtension: string[] = [];
  const isolated: number[] = [];
  if (cdp) {
    cdp.on('Runtime.executionContextCreated', (e) => {
      const aux = e.context.auxData as { type?: string; isDefault?: boolean } | undefined;
      if (aux?.type === 'isolated' && e.context.origin.startsWith('chrome-extension://'))
        isolated.push(e.context.id);
    });
    cdp.on('Runtime.executionContextsCleared', () => {
      isolated.length = 0;
    });
    void cdp.send('Runtime.enable').catch(() => {});
    cdp.on('Network.requestWillBeSent', (e) => {
      if (JSON.stringify(e.initiator).includes('chrome-extension://')) byExtension.push(e.request.url);
    });
    void cdp.send('Network.enable').catch(() => {});
  }
  const logged: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  page.on('console', (m) => logged.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logged.push(`pageerror: ${e.message}`));
  return {
    // Straight through CDP (native by-value serialisation): Playwright's own helpers run in the page's
    // main world and break on pages that replace built-ins, as one hostile fixture does.
    evaluate: cdp ? (s) => cdpEvaluate(cdp, s) : (s) => page.evaluate(s),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    type: async (sel, text) => {
      await page.click(sel);
      await page.evaluate(caretToEnd(sel));
      await page.keyboard.type(text, { delay: 5 });
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    clip: (rect) => page.screenshot({ clip: rect }),
    messages: () => [...logged],
    requests: () => [...seen],
    url: () => page.url(),
    close: () => page.close(),
    extensionInitiated: () => [...byExtension],
    liveInContentScript: cdp
      ? async (ctor) => {
          let total = 0;
          await cdp.send('HeapProfiler.collectGarbage');
          // One object group, released after counting: the query's result array would otherwise keep
          // the ranges it found alive and the next count would see them again.
          const objectGroup = 'robust-count';
          for (const contextId of isolated) {
            const proto = await cdp.send('Runtime.evaluate', {
              expression: `${ctor}.prototype`,
              contextId,
              objectGroup,
            });
            if (!proto.result.objectId) continue;
            const { objects } = await cdp.send('Runtime.queryObjects', {
              prototypeObjectId: proto.result.objectId,
              objectGroup,
            });
            const n = await cdp.send('Runtime.callFunctionOn', {
              objectId: objects.objectId!,
              functionDeclaration: 'function () { return this.length; }',
              returnByValue: true,
            });
            total += Number(n.result.value ?? 0);
          }
          await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
          return total;
        }
      : undefined,
    heapAfterGc: cdp
      ? async () => {
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          return usedSize;
        }
      : undefined,
  };
}

function wrapPptr(page: PptrPage): RobustPage {
  const seen: string[] = [];
  const logged: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  page.on('console', (m) => logged.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logged.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  return {
    evaluate: (s) => page.evaluate(s) as Promise<never>,
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    type: async (sel, text) => {
      await page.click(sel);
      await page.evaluate(caretToEnd(sel));
      await page.keyboard.type(text, { delay: 5 });
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    clip: async (rect) => Buffer.from(await page.screenshot({ clip: rect })),
    messages: () => [...logged],
    requests: () => [...seen],
    url: () => page.url(),
    close: () => page.close(),
  };
}

export async function launchRobust(name: BrowserName): Promise<RobustBrowser> {
  return name === 'chromium' ? robustChromium() : robustFirefox();
}

async function robustChromium(): Promise<RobustBrowser> {
  const dir = join(EXT_DIR, 'chrome-mv3');
  const session: ChromiumSession = await launchChromium(dir, { viewport: { ...VIEWPORT } });
  const extRequests: string[] = [];
  const pageOf = new Set<PwPage>();
  session.context.on('request', (r) => {
    // Requests of a page (its frames) are the page's; anything else comes from the extension's
    // service worker or another extension context.
    let page: PwPage | null = null;
    try {
      page = r.frame().page();
    } catch {
      page = null;
    }
    if (!page || !pageOf.has(page)) extRequests.push(r.url());
  });
  // An extension page to reach storage and tabs: unlike the service worker it does not sleep, and
  // after a reload it can simply be opened again.
  let extPage: PwPage | null = null;
  const extensionPage = async (): Promise<PwPage> => {
    if (extPage && !extPage.isClosed()) return extPage;
    const page = await session.context.newPage();
    // Right after a reload the extension is briefly unavailable (ERR_BLOCKED_BY_CLIENT): retry.
    for (let attempt = 0; ; attempt++) {
      try {
        await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
        break;
      } catch (error) {
        if (attempt >= 4) throw error;
        await sleep(500);
      }
    }
    extPage = page;
    return page;
  };
  return {
    name: 'chromium',
    open: async (url, opts = {}) => {
      const page = await session.context.newPage();
      pageOf.add(page);
      const cdp = await session.context.newCDPSession(page);
      const wrapped = wrapPw(page, cdp);
      if (opts.initScript) await page.addInitScript(opts.initScript);
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      return wrapped;
    },
    popupText: async (page, wanted, timeoutMs) => {
      const ext = await extensionPage();
      const tabId = await ext.evaluate<number | null>(
        `chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(page.url())})?.id ?? null)`,
      );
      const popup = await session.context.newPage();
      try {
        await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
        return await readUntil(() => popup.evaluate<string>('document.body.innerText'), wanted, timeoutMs);
      } finally {
        void popup.close({ runBeforeUnload: false }).catch(() => {});
      }
    },
    setSettings: async (settings) => {
      const p = await extensionPage();
      await p.evaluate(`chrome.storage.local.set({ settings: ${JSON.stringify(settings)} })`);
    },
    extensionRequests: () => [...extRequests],
    askTab: async (url) => (await extensionPage()).evaluate<string>(askTabSource('chrome', url)),
    reloadExtension: async () => {
      const p = await extensionPage();
      await p.evaluate('chrome.runtime.reload()').catch(() => {});
      await sleep(1500);
      if (!p.isClosed()) await p.close().catch(() => {});
      extPage = null;
    },
    close: () => session.close(),
  };
}

async function robustFirefox(): Promise<RobustBrowser> {
  const dir = join(EXT_DIR, 'firefox-mv2');
  const session: FirefoxSession = await launchFirefox(dir);
  // An extension page to talk to storage: the popup, opened once through the localhost test hook from
  // a page the content script runs on (moz-extension pages cannot be navigated to by automation).
  let extPage: PptrPage | null = null;
  let lastPage: PptrPage | null = null;
  const raw = new WeakMap<RobustPage, PptrPage>();
  const extensionPage = async (): Promise<PptrPage> => {
    if (extPage && !extPage.isClosed()) return extPage;
    const from = lastPage && !lastPage.isClosed() ? lastPage : null;
    if (!from) throw new Error('no extension page yet: open a localhost page first');
    // The hook listens once the content script has started (document_idle): wait for its answer.
    const end = Date.now() + 10_000;
    while (Date.now() < end && !(await from.evaluate(PROBE_STATE).catch(() => null))) await sleep(200);
    extPage = await openPopupFirefox(session, from);
    await from.bringToFront();
    return extPage;
  };
  return {
    name: 'firefox',
    open: async (url, opts = {}) => {
      const page = await session.browser.newPage();
      const wrapped = wrapPptr(page);
      raw.set(wrapped, page);
      if (opts.initScript) await page.evaluateOnNewDocument(opts.initScript);
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      lastPage = page;
      return wrapped;
    },
    popupText: async (page, wanted, timeoutMs) => {
      const popup = await openPopupFirefox(session, raw.get(page)!);
      try {
        return await readUntil(
          () => popup.evaluate('document.body.innerText') as Promise<string>,
          wanted,
          timeoutMs,
        );
      } finally {
        void popup.close().catch(() => {});
      }
    },
    setSettings: async (settings) => {
      const p = await extensionPage();
      await p.evaluate(`browser.storage.local.set({ settings: ${JSON.stringify(settings)} })`);
    },
    // Puppeteer over BiDi reports requests per page only; background requests are not visible here.
    extensionRequests: () => [],
    askTab: async (url) => (await extensionPage()).evaluate(askTabSource('browser', url)) as Promise<string>,
    reloadExtension: async () => {
      const p = await extensionPage();
      await p.evaluate('browser.runtime.reload()').catch(() => {});
      extPage = null;
      await sleep(1500);
    },
    close: () => session.close(),
  };
}
