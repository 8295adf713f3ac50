// The built extension on the same pages: the content script's own timing line (logged on localhost
// only: "[Kontext] annotated in X ms"), fresh page loads, plus long tasks and the heap on the huge page.
import type { BenchBrowser, BenchPage } from './browsers';
import type { PageCase } from './page-cases';
import { profileScripts } from './profile';
import { type Summary, summarize } from './stats';

export interface ExtensionResult {
  browser: string;
  case: string;
  kind: PageCase['kind'];
  /** The content script's reported work per page load; empty when it logged nothing (skipped page). */
  annotate: Summary;
  loads: number;
  logged: number;
  /** The last timing line as logged (the content script may add its own breakdown). */
  line?: string;
  /**
   * Chromium: the document's ScriptDuration per load (CDP), with the extension; on pages without
   * scripts of their own that is the content script's whole cost: parsing and running its bundle
   * (knowledge included) plus annotatePage. First load (no code cache yet) and the later loads.
   */
  scriptFirstMs?: number;
  scriptMs?: Summary;
  /** Chromium, the first bail-out page: one more load under the CPU profiler, self time per script. */
  loadProfile?: { script: string; selfMs: number }[];
  /** Huge page: the longest long task of the load (page and content script), and the heap after a GC. */
  longestTaskMs?: number | null;
  heapAfterGc?: number | null;
  /**
   * Articles: when the page first held Kontext's highlights, in ms after DOMContentLoaded (median of
   * the loads): what the reader waits for, the detector's round trip and the knowledge included.
   */
  marksAfterDcl?: Summary;
}

// Registered before the page's own scripts: the first moment the document's highlight registry (shared
// with the content script's world) holds anything. A task-by-task poll from DOMContentLoaded, stopped
// at the first hit or after 10 s.
export const MARKS_PROBE = `(() => {
  window.__kontextMarksAt = null;
  const ch = new MessageChannel();
  let until = 0;
  ch.port1.onmessage = () => {
    if (CSS.highlights && CSS.highlights.size > 0) window.__kontextMarksAt = performance.now();
    else if (performance.now() < until) ch.port2.postMessage(0);
  };
  document.addEventListener('DOMContentLoaded', () => { until = performance.now() + 10000; ch.port2.postMessage(0); });
})()`;

async function marksAfterDcl(page: BenchPage): Promise<number | null> {
  return page.evaluate<number | null>(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return window.__kontextMarksAt === null || !nav ? null : window.__kontextMarksAt - nav.domContentLoadedEventEnd;
  })()`);
}

const LINE = /\[Kontext\] annotated in ([\d.]+) ms/;

async function waitForLine(
  page: BenchPage,
  from: number,
  timeoutMs: number,
): Promise<{ ms: number; line: string } | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (let i = from; i < page.console.length; i++) {
      const m = LINE.exec(page.console[i]!);
      if (m) return { ms: Number(m[1]), line: page.console[i]! };
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  return null;
}

// Registered before the page's own scripts: long tasks with their start, to find those after load.
export const LONGTASK_PROBE = `(() => {
  window.__kontextLongTasks = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__kontextLongTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})()`;

export async function runExtension(
  browser: BenchBrowser,
  cases: PageCase[],
  opts: { reps: number; hugeReps: number; log: (line: string) => void },
): Promise<ExtensionResult[]> {
  const out: ExtensionResult[] = [];
  for (const c of cases) {
    const page = await browser.newPage();
    try {
      if (c.kind === 'huge') await page.addInitScript(LONGTASK_PROBE);
      if (c.kind === 'article') await page.addInitScript(MARKS_PROBE);
      const marks: number[] = [];
      const loads = c.kind === 'huge' ? opts.hugeReps : opts.reps;
      // A page that is skipped logs nothing: wait briefly there, long on the huge page.
      const wait = c.kind === 'bail-out' ? 800 : c.kind === 'huge' ? 30_000 : 8000;
      const times: number[] = [];
      const script: number[] = [];
      let line: string | undefined;
      let longest: number | null = null;
      for (let i = 0; i < loads; i++) {
        const from = page.console.length;
        if (i === 0) await page.goto(c.url);
        else await page.reload();
        const got = await waitForLine(page, from, wait);
        if (c.kind === 'huge' && got) {
          // Long tasks of this load (read per load: the buffer starts afresh with every document).
          await new Promise((done) => setTimeout(done, 300));
          const lt = await page.evaluate<[number, number][] | null>('window.__kontextLongTasks ?? null');
          if (lt) longest = Math.max(longest ?? 0, ...lt.map(([, d]) => d));
        }
        if (got && c.kind === 'article') {
          const at = await marksAfterDcl(page);
          if (at !== null) marks.push(at);
        }
        if (got) {
          times.push(got.ms);
          line = got.line;
        }
        const m = await page.metrics();
        if (m?.ScriptDuration !== undefined) script.push(m.ScriptDuration);
        if (!got && c.kind !== 'bail-out') break; // nothing logged on an article: do not wait again
      }
      const cdp = c.kind === 'bail-out' && !out.some((o) => o.loadProfile) ? await page.cdp() : null;
      const loadProfile = cdp
        ? await profileScripts(cdp, async () => {
            await page.reload();
            await new Promise((done) => setTimeout(done, wait));
          })
        : undefined;
      await cdp?.detach();
      const r: ExtensionResult = {
        browser: browser.name,
        case: c.id,
        kind: c.kind,
        annotate: summarize(times),
        loads,
        logged: times.length,
        line,
        loadProfile: loadProfile?.slice(0, 6),
      };
      if (marks.length) r.marksAfterDcl = summarize(marks);
      if (script.length) {
        r.scriptFirstMs = script[0];
        r.scriptMs = summarize(script.slice(1));
      }
      if (c.kind === 'huge') {
        r.longestTaskMs = longest;
        r.heapAfterGc = await page.heapAfterGc();
      }
      out.push(r);
      opts.log(
        `  ${browser.name} extension ${c.id}: ${times.length}/${loads} logged, median ${r.annotate.median.toFixed(2)} ms`,
      );
    } catch (err) {
      opts.log(`  ${browser.name} extension ${c.id}: FAILED ${String(err).slice(0, 300)}`);
    } finally {
      await page.close();
    }
  }
  return out;
}
