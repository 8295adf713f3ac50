import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX } from './paths';

export interface FirefoxSession {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

/** Stock Firefox over WebDriver BiDi; the unpacked build is installed as a temporary add-on. */
export async function launchFirefox(extensionDir: string): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'intl.accept_languages': 'de-DE, de',
      'intl.locale.requested': 'de',
      // No update checks, telemetry or remote settings: the tests also assert Kontext makes no requests.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    return { browser, extensionId, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * moz-extension:// pages cannot be opened by automation: the page asks the content script (test hook,
 * localhost only), which asks the background to tabs.create the popup for this tab.
 */
export async function openPopupFirefox(session: FirefoxSession, page: Page): Promise<Page> {
  const target = session.browser.waitForTarget((t) => t.url().includes('/popup.html'), { timeout: 15_000 });
  await page.evaluate(`window.postMessage({ type: 'kontext:test-open-popup' }, '*')`);
  const popup = await (await target).page();
  if (!popup) throw new Error('popup target has no page');
  return popup;
}
