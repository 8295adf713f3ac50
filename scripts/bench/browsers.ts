// Headless Chromium (playwright-core) and Firefox (puppeteer-core over BiDi), plain or with the built
// extension, behind one small interface. Every request off 127.0.0.1 goes to a dead proxy, so the
// saved pages load their own HTML only and nothing leaves the machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser, type Page as PpPage } from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-precise-memory-info',
  // Loopback bypasses the proxy; everything else fails at once.
  '--proxy-server=http://127.0.0.1:9',
];

export interface BenchPage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<T>(source: string): Promise<T>;
  /** Source run in every new document of this page before its own scripts. */
  addInitScript(source: string): Promise<void>;
  /** Lines the page or the content script logged, oldest first. */
  console: string[];
  /** JS heap in use after a full GC (Chromium via CDP); null where the browser cannot say. */
  heapAfterGc(): Promise<number | null>;
  /** Chromium's per-document counters (CDP Performance.getMetrics): ScriptDuration, TaskDuration (ms). */
  metrics(): Promise<Record<string, number> | null>;
  /** A DevTools session for CPU profiles (Chromium only). */
  cdp(): Promise<CDPSession | null>;
  close(): Promise<void>;
}

export interface BenchBrowser {
  name: 'chromium' | 'firefox';
  version: string;
  newPage(): Promise<BenchPage>;
  close(): Promise<void>;
}

async function pwPage(context: BrowserContext, page: PwPage): Promise<BenchPage> {
  const lines: string[] = [];
  // Enabled before the first navigation, so the counters cover the whole document.
  const perf = await context.newCDPSession(page);
  await perf.send('Performance.enable');
  page.on('console', (m) => lines.push(m.text()));
  return {
    console: lines,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load', timeout: 60_000 });
    },
    evaluate: (source) => page.evaluate(source),
    addInitScript: async (source) => {
      await page.addInitScript(source);
    },
    heapAfterGc: async () => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      await cdp.detach();
      return usedSize;
    },
    metrics: async () => {
      const { metrics } = await perf.send('Performance.getMetrics');
      const out: Record<string, number> = {};
      for (const m of metrics) out[m.name] = /Duration$/.test(m.name) ? m.value * 1000 : m.value;
      return out;
    },
    cdp: () => context.newCDPSession(page),
    close: () => page.close(),
  };
}

export async function launchChromium(extensionDir?: string): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kontext-bench-chromium-'));
  const args = extensionDir
    ? [...CHROMIUM_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : CHROMIUM_FLAGS;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : undefined,
    viewport: { width: 1280, height: 900 },
    locale: 'de-DE',
  });
  if (extensionDir && context.serviceWorkers().length === 0)
    await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const version =
    context.browser()?.version() ?? (await (await context.newPage()).evaluate('navigator.userAgent'));
  return {
    name: 'chromium',
    version: String(version),
    newPage: async () => pwPage(context, await context.newPage()),
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function ppPage(page: PpPage): BenchPage {
  const lines: string[] = [];
  page.on('console', (m) => lines.push(m.text()));
  return {
    console: lines,
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load', timeout: 60_000 });
    },
    evaluate: (source) => page.evaluate(source) as Promise<never>,
    addInitScript: async (source) => {
      await page.evaluateOnNewDocument(source);
    },
    heapAfterGc: async () => null,
    metrics: async () => null,
    cdp: async () => null,
    close: () => page.close(),
  };
}

/**
 * `env`: extra environment for Firefox (firefox-profile.ts starts the Gecko profiler through it); with
 * it, close() lets Firefox shut down by itself (puppeteer kills the process right after asking it to
 * quit, which cuts off a profile still being written at shutdown).
 */
export async function launchFirefox(
  extensionDir?: string,
  opts: { env?: Record<string, string> } = {},
): Promise<BenchBrowser> {
  const userDataDir = opts.env ? mkdtempSync(join(tmpdir(), 'kontext-bench-firefox-')) : undefined;
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    ...(opts.env ? { env: { ...process.env, ...opts.env }, userDataDir } : {}),
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'intl.accept_languages': 'de-DE, de',
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // Full-resolution performance.now() (Firefox rounds to 1 ms by default).
      'privacy.reduceTimerPrecision': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  if (extensionDir) {
    try {
      await browser.installExtension(extensionDir);
    } catch (err) {
      await browser.close();
      throw err;
    }
  }
  return {
    name: 'firefox',
    version: await browser.version(),
    newPage: async () => ppPage(await browser.newPage()),
    close: async () => {
      const proc = browser.process();
      if (!userDataDir || !proc) return browser.close();
      const exited = new Promise((done) => {
        if (proc.exitCode !== null) done(null);
        else proc.once('exit', done);
      });
      // WebDriver BiDi's own "browser.close": Firefox quits the normal way.
      const bidi = (browser as unknown as { connection: { send(m: string, p: object): Promise<unknown> } })
        .connection;
      await bidi.send('browser.close', {}).catch(() => undefined);
      await Promise.race([exited, new Promise((done) => setTimeout(done, 120_000))]);
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
