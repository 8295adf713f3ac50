// Page-context runs: open each page in a plain browser, inject the pipeline bundle and mark.js, and
// time Kontext, the floor and the baselines side by side in the same page.
import { join } from 'node:path';
import type { BenchBrowser, BenchPage } from './browsers';
import type { KnowledgeSet } from './node-bench';
import { loadKnowledgeSource, type PageCase } from './page-cases';
import { type HotFunction, moduleLines, profileCall } from './profile';
import { LONGTASK_PROBE } from './run-extension';
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
  reasons: string[];
  mentions: number;
  chars: number;
  words: number;
  /** The first pass in a fresh page: JIT and the per-index lookup tables included. */
  firstMs: number;
  warm: Summary;
  phases: Record<string, number>;
  floor?: Summary;
  naive?: Capped;
  /** mark.js mark(aliases) in chunks of 250 (its usual API). */
  markjs?: Capped;
  /** mark.js markRegExp with one alternation per 1,000 aliases (its best case). */
  markjsRe?: Capped;
  /** Chromium: the page's own ScriptDuration at load, without Kontext (baseline for the extension). */
  pageScriptMs?: number;
}

export interface HugeResult {
  browser: string;
  case: string;
  knowledge: string;
  longestTaskMs: number;
  /** Work of the sliced pass (sum of its slices) and its wall time (slices plus the page's turns). */
  passMs: number;
  wallMs: number;
  slices: number;
  /** Every slice in order (detect, root, exclusions, collect, match chunks, paint batches). */
  sliceMs: number[];
  /** The three longest single steps (article step n: detect, root, exclusions, collect; paint: match chunks, paint batches). */
  longestSteps: { step: string; ms: number }[];
  longTasks: number;
  source: string;
  /** The longest long task while the page itself loads, without Kontext (Chromium; null elsewhere). */
  pageLoadLongestMs: number | null;
  /** Heap after GC: the page alone, plus the injected code and knowledge, plus one kept annotation. */
  heapPage: number | null;
  heapWithCode: number | null;
  heapAnnotated: number | null;
}

export interface PopoverResult {
  browser: string;
  case: string;
  ms: Summary;
  first: number;
}

export interface ProfileResult {
  browser: string;
  what: string;
  totalMs: number;
  file: string;
  top: HotFunction[];
}

export interface PageRunOptions {
  bundle: string;
  markJs: string;
  knowledge: KnowledgeSet[];
  reps: number;
  hugeReps: number;
  budgetMs: number;
  /** Folder for .cpuprofile files (Chromium); none = no profiles. */
  profileDir?: string;
  log: (line: string) => void;
}

interface AnnotateOut {
  ms: number;
  kind: string;
  reason?: string;
  reasons: string[];
  mentions: number;
  chars: number;
  words: number;
}

export interface PageRun {
  /** JSON.parse of the bundled match index in the page, once per page (the cost of sending it as a string). */
  indexParse: { browser: string; ms: Summary };
  pages: PageResult[];
  huge: HugeResult[];
  popover: PopoverResult[];
  profiles: ProfileResult[];
}

async function inject(page: BenchPage, opts: PageRunOptions): Promise<void> {
  await page.evaluate(opts.bundle);
  await page.evaluate(opts.markJs);
}

async function measureKnowledge(
  page: BenchPage,
  c: PageCase,
  k: KnowledgeSet,
  baselines: boolean,
  o: PageRunOptions,
  /** A first pass already run (the huge page's, in its own task for the long-task probe). */
  coldMs?: number,
): Promise<PageResult> {
  const url = JSON.stringify(c.detectUrl);
  const name = JSON.stringify(k.name);
  const call = `KontextBench.annotate(${name}, ${url})`;
  const first = await page.evaluate<AnnotateOut>(call);
  if (coldMs !== undefined) first.ms = coldMs;
  const reps = c.kind === 'huge' ? o.hugeReps : o.reps;
  const warm: number[] = [];
  let last = first;
  for (let i = 0; i < reps; i++) {
    last = await page.evaluate<AnnotateOut>(call);
    warm.push(last.ms);
  }
  const phaseRuns: Record<string, number>[] = [];
  for (let i = 0; i < (c.kind === 'huge' ? 1 : 3); i++)
    phaseRuns.push(await page.evaluate<Record<string, number>>(`KontextBench.phases(${name}, ${url})`));
  const phases: Record<string, number> = {};
  for (const key of Object.keys(phaseRuns[0] ?? {}))
    phases[key] = summarize(phaseRuns.map((p) => p[key] ?? 0)).median;
  const r: PageResult = {
    browser: '',
    case: c.id,
    kind: c.kind,
    knowledge: k.name,
    outcome: last.kind === 'skipped' ? `skipped: ${last.reason ?? ''}` : 'annotated',
    reasons: last.reasons,
    mentions: last.mentions,
    chars: last.chars,
    words: last.words,
    firstMs: first.ms,
    warm: summarize(warm),
    phases,
  };
  if (last.kind !== 'annotated') return r;
  const floor: number[] = [];
  for (let i = 0; i < reps; i++)
    floor.push((await page.evaluate<{ ms: number }>(`KontextBench.floor(${name})`)).ms);
  r.floor = summarize(floor);
  if (!baselines) return r;
  const n = await page.evaluate<{ ms: number; matches: number; done: number; of: number }>(
    `KontextBench.naive(${name}, ${o.budgetMs})`,
  );
  r.naive = {
    ms: n.ms,
    done: n.done,
    of: n.of,
    estMs: (n.ms * n.of) / Math.max(1, n.done),
    matches: n.matches,
  };
  // mark.js changes the DOM (and unmarks after itself): always the last measurement with this knowledge.
  const mark = async (mode: 'keywords' | 'regexp'): Promise<Capped> => {
    const m = await page.evaluate<{ ms: number; marks: number; chunks: number; done: number }>(
      `KontextBench.markjs(${name}, '${mode}', ${o.budgetMs})`,
    );
    return {
      ms: m.ms,
      done: m.done,
      of: m.chunks,
      estMs: (m.ms * m.chunks) / Math.max(1, m.done),
      matches: m.marks,
    };
  };
  r.markjs = await mark('keywords');
  r.markjsRe = await mark('regexp');
  return r;
}

export async function runPageCases(
  browser: BenchBrowser,
  cases: PageCase[],
  o: PageRunOptions,
): Promise<PageRun> {
  const run: PageRun = {
    indexParse: { browser: browser.name, ms: summarize([]) },
    pages: [],
    huge: [],
    popover: [],
    profiles: [],
  };
  const parses: number[] = [];
  const bundled = o.knowledge[0]!;
  const bundledName = JSON.stringify(bundled.name);
  const moduleOf = moduleLines(o.bundle);
  const profile = async (page: BenchPage, what: string, source: string) => {
    const cdp = o.profileDir ? await page.cdp() : null;
    if (!cdp) return;
    const file = join(o.profileDir!, `${browser.name}-${what.replace(/\W+/g, '-')}.cpuprofile`);
    const p = await profileCall(cdp, () => page.evaluate(source), file, moduleOf);
    await cdp.detach();
    run.profiles.push({ browser: browser.name, what, totalMs: p.totalMs, file, top: p.top });
  };
  for (const c of cases) {
    const page = await browser.newPage();
    const url = JSON.stringify(c.detectUrl);
    try {
      if (c.kind === 'huge') await page.addInitScript(LONGTASK_PROBE);
      await page.goto(c.url);
      const loadTasks =
        c.kind === 'huge'
          ? await page.evaluate<[number, number][] | null>('window.__kontextLongTasks ?? null')
          : null;
      const pageScriptMs = (await page.metrics())?.ScriptDuration;
      const heapPage = c.kind === 'huge' ? await page.heapAfterGc() : null;
      await inject(page, o);
      parses.push((await page.evaluate<{ parseMs: number }>(loadKnowledgeSource(bundled))).parseMs);
      let huge: HugeResult | null = null;
      if (c.kind === 'huge') {
        const heapWithCode = await page.heapAfterGc();
        const lt = await page.evaluate<{
          longestMs: number;
          passMs: number;
          wallMs: number;
          slices: number;
          sliceMs: number[];
          longestSteps: { step: string; ms: number }[];
          tasks: number;
          source: string;
        }>(`KontextBench.longestTask(${bundledName}, ${url})`);
        await page.evaluate(`KontextBench.annotate(${bundledName}, ${url})`);
        const heapAnnotated = await page.heapAfterGc();
        await page.evaluate('KontextBench.clear()');
        huge = {
          browser: browser.name,
          case: c.id,
          knowledge: bundled.name,
          longestTaskMs: lt.longestMs,
          passMs: lt.passMs,
          wallMs: lt.wallMs,
          slices: lt.slices,
          sliceMs: lt.sliceMs,
          longestSteps: lt.longestSteps,
          longTasks: lt.tasks,
          source: lt.source,
          pageLoadLongestMs: loadTasks?.length
            ? Math.max(...loadTasks.map(([, d]) => d))
            : loadTasks
              ? 0
              : null,
          heapPage,
          heapWithCode,
          heapAnnotated,
        };
        run.huge.push(huge);
        await profile(
          page,
          'huge page, warm phases (incl. lazy calls)',
          `KontextBench.phases(${bundledName}, ${url})`,
        );
      }
      // Bail-out pages match nothing: only the bundled knowledge. Baselines with the bigger knowledge
      // only on the demo (they take seconds to minutes elsewhere and the trend is the same).
      const sets = c.kind === 'bail-out' ? [bundled] : o.knowledge;
      for (const k of sets) {
        if (k !== bundled) await page.evaluate(loadKnowledgeSource(k));
        const baselines = k === bundled || c.id === 'demo article';
        const r = await measureKnowledge(page, c, k, baselines, o, k === bundled ? huge?.passMs : undefined);
        r.browser = browser.name;
        if (k === bundled) r.pageScriptMs = pageScriptMs;
        run.pages.push(r);
        o.log(
          `  ${browser.name} ${c.id} [${k.name}] ${r.outcome.slice(0, 40)}: first ${r.firstMs.toFixed(2)} ms, warm ${r.warm.median.toFixed(2)} ms`,
        );
      }
      if (c.id === 'demo article') {
        const times = await page.evaluate<number[]>(`KontextBench.popover(${bundledName}, ${url})`);
        run.popover.push({
          browser: browser.name,
          case: c.id,
          ms: summarize(times.slice(1)),
          first: times[0] ?? Number.NaN,
        });
        // The cold pass under the profiler, in a fresh page (profiling would skew the timed one).
        if (o.profileDir) {
          const fresh = await browser.newPage();
          try {
            await fresh.goto(c.url);
            await inject(fresh, o);
            await fresh.evaluate(loadKnowledgeSource(bundled));
            await profile(fresh, 'demo article, first pass', `KontextBench.annotate(${bundledName}, ${url})`);
          } finally {
            await fresh.close();
          }
        }
      }
    } catch (err) {
      o.log(`  ${browser.name} ${c.id}: FAILED ${String(err).slice(0, 300)}`);
    } finally {
      await page.close();
    }
  }
  run.indexParse.ms = summarize(parses);
  return run;
}
