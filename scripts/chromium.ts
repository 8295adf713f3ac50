import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

// Chromium with the unpacked extension loaded, shared by `npm start -- --headless` and the e2e tests.
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Flags shared with `npm start`: a quiet, offline-by-default profile with only our extension. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--lang=de-DE',
  ];
}

export async function launchChromium(
  extensionDir: string,
  opts: { headless?: boolean; viewport?: { width: number; height: number }; args?: string[] } = {},
): Promise<ChromiumSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kontext-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    args: [...chromiumArgs(extensionDir), ...(opts.args ?? [])],
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    locale: 'de-DE',
    hasTouch: true, // lets the tests tap marks as on a tablet; the mouse works as well
  });
  try {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      extensionId,
      worker,
      close: async () => {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** The tab id the extension sees for `page` (matched by URL through the service worker). */
export async function tabIdOf(session: ChromiumSession, page: Page): Promise<number> {
  const url = page.url();
  // Source text, not a function: see scripts/page-probe.ts on why evaluate gets strings.
  const id = await session.worker.evaluate<number | null>(
    `chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)})?.id ?? null)`,
  );
  if (id === null) throw new Error(`no extension tab for ${url}`);
  return id;
}
