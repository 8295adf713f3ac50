// What a page that is not an article pays for Kontext, in both browsers: the BUILT content script
// (the detector, CONTENT_SCRIPT_JS) evaluated in a fresh page load with a stand-in for the
// extension API, timed around the synchronous script run: parse, compile, its top level and its
// detection (the detector decides within that run). Not an upper bound of the real thing: the stub
// spares the extension API, which a real content script pays for (Chromium: run-extension.ts's
// ScriptDuration; Firefox: firefox-profile.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SCRIPT_JS } from '../../lib/site-access';
import type { BenchBrowser } from './browsers';
import type { PageCase } from './page-cases';
import { type Summary, summarize } from './stats';

export interface DetectorResult {
  browser: string;
  case: string;
  kind: PageCase['kind'];
  /** Which built file was evaluated (path under the output dir). */
  script: string;
  bytes: number;
  firstMs: number;
  /** Later fresh loads (the engine may reuse the compiled code, as it does for content scripts). */
  laterMs: Summary;
  /** Messages the script sent while it ran: 'cs:start-annotator' means it would load the annotator. */
  sent: string[];
}

/**
 * Runs in the page. Chromium: only `chrome` is stubbed, so the bundled webextension-polyfill wraps it
 * as it does in a real content script; Firefox: `browser` too, which the polyfill then uses as is.
 */
const MEASURE = `(src, firefox) => {
  const sent = [];
  const event = { addListener() {}, removeListener() {}, hasListener() { return false; } };
  const api = {
    runtime: {
      id: 'kontext-bench',
      getURL: (p) => p,
      getManifest: () => ({ manifest_version: firefox ? 2 : 3, version: '0' }),
      sendMessage: (m, cb) => { sent.push(m && m.type); return firefox ? new Promise(() => {}) : undefined; },
      onMessage: event,
    },
    storage: { local: { get: () => new Promise(() => {}), set: () => new Promise(() => {}) }, onChanged: event },
  };
  globalThis.chrome = api;
  if (firefox) globalThis.browser = api;
  const s = document.createElement('script');
  s.textContent = src;
  const t0 = performance.now();
  document.documentElement.append(s);
  const ms = performance.now() - t0;
  s.remove();
  return { ms, sent };
}`;

export async function runDetector(
  browser: BenchBrowser,
  cases: PageCase[],
  opts: { outputDir: string; reps: number; log: (line: string) => void },
): Promise<DetectorResult[]> {
  const dir = join(opts.outputDir, browser.name === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
  const file = CONTENT_SCRIPT_JS;
  if (!existsSync(join(dir, file))) return [];
  const src = readFileSync(join(dir, file), 'utf8');
  const out: DetectorResult[] = [];
  for (const c of cases.filter((x) => x.kind !== 'huge')) {
    const page = await browser.newPage();
    try {
      const times: number[] = [];
      let sent: string[] = [];
      for (let i = 0; i < opts.reps; i++) {
        // Firefox: a fresh address each load, since its reload of some saved pages and a second goto to
        // the same address fail ("Address rejected"); the query changes no verdict. Chromium keeps the
        // address: V8 then finds the script in its in-memory cache (keyed by source and address), as
        // a content script finds its code cache, instead of compiling it on every load.
        const fresh = browser.name === 'firefox' ? `${c.url.includes('?') ? '&' : '?'}load=${i}` : '';
        // Firefox's BiDi also reports "Address rejected" for some saved pages that do load (a request
        // of theirs the dead proxy refuses): the load counts when the page is the one asked for.
        const failed = await page.goto(`${c.url}${fresh}`).then(
          () => null,
          (err: unknown) => err,
        );
        if (failed && !(await page.evaluate<string>('location.href')).startsWith(c.url)) throw failed;
        const r = await page.evaluate<{ ms: number; sent: string[] }>(
          `(${MEASURE})(${JSON.stringify(src)}, ${browser.name === 'firefox'})`,
        );
        times.push(r.ms);
        sent = r.sent;
      }
      const res: DetectorResult = {
        browser: browser.name,
        case: c.id,
        kind: c.kind,
        script: file,
        bytes: src.length,
        firstMs: times[0]!,
        laterMs: summarize(times.slice(1)),
        sent,
      };
      out.push(res);
      opts.log(
        `  ${browser.name} detector ${c.id}: first ${res.firstMs.toFixed(2)} ms, later ${res.laterMs.median.toFixed(2)} ms${sent.includes('cs:start-annotator') ? ' → annotator' : ''}`,
      );
    } catch (err) {
      opts.log(`  ${browser.name} detector ${c.id}: FAILED ${String(err).slice(0, 300)}`);
    } finally {
      await page.close();
    }
  }
  return out;
}
