// The toolbar popup on the huge page, with the built extension in Chromium: how soon the reader sees
// the entities and the calls, and whether the popup stays responsive meanwhile (its long tasks). The
// popup is opened as a tab for the ticker's tab (popup.html?tab=ID), as the e2e tests do.
//
// Alone: `npx tsx scripts/bench/popup-ticker.ts [extension dir] [runs]` (e.g. an older build's
// .output/chrome-mv3 to compare); in `npm run bench` through measurePopup().
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './browsers';
import type { PageCase } from './page-cases';
import { type Summary, summarize } from './stats';

export interface PopupResult {
  browser: string;
  case: string;
  runs: number;
  /** From the popup's navigation start: entities listed; calls listed (or "no calls" said). */
  entitiesMs: Summary;
  callsMs: Summary;
  /** The popup's own measure of the extraction (worker round trip), when it reports one. */
  extractMs: Summary | null;
  /** 'worker' or 'slices' as the popup reports it; 'main thread' for a popup that does not say. */
  where: string;
  /** The popup's longest task while it filled in (Long Tasks API), and how many went over 50 ms. */
  longestTaskMs: Summary;
  /** The longest gap between two ticks of a 5 ms timer in the popup until the calls are shown. */
  stallMs: Summary;
  longTasks: number;
  calls: number;
}

// Before the popup's own scripts: when the entity list and the finished calls section first appear,
// and every long task.
const POPUP_PROBE = `(() => {
  const seen = (window.__kontextPopup = { entities: null, calls: null, tasks: [], stall: 0 });
  // A heartbeat: the longest gap between two ticks is the longest the popup could not react.
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (seen.calls === null || now - seen.calls < 500) seen.stall = Math.max(seen.stall, now - last);
    last = now;
  }, 5);
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) seen.tasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  const check = () => {
    const now = performance.now();
    if (seen.entities === null && document.querySelector('.entity')) seen.entities = now;
    const block = document.querySelector('[aria-labelledby=kontext-calls-heading]');
    if (seen.calls === null && block && !block.querySelector('.block__pending')) seen.calls = now;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
})()`;

export async function launch(
  dir: string,
): Promise<{ context: BrowserContext; id: string; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kontext-bench-popup-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 420, height: 640 },
    locale: 'de-DE',
  });
  const sw =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    context,
    id: new URL(sw.url()).host,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

interface Seen {
  entities: number | null;
  calls: number | null;
  tasks: number[];
  stall: number;
  extractMs: string | null;
  where: string | null;
  calls_: number;
}

export async function measurePopup(
  dir: string,
  cases: PageCase[],
  opts: { runs: number; log: (line: string) => void },
): Promise<PopupResult[]> {
  const out: PopupResult[] = [];
  const huge = cases.filter((c) => c.kind === 'huge');
  if (!huge.length) return out;
  const b = await launch(dir);
  try {
    for (const c of huge) {
      const page = await b.context.newPage();
      const lines: string[] = [];
      page.on('console', (m) => lines.push(m.text()));
      await page.goto(c.url, { waitUntil: 'load', timeout: 60_000 });
      const deadline = Date.now() + 60_000;
      while (!lines.some((l) => l.includes('[Kontext] annotated in')) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      // The tab id, as the toolbar popup would know it: asked from an extension page.
      const probe = await b.context.newPage();
      await probe.goto(`chrome-extension://${b.id}/popup.html?tab=0`).catch(() => {});
      const tabId = await probe.evaluate<number>(
        `chrome.tabs.query({}).then((t) => t.find((x) => x.url === ${JSON.stringify(c.url)}).id)`,
      );
      await probe.close();
      const seen: Seen[] = [];
      for (let i = 0; i < opts.runs; i++) {
        const popup = await b.context.newPage();
        await popup.addInitScript(POPUP_PROBE);
        await popup.goto(`chrome-extension://${b.id}/popup.html?tab=${tabId}`);
        const done = Date.now() + 60_000;
        let s: Seen | null = null;
        while (Date.now() < done) {
          s = await popup.evaluate<Seen>(`({ ...window.__kontextPopup,
            extractMs: document.documentElement.dataset.callsMs ?? null,
            where: document.documentElement.dataset.callsWhere ?? null,
            calls_: document.querySelectorAll('.call').length })`);
          if (s.entities !== null && s.calls !== null) break;
          await new Promise((r) => setTimeout(r, 50));
        }
        // Long tasks are reported a little after they end.
        await new Promise((r) => setTimeout(r, 200));
        s = {
          ...s!,
          tasks: await popup.evaluate<number[]>('window.__kontextPopup.tasks'),
          stall: await popup.evaluate<number>('window.__kontextPopup.stall'),
          calls_: await popup.evaluate<number>(`document.querySelectorAll('.call').length`),
        };
        seen.push(s);
        await popup.close();
      }
      await page.close();
      const nums = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);
      const extract = nums(seen.map((s) => (s.extractMs === null ? null : Number(s.extractMs))));
      const r: PopupResult = {
        browser: 'chromium',
        case: c.id,
        runs: seen.length,
        entitiesMs: summarize(nums(seen.map((s) => s.entities))),
        callsMs: summarize(nums(seen.map((s) => s.calls))),
        extractMs: extract.length ? summarize(extract) : null,
        where: seen[0]?.where ?? 'main thread',
        longestTaskMs: summarize(seen.map((s) => Math.max(0, ...s.tasks))),
        stallMs: summarize(seen.map((s) => s.stall)),
        longTasks: Math.max(...seen.map((s) => s.tasks.filter((d) => d > 50).length)),
        calls: seen[seen.length - 1]?.calls_ ?? 0,
      };
      out.push(r);
      opts.log(`  chromium popup ${c.id}: ${printPopupLine(r)}`);
    }
  } finally {
    await b.close();
  }
  return out;
}

export function printPopupLine(r: PopupResult): string {
  const ms = (s: Summary) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
  return (
    `entities after ${ms(r.entitiesMs)}, calls after ${ms(r.callsMs)} [${r.where}` +
    `${r.extractMs ? `, extraction ${ms(r.extractMs)}` : ''}], longest popup task ${ms(r.longestTaskMs)}, ` +
    `longest stall ${ms(r.stallMs)}, ` +
    `${r.longTasks} task(s) > 50 ms, ${r.calls} calls, ${r.runs} runs`
  );
}

/** Lines for the bench report. */
export function printPopup(results: readonly PopupResult[]): string {
  if (!results.length) return '';
  return [
    "Popup on the huge page (built extension, Chromium; times from the popup's navigation start):",
    ...results.map((r) => `  ${r.case}: ${printPopupLine(r)}`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { openSite } = await import('./page-cases');
  const { tickerNames } = await import('./generate');
  const { readFileSync } = await import('node:fs');
  const root = join(import.meta.dirname, '../..');
  const dir = process.argv[2] ?? join(root, '.output/chrome-mv3');
  const bundle = JSON.parse(readFileSync(join(root, 'lib/knowledge/compiled/bundle.json'), 'utf8'));
  const site = await openSite({ tickerWords: 200_000, names: tickerNames(bundle), corpus: false });
  try {
    const r = await measurePopup(dir, site.cases, {
      runs: Number(process.argv[3] ?? 5),
      log: (l) => console.error(l),
    });
    console.log(printPopup(r));
  } finally {
    await site.close();
  }
}
