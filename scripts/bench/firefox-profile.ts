// What the built extension's content script (the detector) costs a not-an-article page in Firefox,
// measured with Firefox's own instruments, since Firefox has no per-document script counter:
// - Firefox times every content-script injection itself (Glean `extensions.timing.content_script_injection`,
//   ExtensionContent.sys.mjs: adding the CSS sheet, then running the cached compiled script, which
//   includes the detector's synchronous detection). The Gecko profiler records that stopwatch's start
//   and stop as markers; with stack sampling off the profiler adds nothing to the timed work.
// - A second run samples the page's content process every 0.1 ms with JS stacks: every sample whose
//   stack holds Firefox's extension code or the content script is the extension's, which adds what the
//   stopwatch leaves out (creating the content script's sandbox, tearing it down on the next load,
//   matching). A third run without the extension is the control (no such samples, the page's own CPU).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchFirefox } from './browsers';
import type { PageCase } from './page-cases';
import { type Summary, summarize } from './stats';

export interface FirefoxProfileResult {
  browser: 'firefox';
  case: string;
  kind: PageCase['kind'];
  loads: number;
  /** Injections Firefox timed; one per load means the detector stayed (no annotator was injected). */
  injections: number;
  /** Firefox's stopwatch per injection (wall time), no stack sampling: the first load, then the later ones. */
  injectFirstMs: number;
  injectMs: Summary;
  /** The page thread's CPU time within each injection (what the reader's CPU spends; no waiting). */
  injectCpuFirstMs: number;
  injectCpuMs: Summary;
  /** The page's style flushes per load (later loads), with the extension; see styleMsPerLoad. */
  styleMs?: Summary;
  sampled?: SampledCost;
}

export interface SampledCost {
  intervalMs: number;
  /** Main-thread CPU per load in the extension's stacks (later loads), and on the first load. */
  extMs: Summary;
  extFirstMs: number;
  /** First load only: compiling and preloading the content script (Firefox caches it per process). */
  compileFirstMs: number;
  /** The same split by what Firefox was doing, ms per later load (mean). */
  parts: { part: string; ms: number }[];
  /** Injection CPU again, under stack sampling: against injectCpuMs, what stack sampling changes. */
  injectSampledMs: Summary;
  /** The page's content-process main-thread CPU per load, with and without the extension. */
  pageCpuMs: Summary;
  pageCpuNoExtMs?: Summary;
  /** Control run without the extension: CPU per load the attribution still finds (should be 0). */
  controlExtMs?: Summary;
  /** The page's style flushes per load in the control run without the extension. */
  styleNoExtMs?: Summary;
}

// The Gecko profile format, as much of it as is read here (written by MOZ_PROFILER_SHUTDOWN).
interface Table {
  schema: Record<string, number>;
  data: unknown[][];
}
interface GeckoThread {
  name: string;
  processName?: string;
  samples: Table;
  markers: Table;
  stackTable: Table;
  frameTable: Table;
  stringTable: string[];
}
interface GeckoProfile {
  meta: { interval: number; sampleUnits?: { threadCPUDelta?: string } };
  threads: GeckoThread[];
  processes?: GeckoProfile[];
}

const INJECTION = 'extensions.timing.content_script_injection';
/** Frames of Firefox's WebExtension machinery and of the content script itself. */
const EXTENSION_FRAME =
  /moz-extension:\/\/|resource:\/\/gre\/modules\/(Extension\w*|Schemas)\.sys\.mjs|Extension:|PExtensions::/;
/** What an extension sample is about: first matching frame from the top of the stack wins. */
const PARTS: [string, RegExp][] = [
  ['run the script (incl. detection)', /moz-extension:\/\/|executeInGlobal|#injectIntoIsolatedWorld/],
  ['stylesheet', /loadCSS|getCompiledStyleSheets|addSheet/],
  ['create the sandbox/context', /getContext|ContentScriptContextChild|Cu\.Sandbox/],
  ['tear down the old context', /inner-window-destroyed|unload \(|close \(/],
  ['compile/preload', /compileScript|ScriptCache|preload/],
];

function allThreads(p: GeckoProfile): GeckoThread[] {
  return [...p.threads, ...(p.processes ?? []).flatMap(allThreads)];
}

function col(t: Table, name: string): number {
  const i = t.schema[name];
  if (i === undefined) throw new Error(`profile: no column ${name}`);
  return i;
}

interface Marker {
  name: string;
  start: number;
  data: Record<string, unknown> | null;
}

function markers(t: GeckoThread): Marker[] {
  const [n, s, d] = [col(t.markers, 'name'), col(t.markers, 'startTime'), col(t.markers, 'data')];
  return t.markers.data.map((r) => ({
    name: t.stringTable[r[n] as number] ?? '',
    start: r[s] as number,
    data: (r[d] as Record<string, unknown> | null) ?? null,
  }));
}

/** Firefox's injection stopwatch: start/stop marker pairs per timer id, in ms, in load order. */
function injections(t: GeckoThread): { start: number; end: number; ms: number }[] {
  const starts = new Map<unknown, number>();
  const out: { start: number; end: number; ms: number }[] = [];
  for (const m of markers(t)) {
    const { cat, id } = m.data ?? {};
    if (!/^TimingDistribution::(start|stop)$/.test(m.name) || typeof id !== 'number') continue;
    if (`${t.stringTable[cat as number]}.${t.stringTable[id]}` !== INJECTION) continue;
    if (m.name.endsWith('start')) starts.set(m.data!.timer_id, m.start);
    else {
      const s = starts.get(m.data!.timer_id);
      if (s !== undefined) out.push({ start: s, end: m.start, ms: m.start - s });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The thread's CPU time inside each span: every sample carries the CPU used since the sample before,
 * spread evenly over that gap (at a 0.1 ms interval the edges err by well under 0.1 ms).
 */
function cpuInSpans(p: GeckoProfile, t: GeckoThread, spans: { start: number; end: number }[]): number[] {
  const toMs = p.meta.sampleUnits?.threadCPUDelta === 'µs' ? 1e-3 : 1e-6;
  const [timeCol, cpuCol] = [col(t.samples, 'time'), col(t.samples, 'threadCPUDelta')];
  const rows = t.samples.data;
  const time = (i: number) => rows[i]![timeCol] as number;
  return spans.map(({ start, end }) => {
    let [lo, hi] = [1, rows.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (time(mid) <= start) lo = mid + 1;
      else hi = mid;
    }
    let ms = 0;
    for (let i = lo; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]![timeCol] as number, rows[i]![timeCol] as number];
      if (b <= start) continue;
      if (a >= end) break;
      const overlap = Math.min(b, end) - Math.max(a, start);
      if (overlap > 0 && b > a) ms += (((rows[i]![cpuCol] as number | null) ?? 0) * toMs * overlap) / (b - a);
    }
    return ms;
  });
}

/** Start of each load of `path` in this thread (the network-load markers, "Load 12: http://…?load=3"). */
function loadStarts(t: GeckoThread, path: string): number[] {
  const seen = new Map<string, number>();
  for (const m of markers(t))
    if (/^Load \d+: /.test(m.name) && m.name.includes(`${path}?load=`) && !seen.has(m.name))
      seen.set(m.name, m.start);
  return [...seen.values()].sort((a, b) => a - b);
}

/**
 * The page's style work per load window: the durations of Gecko's "Styles" markers (style flushes).
 * A stylesheet added to a loaded page makes the next flush restyle it; the script's CPU does not show that.
 */
function styleMsPerLoad(t: GeckoThread, starts: number[]): number[] {
  const [n, s, e] = [col(t.markers, 'name'), col(t.markers, 'startTime'), col(t.markers, 'endTime')];
  const out = starts.map(() => 0);
  for (const r of t.markers.data) {
    const [start, end] = [r[s] as number | null, r[e] as number | null];
    if (t.stringTable[r[n] as number] !== 'Styles' || start === null || end === null) continue;
    let w = starts.length - 1;
    while (w >= 0 && start < starts[w]!) w--;
    if (w >= 0) out[w]! += end - start;
  }
  return out;
}

/** The content process main thread that loaded the page most often. */
function pageThread(p: GeckoProfile, path: string): GeckoThread {
  const main = allThreads(p).filter((t) => t.name === 'GeckoMain' && t.processName !== 'Parent Process');
  const best = main.reduce<GeckoThread | null>(
    (a, b) => (a && loadStarts(a, path).length >= loadStarts(b, path).length ? a : b),
    null,
  );
  if (!best || loadStarts(best, path).length === 0) throw new Error(`profile: no thread loaded ${path}`);
  return best;
}

interface Sampled {
  /** Per load window: all CPU, the extension's CPU, and that split by part. */
  windows: { cpu: number; ext: number; parts: Map<string, number> }[];
}

/** CPU of each sample (threadCPUDelta: CPU since the previous sample) charged to its stack. */
function sampleCpu(p: GeckoProfile, t: GeckoThread, starts: number[]): Sampled {
  const toMs = p.meta.sampleUnits?.threadCPUDelta === 'µs' ? 1e-3 : 1e-6;
  const [stackCol, timeCol, cpuCol] = [
    col(t.samples, 'stack'),
    col(t.samples, 'time'),
    col(t.samples, 'threadCPUDelta'),
  ];
  const [prefixCol, frameCol] = [col(t.stackTable, 'prefix'), col(t.stackTable, 'frame')];
  const locCol = col(t.frameTable, 'location');
  const frameName = (f: number) => t.stringTable[t.frameTable.data[f]![locCol] as number] ?? '';
  const kind = new Map<number, string | null>();
  // The part of a stack, or null when no frame of it is the extension's; memoised per stack.
  const partOf = (stack: number): string | null => {
    const known = kind.get(stack);
    if (known !== undefined) return known;
    const names: string[] = [];
    for (let s: number | null = stack; s !== null; s = t.stackTable.data[s]![prefixCol] as number | null)
      names.push(frameName(t.stackTable.data[s]![frameCol] as number));
    let part: string | null = null;
    if (names.some((n) => EXTENSION_FRAME.test(n)))
      part = PARTS.find(([, re]) => names.some((n) => re.test(n)))?.[0] ?? 'other extension code';
    kind.set(stack, part);
    return part;
  };
  const windows: Sampled['windows'] = starts.map(() => ({ cpu: 0, ext: 0, parts: new Map() }));
  let w = -1;
  for (const r of t.samples.data) {
    const time = r[timeCol] as number;
    while (w + 1 < starts.length && time >= starts[w + 1]!) w++;
    if (w < 0) continue;
    const cpu = ((r[cpuCol] as number | null) ?? 0) * toMs;
    const win = windows[w]!;
    win.cpu += cpu;
    const stack = r[stackCol] as number | null;
    const part = stack === null ? null : partOf(stack);
    if (part === null) continue;
    win.ext += cpu;
    win.parts.set(part, (win.parts.get(part) ?? 0) + cpu);
  }
  return { windows };
}

/** The profile is written while Firefox shuts down, possibly after the connection closed: wait for it. */
async function readProfile(file: string): Promise<GeckoProfile> {
  let last: unknown;
  for (let i = 0; i < 150; i++) {
    if (existsSync(file))
      try {
        return JSON.parse(readFileSync(file, 'utf8')) as GeckoProfile;
      } catch (err) {
        last = err; // still being written
      }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`no complete profile from Firefox: ${String(last)}`);
}

interface RunOut {
  thread: GeckoThread;
  profile: GeckoProfile;
  starts: number[];
}

/** Loads `url` `loads` times in a fresh Firefox under the Gecko profiler; returns the page's thread. */
async function profiledRun(opts: {
  url: string;
  loads: number;
  extensionDir?: string;
  sampleMs: number;
  stacks: boolean;
}): Promise<RunOut> {
  const dir = mkdtempSync(join(tmpdir(), 'kontext-bench-gecko-'));
  const file = join(dir, 'profile.json');
  const env: Record<string, string> = {
    MOZ_PROFILER_STARTUP: '1',
    MOZ_PROFILER_SHUTDOWN: file,
    MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
    // Without stacks the sampler only reads each thread's CPU clock (the thread is not interrupted);
    // markers (Glean's stopwatch among them) are recorded either way.
    MOZ_PROFILER_STARTUP_FEATURES: opts.stacks
      ? 'js,cpu,nomarkerstacks'
      : 'nostacksampling,cpu,nomarkerstacks',
    MOZ_PROFILER_STARTUP_INTERVAL: String(opts.sampleMs),
  };
  try {
    const b = await launchFirefox(opts.extensionDir, { env });
    try {
      const page = await b.newPage();
      for (let i = 0; i < opts.loads; i++) {
        // A distinct address per load: Firefox rejects some repeated navigations to a saved page
        // ("Address rejected"); a failed load is left out (the loads are counted from the profile).
        await page.goto(`${opts.url}?load=${i}`).catch(() => undefined);
        // document_idle: Firefox injects after the load settles; leave it time before navigating on.
        await new Promise((done) => setTimeout(done, 60));
      }
    } finally {
      await b.close();
    }
    const profile = await readProfile(file);
    const path = new URL(opts.url).pathname;
    const thread = pageThread(profile, path);
    return { thread, profile, starts: loadStarts(thread, path) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function profileFirefoxDetector(
  extensionDir: string,
  cases: PageCase[],
  opts: { loads: number; sampleMs: number; sampled: boolean; log: (line: string) => void },
): Promise<FirefoxProfileResult[]> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) return [];
  const out: FirefoxProfileResult[] = [];
  for (const c of cases.filter((x) => x.kind === 'bail-out')) {
    try {
      const run = { url: c.url, loads: opts.loads, sampleMs: opts.sampleMs };
      const plain = await profiledRun({ ...run, extensionDir, stacks: false });
      const inj = injections(plain.thread);
      if (inj.length === 0) throw new Error('no injection timed (no Glean markers in this Firefox?)');
      const cpu = cpuInSpans(plain.profile, plain.thread, inj);
      const r: FirefoxProfileResult = {
        browser: 'firefox',
        case: c.id,
        kind: c.kind,
        loads: plain.starts.length,
        injections: inj.length,
        injectFirstMs: inj[0]!.ms,
        injectMs: summarize(inj.slice(1).map((i) => i.ms)),
        injectCpuFirstMs: cpu[0]!,
        injectCpuMs: summarize(cpu.slice(1)),
        styleMs: summarize(styleMsPerLoad(plain.thread, plain.starts).slice(1)),
      };
      if (opts.sampled) {
        const withExt = await profiledRun({ ...run, extensionDir, stacks: true });
        const control = await profiledRun({ ...run, stacks: true });
        const s = sampleCpu(withExt.profile, withExt.thread, withExt.starts).windows;
        const k = sampleCpu(control.profile, control.thread, control.starts).windows;
        const later = s.slice(1);
        const parts = new Map<string, number>();
        for (const w of later) for (const [p, ms] of w.parts) parts.set(p, (parts.get(p) ?? 0) + ms);
        r.sampled = {
          intervalMs: withExt.profile.meta.interval,
          extMs: summarize(later.map((w) => w.ext)),
          extFirstMs: s[0]?.ext ?? Number.NaN,
          compileFirstMs: s[0]?.parts.get('compile/preload') ?? 0,
          parts: [...parts]
            .map(([part, ms]) => ({ part, ms: ms / Math.max(1, later.length) }))
            .sort((a, b) => b.ms - a.ms),
          injectSampledMs: summarize(
            cpuInSpans(withExt.profile, withExt.thread, injections(withExt.thread)).slice(1),
          ),
          pageCpuMs: summarize(later.map((w) => w.cpu)),
          pageCpuNoExtMs: summarize(k.slice(1).map((w) => w.cpu)),
          controlExtMs: summarize(k.slice(1).map((w) => w.ext)),
          styleNoExtMs: summarize(styleMsPerLoad(control.thread, control.starts).slice(1)),
        };
      }
      out.push(r);
      opts.log(
        `  firefox profiler ${c.id}: injection ${r.injectMs.median.toFixed(3)} ms wall, ${r.injectCpuMs.median.toFixed(3)} ms CPU (first ${r.injectFirstMs.toFixed(2)}/${r.injectCpuFirstMs.toFixed(2)}), ${r.injections}/${r.loads} injections${r.sampled ? `; sampled extension CPU ${r.sampled.extMs.median.toFixed(2)} ms/load (first ${r.sampled.extFirstMs.toFixed(2)})` : ''}`,
      );
    } catch (err) {
      opts.log(`  firefox profiler ${c.id}: FAILED ${String(err).slice(0, 300)}`);
    }
  }
  return out;
}

// `npx tsx scripts/bench/firefox-profile.ts <firefox-mv2 dir> [loads] [--stacks]`: the generated front
// page only, e.g. to compare two builds or a variant of the content script.
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const [dir = join(import.meta.dirname, '../../.output/firefox-mv2'), loads = '100'] = process.argv
    .slice(2)
    .filter((a) => !a.startsWith('--'));
  const { startServer } = await import('../serve');
  const { frontPage } = await import('./generate');
  const { writeFileSync } = await import('node:fs');
  const pages = mkdtempSync(join(tmpdir(), 'kontext-bench-pages-'));
  writeFileSync(join(pages, 'front-page.html'), frontPage());
  const site = await startServer({ root: pages });
  try {
    const page = { id: 'front page', kind: 'bail-out' as const, url: `${site.url}front-page.html` };
    const r = await profileFirefoxDetector(resolve(dir), [{ ...page, detectUrl: '', bytes: 0 }], {
      loads: Number(loads),
      sampleMs: 0.1,
      sampled: process.argv.includes('--stacks'),
      log: console.log,
    });
    console.log(JSON.stringify(r, null, 1));
  } finally {
    await site.close();
    rmSync(pages, { recursive: true, force: true });
  }
}
