import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, VIEWPORT } from './paths';

export interface FirefoxSession {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

/** Stock Firefox over WebDriver BiDi; the unpacked build is installed as a temporary add-on. */
export async function launchFirefox(
  extensionDir: string,
  prefs: Record<string, string | number | boolean> = {},
): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { ...VIEWPORT },
    extraPrefsFirefox: {
      'intl.accept_languages': 'de-DE, de',
      'intl.locale.requested': 'de',
      // No update checks, telemetry or remote settings: the tests also assert Kontext makes no requests.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      ...prefs,
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
 * localhost only), which asks the background to tabs.create the popup for this tab. Puppeteer's BiDi
 * target keeps reporting such a tab as about:blank, so the new page is recognised by its location.
 */
export async function openPopupFirefox(session: FirefoxSession, page: Page): Promise<Page> {
  const before = new Set(await session.browser.pages());
  await page.evaluate(`window.postMessage({ type: 'kontext:test-open-popup' }, '*')`);
  const end = Date.now() + 15_000;
  while (Date.now() < end) {
    for (const candidate of await session.browser.pages()) {
      if (before.has(candidate)) continue;
      const href = await candidate.evaluate('location.href').catch(() => '');
      if (String(href).includes('/popup.html')) return candidate;
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error('the popup tab did not open (test hook kontext:test-open-popup)');
}
