import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { launchChromium, tabIdOf } from '../../scripts/chromium';
import { defineDemoSuite } from './harness/demo-suite';
import { playwrightDriver } from './harness/driver';
import { CHROME_DIR, requireBuild, VIEWPORT } from './harness/paths';

// The built Chrome package (.output/chrome-mv3) in /usr/bin/chromium, headless, via playwright-core.
describe('Chromium: demo article with the built extension', () => {
  const pages = new Map<string, Page>();
  defineDemoSuite(async () => {
    requireBuild(CHROME_DIR);
    const session = await launchChromium(CHROME_DIR, { viewport: VIEWPORT });
    return {
      name: 'chromium',
      openPage: async (url) => {
        const page = await session.context.newPage();
        const driver = playwrightDriver(page); // before goto, so it sees the page's own requests
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
      sendCommand: async (driver, command) => {
        const tabId = await tabIdOf(session, pages.get(driver.url())!);
        await session.worker.evaluate(
          `chrome.tabs.sendMessage(${tabId}, { type: 'bg:command', command: ${JSON.stringify(command)} })`,
        );
      },
      close: () => session.close(),
    };
  });
});
