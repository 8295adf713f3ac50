import type { Page as PwPage } from 'playwright-core';
import type { Page as PptrPage } from 'puppeteer-core';
import { launchChromium, tabIdOf } from '../../../scripts/chromium';
import type { BrowserUnderTest } from './demo-suite';
import { playwrightDriver, puppeteerDriver } from './driver';
import { launchFirefox, openPopupFirefox } from './firefox';
import { CHROME_DIR, FIREFOX_DIR, requireBuild, VIEWPORT } from './paths';

/** The built Chrome package (.output/chrome-mv3) in /usr/bin/chromium, headless, via playwright-core. */
export async function chromiumUnderTest(): Promise<BrowserUnderTest> {
  requireBuild(CHROME_DIR);
  const session = await launchChromium(CHROME_DIR, { viewport: VIEWPORT });
  const pages = new Map<string, PwPage>();
  return {
    name: 'chromium',
    openPage: async (url, opts = {}) => {
      const page = await session.context.newPage();
      const driver = playwrightDriver(page); // before goto, so it sees the page's own requests
      if (opts.initScript) await page.addInitScript(opts.initScript);
      await page.goto(url);
      pages.set(page.url(), page);
      return driver;
    },
    openPopup: async (driver) => {
      const tabId = await tabIdOf(session, pages.get(driver.url())!);
      const popup = await session.context.newPage();
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
      return playwrightDriver(popup);
    },
    // What the background does on commands.onCommand, sent from the service worker.
    sendCommand: async (driver, command) => {
      const tabId = await tabIdOf(session, pages.get(driver.url())!);
      await session.worker.evaluate(
        `chrome.tabs.sendMessage(${tabId}, { type: 'bg:command', command: ${JSON.stringify(command)} })`,
      );
    },
    close: () => session.close(),
  };
}

/**
 * The built Firefox package (.output/firefox-mv2) in /usr/bin/firefox-esr, headless, via puppeteer-core
 * over WebDriver BiDi. The popup is opened through the localhost-only test hook (see firefox.ts).
 */
export async function firefoxUnderTest(): Promise<BrowserUnderTest> {
  requireBuild(FIREFOX_DIR);
  const session = await launchFirefox(FIREFOX_DIR);
  const pages = new Map<string, PptrPage>();
  return {
    name: 'firefox',
    openPage: async (url, opts = {}) => {
      const page = await session.browser.newPage();
      const driver = puppeteerDriver(page);
      if (opts.initScript) await page.evaluateOnNewDocument(opts.initScript);
      await page.goto(url);
      pages.set(page.url(), page);
      return driver;
    },
    openPopup: async (driver) => {
      const popup = await openPopupFirefox(session, pages.get(driver.url())!);
      await popup.setViewport({ width: 420, height: 640 });
      return puppeteerDriver(popup);
    },
    // What the background does on commands.onCommand, sent from an extension page (the popup opened
    // for this tab has the extension's APIs).
    sendCommand: async (driver, command) => {
      const page = pages.get(driver.url())!;
      const ext = await openPopupFirefox(session, page);
      try {
        const tab = new URL(String(await ext.evaluate('location.href'))).searchParams.get('tab');
        await ext.evaluate(
          `browser.tabs.sendMessage(${Number(tab)}, { type: 'bg:command', command: ${JSON.stringify(command)} })`,
        );
      } finally {
        await ext.close();
      }
      await page.bringToFront();
    },
    close: () => session.close(),
  };
}
