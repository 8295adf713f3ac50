// Page-context runs: open each page in a plain browser, inject the pipeline bundle and mark.js, and
// time Kontext, the floor and the baselines side by side in the same page.
import type { BenchBrowser } from './browsers';
import type { KnowledgeSet } from './node-bench';
import { loadKnowledgeSource, type PageCase } from './page-cases';
import { type Summary, summarize } from './stats';

export interface Capped {
  ms: number;
  /** Work units done (aliases, chunks) out of all; below `of` the run hit its time budget. */
  done: number;
  of: number;
  /** ms scaled to the whole alias list when the run stopped early. */
  estMs: number;
  matches: number;
}

export interface PageResult {
  browser: string;
  case: string;
  kind: PageCase['kind'];
  knowledge: string;
  outcome: string;
  mentions: number;
  chars: number;
  words: number;
  /** The first pass in a fresh page: JIT and the per-index lookup tables included. */
  firstMs: number;
  warm: Summary;
  phases: Record<string, number>;
  floor?: Summary;
  naive?: Capped;
  markjs?: Capped;
}

export interface HugeResult {
  browser: string;
  case: string;
  knowledge: string;
  longestTaskMs: number;
  passMs: number;
  longTasks: number;
  source: string;
  heapPageOnly: number | null;
  heapAfterAnnotate: number | null;
}

export interface PopoverResult {
  browser: string;
  case: string;
  ms: Summary;
  first: number;
}

export interface PageRunOptions {
  bundle: string;
  markJs: string;
  knowledge: KnowledgeSet[];
  reps: number;
  hugeReps: number;
  budgetMs: number;
  log: (line: string) => void;
}

interface AnnotateOut {
  ms: number;
  kind: string;
  reason?: string;
  mentions: number;
  chars: number;
  words: number;
}

function median(xs: number[]): number {
  return summarize(xs).median;
}

export async function runPageCases(
  browser: BenchBrowser,
  cases: PageCase[],
  opts: PageRunOptions,
): Promise<{ pages: PageResult[]; huge: HugeResult[]; popover: PopoverResult[] }> {
  const pages: PageResult[] = [];
  const huge: HugeResult[] = [];
  const popover: PopoverResult[] = [];
  for (const c of cases) {
    const page = await browser.newPage();
    try {
      await page.goto(c.url);
      const heapPageOnly = c.kind === 'huge' ? await page.heapAfterGc() : null;
      await page.evaluate(opts.bundle);
      await page.evaluate(opts.markJs);
      const url = JSON.stringify(c.detectUrl);
      // Bail-out pages: only the bundled knowledge matters (nothing is matched).
      const sets = c.kind === 'bail-out' ? opts.knowledge.slice(0, 1) : opts.knowledge;
      for (const k of sets) {
        await page.evaluate(loadKnowledgeSource(k));
        const name = JSON.stringify(k.name);
        const first = await page.evaluate<AnnotateOut>(`KontextBench.annotate(${name}, ${url})`);
        const reps = c.kind === 'huge' ? opts.hugeReps : opts.reps;
        const warm: number[] = [];
        let last = first;
        for (let i = 0; i < reps; i++) {
          last = await page.evaluate<AnnotateOut>(`KontextBench.annotate(${name}, ${url})`);
          warm.push(last.ms);
        }
        const phaseRuns: Record<string, number>[] = [];
        for (let i = 0; i < Math.min(3, reps); i++)
          phaseRuns.push(await page.evaluate<Record<string, number>>(`KontextBench.phases(${name}, ${url})`));
        const phases: Record<string, number> = {};
        for (const key of Object.keys(phaseRuns[0] ?? {}))
          phases[key] = median(phaseRuns.map((p) => p[key] ?? 0));
        const r: PageResult = {
          browser: browser.name,
          case: c.id,
          kind: c.kind,
          knowledge: k.name,
          outcome: last.kind === 'skipped' ? `skipped: ${last.reason ?? ''}` : 'annotated',
          mentions: last.mentions,
          chars: last.chars,
          words: last.words,
          firstMs: first.ms,
          warm: summarize(warm),
          phases,
        };
        if (last.kind === 'annotated') {
          const floor: number[] = [];
          for (let i = 0; i < reps; i++) {
            const f = await page.evaluate<{ ms: number; matches: number }>(`KontextBench.floor(${name})`);
            floor.push(f.ms);
          }
          r.floor = summarize(floor);
          const n = await page.evaluate<{ ms: number; matches: number; done: number; of: number }>(
            `KontextBench.naive(${name}, ${opts.budgetMs})`,
          );
          r.naive = {
            ms: n.ms,
            done: n.done,
            of: n.of,
            estMs: (n.ms * n.of) / Math.max(1, n.done),
            matches: n.matches,
          };
          // mark.js changes the DOM: always last on a page, and unmarked before the next knowledge set.
          const m = await page.evaluate<{ ms: number; marks: number; chunks: number; done: number }>(
            `KontextBench.markjs(${name}, 1000, ${opts.budgetMs})`,
          );
          r.markjs = {
            ms: m.ms,
            done: m.done,
            of: m.chunks,
            estMs: (m.ms * m.chunks) / Math.max(1, m.done),
            matches: m.marks,
          };
        }
        pages.push(r);
        opts.log(
          `  ${browser.name} ${c.id} [${k.name}] ${r.outcome.slice(0, 40)} first ${first.ms.toFixed(2)} ms, warm ${r.warm.median.toFixed(2)} ms`,
        );
      }
      const bundled = JSON.stringify(opts.knowledge[0]!.name);
      if (c.kind === 'huge') {
        const lt = await page.evaluate<{ longestMs: number; passMs: number; tasks: number; source: string }>(
          `KontextBench.longestTask(${bundled}, ${url})`,
        );
        await page.evaluate(`KontextBench.annotate(${bundled}, ${url})`);
        huge.push({
          browser: browser.name,
          case: c.id,
          knowledge: opts.knowledge[0]!.name,
          longestTaskMs: lt.longestMs,
          passMs: lt.passMs,
          longTasks: lt.tasks,
          source: lt.source,
          heapPageOnly,
          heapAfterAnnotate: await page.heapAfterGc(),
        });
      }
      if (c.id === 'demo article') {
        const times = await page.evaluate<number[]>(`KontextBench.popover(${bundled}, ${url})`);
        popover.push({
          browser: browser.name,
          case: c.id,
          ms: summarize(times.slice(1)),
          first: times[0] ?? Number.NaN,
        });
      }
    } catch (err) {
      opts.log(`  ${browser.name} ${c.id}: FAILED ${String(err).slice(0, 300)}`);
    } finally {
      await page.close();
    }
  }
  return { pages, huge, popover };
}
