import type { CDPSession, Page as PwPage } from 'playwright-core';
import type { Browser, Page as PptrPage } from 'puppeteer-core';
import { type ChromiumSession, launchChromium } from '../../../scripts/chromium';
import { pollUntil } from '../../../scripts/page-probe';
import { annotated, type ControlsBrowser, EXTRA_HOST } from './controls-suite';
import { type PageDriver, playwrightDriver, puppeteerDriver } from './driver';
import { launchFirefox, openPopupFirefox } from './firefox';
import { CHROME_DIR, FIREFOX_DIR, requireBuild, VIEWPORT } from './paths';

const POPUP_SIZE = { width: 420, height: 640 } as const;

export interface ChromiumControls extends ControlsBrowser {
  session: ChromiumSession;
  /** The browser-wide CDP session, for what only CDP can do (the toolbar click). */
  browserCdp: CDPSession;
  /** The popup for `tabId` as a Playwright page: real clicks (user activation), media emulation. */
  rawPopup(tabId: number): Promise<PwPage>;
}

/**
 * The built Chrome package (or `extensionDir`) in Chromium, with the unsafe-debugging flag that lets
 * CDP's Extensions domain trigger the toolbar action (which grants activeTab, as a reader's click does).
 */
export async function chromiumControls(extensionDir: string = CHROME_DIR): Promise<ChromiumControls> {
  requireBuild(extensionDir);
  const session = await launchChromium(extensionDir, {
    viewport: VIEWPORT,
    args: ['--enable-unsafe-extension-debugging'],
  });
  const browserCdp = await session.context.browser()!.newBrowserCDPSession();
  const api = <T>(source: string) => session.worker.evaluate<T>(`((ext) => (${source}))(chrome)`);
  const rawPopup = async (tabId: number) => {
    const popup = await session.context.newPage();
    await popup.setViewportSize(POPUP_SIZE);
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    return popup;
  };
  return {
    name: 'chromium',
    action: 'action',
    session,
    browserCdp,
    api,
    rawPopup,
    // Tab ids by diff: a page on a site without host permission has no url for the extension.
    openTab: async (url) => {
      const ids = () => api<number[]>(`ext.tabs.query({}).then((t) => t.map((x) => x.id))`);
      const before = await ids();
      const page = await session.context.newPage();
      const driver = playwrightDriver(page);
      await page.goto(url);
      const tabId = (await ids()).find((i) => !before.includes(i));
      if (tabId === undefined) throw new Error(`no tab id for ${url}`);
      return { page: driver, tabId };
    },
    openPopup: async (tabId, selector) => {
      const popup = await rawPopup(tabId);
      await popup.waitForSelector(selector);
      return playwrightDriver(popup);
    },
    close: () => session.close(),
  };
}

export interface FirefoxControls extends ControlsBrowser {
  browser: Browser;
  /** The extension page the API calls run in: a popup tab that never navigates. */
  extensionPage(): PptrPage;
  /** After runtime.reload, which ends the extension page: a fresh demo tab at `url` opens a new one. */
  reattach(url: string): Promise<void>;
}

/**
 * The built Firefox package over WebDriver BiDi, with two preferences of its own: optional permissions
 * granted without a prompt (Firefox's test switch), so the whole "enable on this site" path runs, and a
 * second local host name. Extension pages cannot be opened by automation, so the API calls run in a
 * popup tab opened through the localhost-only test hook (see firefox.ts) for the first tab.
 */
export async function firefoxControls(): Promise<FirefoxControls> {
  requireBuild(FIREFOX_DIR);
  const session = await launchFirefox(FIREFOX_DIR, {
    'extensions.webextOptionalPermissionPrompts': false,
    'network.dns.localDomains': EXTRA_HOST,
  });
  let ext: PptrPage | undefined;
  /** A tab with the content script, for the test hook that opens popups. */
  let hook: PptrPage | undefined;
  const api = <T>(source: string) => {
    if (!ext) throw new Error('no extension page yet: open a demo tab first');
    return ext.evaluate(`((ext) => (${source}))(browser)`) as Promise<T>;
  };

  /** Opens the extension page from `page` (once annotated, so the content script is listening). */
  async function attach(page: PptrPage, driver: PageDriver): Promise<number> {
    await annotated(driver, 15_000, 150);
    ext = await openPopupFirefox(session, page);
    await ext.setViewport(POPUP_SIZE);
    hook = page;
    await page.bringToFront();
    return Number(new URL(String(await ext.evaluate('location.href'))).searchParams.get('tab'));
  }

  async function newTab(url: string): Promise<{ raw: PptrPage; page: PageDriver }> {
    const raw = await session.browser.newPage();
    const page = puppeteerDriver(raw);
    await raw.goto(url);
    return { raw, page };
  }

  return {
    name: 'firefox',
    action: 'browserAction',
    browser: session.browser,
    api,
    extensionPage: () => ext!,
    openTab: async (url) => {
      if (!ext) {
        const { raw, page } = await newTab(url);
        return { page, tabId: await attach(raw, page) };
      }
      const ids = () => api<number[]>(`ext.tabs.query({}).then((t) => t.map((x) => x.id))`);
      const before = await ids();
      const { page } = await newTab(url);
      const tabId = (await ids()).find((i) => !before.includes(i));
      if (tabId === undefined) throw new Error(`no tab id for ${url}`);
      return { page, tabId };
    },
    reattach: async (url) => {
      const { raw, page } = await newTab(url);
      await attach(raw, page);
    },
    /**
     * Puppeteer's BiDi page loses track of moz-extension pages that navigate, so the popup (opened for
     * the hook's tab, then sent to `?tab=`) is driven by evaluate only, clicks included; `ext` never
     * navigates.
     */
    openPopup: async (tabId, selector) => {
      const view = await openPopupFirefox(session, hook!);
      await view.setViewport(POPUP_SIZE);
      const search = `?tab=${tabId}`;
      await view.evaluate(`location.search = ${JSON.stringify(search)}`).catch(() => undefined);
      const ready = () =>
        (
          view.evaluate(
            `location.search === ${JSON.stringify(search)} && !!document.querySelector(${JSON.stringify(selector)})`,
          ) as Promise<boolean>
        ).catch(() => false);
      await pollUntil(ready, Boolean, 10_000, 100);
      return {
        ...puppeteerDriver(view),
        click: async (sel) => {
          await view.evaluate(`document.querySelector(${JSON.stringify(sel)}).click()`);
        },
      };
    },
    close: () => session.close(),
  };
}
