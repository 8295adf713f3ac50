// The printed table and the verdict on issue 7's targets (reported, never asserted).

import type { FirefoxProfileResult } from './firefox-profile';
import type { CompileResult, ScalingResult, ThroughputResult } from './node-bench';
import { type PopupResult, printPopup } from './popup-ticker';
import type { DetectorResult } from './run-detector';
import type { ExtensionResult } from './run-extension';
import type { HugeResult, PageResult, PopoverResult, ProfileResult } from './run-page';
import { fmtBytes, fmtMs, fmtSummary, type Summary } from './stats';

export interface Sizes {
  contentScript: { file: string; bytes: number; gzip: number }[];
  compiled: { file: string; bytes: number; gzip: number }[];
}

export interface Target {
  target: string;
  measured: string;
  met: boolean | null;
}

export interface Results {
  date: string;
  commit: string;
  dirty: boolean;
  quick: boolean;
  /** load: the 1-minute load average at the start and the end of the run (absent in older files). */
  machine: { cpus: number; model: string; node: string; load?: number[] };
  browsers: Record<string, string>;
  stubbed: string[];
  knowledgeFrom: string;
  compile: CompileResult[];
  throughput: ThroughputResult[];
  scaling: ScalingResult[];
  profiles: ProfileResult[];
  indexParse: { browser: string; ms: Summary }[];
  pages: PageResult[];
  huge: HugeResult[];
  popover: PopoverResult[];
  extension: ExtensionResult[];
  /** The built content script evaluated in fresh loads of each page (absent in runs before the detector). */
  detector?: DetectorResult[];
  /** Firefox, the built extension under the Gecko profiler (firefox-profile.ts); absent in older files. */
  firefoxProfile?: FirefoxProfileResult[];
  /** The popup on the huge page (scripts/bench/popup-ticker.ts); absent in older result files. */
  popup?: PopupResult[];
  sizes: Sizes;
  targets: Target[];
  notes: string[];
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const x = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(a / b >= 100 ? 0 : 1)}×` : '–';

function printFirefoxProfile(rows: FirefoxProfileResult[]): string {
  const out = [
    "Firefox, built extension, fresh loads under the Gecko profiler: Firefox's own stopwatch around each",
    'content-script injection (CSS + running the cached compiled script, incl. the detection; wall and the',
    "thread's CPU), then every sample in Firefox's extension code (sandbox, injection, teardown; 0.1 ms, JS stacks)",
    table(
      [
        'case',
        'injections',
        'inject wall',
        'inject CPU',
        '1st load CPU',
        'all ext. code CPU',
        '1st load',
        'page CPU with / without ext.',
        'style flushes with / without',
      ],
      rows.map((f) => [
        f.case,
        `${f.injections}/${f.loads}`,
        fmtSummary(f.injectMs),
        fmtSummary(f.injectCpuMs),
        fmtMs(f.injectCpuFirstMs),
        fmtSummary(f.sampled?.extMs),
        f.sampled ? `${fmtMs(f.sampled.extFirstMs)} (compile ${fmtMs(f.sampled.compileFirstMs)})` : '',
        f.sampled
          ? `${fmtMs(f.sampled.pageCpuMs.median)} / ${fmtMs(f.sampled.pageCpuNoExtMs?.median ?? Number.NaN)}`
          : '',
        `${fmtMs(f.styleMs?.median ?? Number.NaN)} / ${fmtMs(f.sampled?.styleNoExtMs?.median ?? Number.NaN)}`,
      ]),
    ),
  ];
  for (const f of rows.filter((x) => x.sampled))
    out.push(
      `  ${f.case}, extension code per load (sampled, mean): ${f.sampled!.parts.map((p) => `${p.part} ${p.ms.toFixed(2)}`).join(', ')} ms; the injection's CPU again in this run ${fmtMs(f.sampled!.injectSampledMs.median)} (without stack sampling ${fmtMs(f.injectCpuMs.median)}); control run without the extension finds ${fmtMs(f.sampled!.controlExtMs?.median ?? Number.NaN)}`,
    );
  return out.join('\n');
}

export function printReport(r: Results): string {
  const out: string[] = [];
  out.push(
    `Kontext benchmark ${r.date} ${r.commit}${r.dirty ? ' (uncommitted changes)' : ''}${r.quick ? ' --quick' : ''}`,
  );
  out.push(
    `${r.machine.cpus}× ${r.machine.model}${r.machine.load ? ` (load ${r.machine.load.map((l) => l.toFixed(1)).join(' → ')})` : ''}, Node ${r.machine.node}; ${Object.entries(
      r.browsers,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  if (r.stubbed.length) out.push(`NOT MEASURED (module missing, stubbed): ${r.stubbed.join(', ')}`);
  out.push(`knowledge: ${r.knowledgeFrom}`);
  out.push(
    'Times are milliseconds of main-thread work unless noted; "~" = estimated from a run cut off at its time budget.',
  );
  out.push('', 'Knowledge (Node)');
  out.push(
    table(
      ['knowledge', 'aliases', 'index entries', 'compileIndex', 'bundle.json', 'index.json'],
      r.compile.map((c) => [
        c.knowledge,
        String(c.aliases),
        String(c.entries),
        fmtSummary(c.compileMs),
        fmtBytes(c.bundleBytes),
        fmtBytes(c.indexBytes),
      ]),
    ),
  );
  out.push('', 'Analyser throughput, Node, one core (corpus: calls/*.txt + article text of pages/de-*.html)');
  out.push(
    table(
      ['work', 'knowledge', 'articles', 'pass (median, min–max)', 'articles/s', 'MB/s'],
      r.throughput.map((t) => [
        t.what,
        t.knowledge,
        String(t.articles),
        fmtSummary(t.passMs),
        t.articlesPerSec.toFixed(0),
        t.mbPerSec.toFixed(2),
      ]),
    ),
  );
  if (r.scaling.length) {
    out.push('', 'Growth with text length, Node, generated ticker (bundled knowledge)');
    out.push(
      table(
        [
          'words',
          'chars',
          'marks',
          'findMentions',
          'extractCalls',
          'find µs/1k chars',
          'find+calls µs/1k chars',
        ],
        r.scaling.map((g) => [
          String(g.words),
          String(g.chars),
          String(g.mentions),
          fmtSummary(g.findMs),
          fmtSummary(g.callsMs),
          g.findPerKChar.toFixed(0),
          g.analyzePerKChar.toFixed(0),
        ]),
      ),
    );
  }
  for (const browser of [...new Set(r.pages.map((p) => p.browser))]) {
    out.push(
      '',
      `Page context, ${browser}: annotatePage (detect, extract, match, paint; calls are lazy); warm runs: median (min–max)`,
    );
    const rows = r.pages
      .filter((p) => p.browser === browser)
      .map((p) => [
        `${p.case} [${p.knowledge}]`,
        p.outcome === 'annotated' ? `${p.words}w/${p.mentions}m` : p.outcome.slice(0, 28),
        fmtMs(p.firstMs),
        fmtSummary(p.warm),
        ['detect', 'extract', 'match', 'paint', 'calls']
          .map((k) => (p.phases[k] === undefined ? '-' : p.phases[k]!.toFixed(2)))
          .join('/'),
        p.floor ? fmtMs(p.floor.median) : '',
        p.floor ? x(p.warm.median, p.floor.median) : '',
        p.naive ? `${p.naive.done < p.naive.of ? '~' : ''}${fmtMs(p.naive.estMs)}` : '',
        p.markjs ? `${p.markjs.done < p.markjs.of ? '~' : ''}${fmtMs(p.markjs.estMs)}` : '',
        p.markjs ? x(p.markjs.estMs, p.warm.median) : '',
        p.markjsRe ? `${p.markjsRe.done < p.markjsRe.of ? '~' : ''}${fmtMs(p.markjsRe.estMs)}` : '',
        p.markjsRe ? x(p.markjsRe.estMs, p.warm.median) : '',
      ]);
    out.push(
      table(
        [
          'case [knowledge]',
          'words/marks',
          'first',
          'warm',
          'phases ms: detect/extract/match/paint (+calls)',
          'floor',
          'K/floor',
          'naive',
          'mark.js',
          'mark.js/K',
          'mark.js re',
          're/K',
        ],
        rows,
      ),
    );
  }
  if (r.detector?.length) {
    out.push(
      '',
      'The built content script (the detector) evaluated in fresh page loads, API stubbed: parse + compile + run +',
      "its detection, timed around the synchronous script run; '→ annotator' = it would ask for the annotator",
    );
    out.push(
      table(
        ['browser', 'case', 'script', 'first load', 'later loads', 'then'],
        r.detector.map((d) => [
          d.browser,
          d.case,
          `${d.script} ${fmtBytes(d.bytes)}`,
          fmtMs(d.firstMs),
          fmtSummary(d.laterMs),
          d.sent.includes('cs:start-annotator') ? '→ annotator' : 'stays',
        ]),
      ),
    );
  }
  if (r.extension.length) {
    out.push(
      '',
      'Built extension, fresh page loads: the content script\'s own "[Kontext] annotated in X ms" line, and',
    );
    out.push(
      "the document's ScriptDuration (CDP; everything scripts ran, incl. evaluating the content script) vs the page alone",
    );
    const own = (e: ExtensionResult) =>
      r.pages.find((p) => p.browser === e.browser && p.case === e.case && p.pageScriptMs !== undefined)
        ?.pageScriptMs;
    out.push(
      table(
        [
          'browser',
          'case',
          'logged',
          'annotated in',
          'script: 1st load',
          'later loads',
          'page alone',
          'longest task (all)',
          'heap',
          'marks after DCL',
        ],
        r.extension.map((e) => [
          e.browser,
          e.case,
          `${e.logged}/${e.loads}`,
          fmtSummary(e.annotate),
          e.scriptFirstMs === undefined ? '' : fmtMs(e.scriptFirstMs),
          fmtSummary(e.scriptMs),
          own(e) === undefined ? '' : fmtMs(own(e)!),
          e.longestTaskMs === undefined ? '' : e.longestTaskMs === null ? 'n/a' : fmtMs(e.longestTaskMs),
          e.heapAfterGc === undefined || e.heapAfterGc === null ? '' : fmtBytes(e.heapAfterGc),
          fmtSummary(e.marksAfterDcl),
        ]),
      ),
    );
  }
  if (r.firefoxProfile?.length) out.push('', printFirefoxProfile(r.firefoxProfile));
  for (const e of r.extension.filter((x) => x.line && x.kind !== 'bail-out' && /\(/.test(x.line)))
    out.push(`  ${e.browser} ${e.case}: ${e.line!.replace(/^.*\[Kontext\] /, '')}`);
  for (const e of r.extension.filter((x) => x.loadProfile))
    out.push(
      `  ${e.browser} ${e.case}, one load under the profiler, self time by script: ${e.loadProfile!.map((p) => `${p.script} ${p.selfMs.toFixed(1)} ms`).join(', ')}`,
    );
  if (r.huge.length) {
    out.push(
      '',
      "Huge page: the first pass the content script's way (time slices), in a task of its own (page context); heap after GC",
    );
    out.push(
      table(
        [
          'browser',
          'case',
          'work',
          'wall',
          'slices',
          'longest task/slice',
          'tasks>50ms',
          'source',
          'page load alone: longest task',
          'heap: page',
          '+ code & knowledge',
          '+ annotation',
        ],
        r.huge.map((h) => [
          h.browser,
          h.case,
          fmtMs(h.passMs),
          fmtMs(h.wallMs),
          String(h.slices),
          fmtMs(h.longestTaskMs),
          String(h.longTasks),
          h.source,
          h.pageLoadLongestMs === null ? 'n/a' : fmtMs(h.pageLoadLongestMs),
          h.heapPage === null ? 'n/a' : fmtBytes(h.heapPage),
          h.heapWithCode === null || h.heapPage === null
            ? 'n/a'
            : `+${fmtBytes(h.heapWithCode - h.heapPage)}`,
          h.heapAnnotated === null || h.heapWithCode === null
            ? 'n/a'
            : `+${fmtBytes(h.heapAnnotated - h.heapWithCode)}`,
        ]),
      ),
    );
  }
  if (r.popover.length) {
    out.push('', 'Popover: EntityCard render into the shadow root + Floating UI computePosition + layout');
    out.push(
      table(
        ['browser', 'first open', 'later opens'],
        r.popover.map((p) => [p.browser, fmtMs(p.first), fmtSummary(p.ms)]),
      ),
    );
  }
  for (const h of r.huge)
    out.push(
      `  ${h.browser} slices (ms, in order): ${h.sliceMs.map((m) => m.toFixed(0)).join(' ')}; longest steps: ${(h.longestSteps ?? []).map((s) => `${s.step} ${s.ms.toFixed(1)} ms`).join(', ')}`,
    );
  for (const p of r.indexParse ?? [])
    out.push(`  ${p.browser}: JSON.parse of the bundled match index in the page: ${fmtSummary(p.ms)}`);
  out.push('', 'Sizes');
  out.push(
    table(
      ['file', 'bytes', 'gzip'],
      [...r.sizes.contentScript, ...r.sizes.compiled].map((s) => [
        s.file,
        fmtBytes(s.bytes),
        fmtBytes(s.gzip),
      ]),
    ),
  );
  for (const p of r.profiles) {
    out.push('', `CPU profile, ${p.browser}: ${p.what} (${fmtMs(p.totalMs)} sampled; ${p.file})`);
    out.push(
      table(
        ['self ms', '%', 'function', 'module'],
        p.top.map((h) => [h.selfMs.toFixed(1), h.selfPct.toFixed(1), h.fn, h.where]),
      ),
    );
  }
  out.push('', 'Targets (issue 7)');
  out.push(
    table(
      ['target', 'measured', 'verdict'],
      r.targets.map((t) => [
        t.target,
        t.measured,
        t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED',
      ]),
    ),
  );
  if (r.popup?.length) out.push('', printPopup(r.popup));
  if (r.notes.length) out.push('', ...r.notes.map((n) => `note: ${n}`));
  return out.join('\n');
}
