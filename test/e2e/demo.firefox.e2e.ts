import type { Page } from 'puppeteer-core';
import { describe } from 'vitest';
import { defineDemoSuite } from './harness/demo-suite';
import { puppeteerDriver } from './harness/driver';
import { launchFirefox, openPopupFirefox, sendCommandFirefox } from './harness/firefox';
import { FIREFOX_DIR, requireBuild } from './harness/paths';

// The built Firefox package (.output/firefox-mv2) in /usr/bin/firefox-esr, headless, via puppeteer-core
// over WebDriver BiDi. The popup is opened through the localhost-only test hook (see harness/firefox.ts).
describe('Firefox: demo article with the built extension', () => {
  const pages = new Map<string, Page>();
  defineDemoSuite(async () => {
    requireBuild(FIREFOX_DIR);
    const session = await launchFirefox(FIREFOX_DIR);
    return {
      name: 'firefox',
      openPage: async (url) => {
        const page = await session.browser.newPage();
        const driver = puppeteerDriver(page); // before goto, so it sees the page's own requests
        await page.goto(url);
        pages.set(page.url(), page);
        return driver;
      },
      openPopup: async (driver) => {
        const popup = await openPopupFirefox(session, pages.get(driver.url())!);
        await popup.setViewport({ width: 420, height: 640 });
        return puppeteerDriver(popup);
      },
      sendCommand: (driver, command) => sendCommandFirefox(pages.get(driver.url())!, command),
      close: () => session.close(),
    };
  });
});
