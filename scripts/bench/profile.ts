// Chromium CPU profiles of one page-context call (CDP Profiler), summarised as the functions with the
// most self time, so a missed target comes with the place in the code that costs the time.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { CDPSession } from 'playwright-core';

/** The page bundle's script name (page-bundle.ts appends it as a sourceURL). */
export const BUNDLE_URL = 'kontext-bench-page.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface HotFunction {
  fn: string;
  /** Bundle line (the page bundle is unminified, so its functions carry their lib/ names). */
  where: string;
  selfMs: number;
  selfPct: number;
}

/**
 * Bundle line → source module: esbuild's unminified output starts every module with a `// path`
 * comment, so a line maps to the last such comment above it.
 */
export function moduleLines(bundle: string): (line: number) => string {
  const starts: { line: number; file: string }[] = [];
  bundle.split('\n').forEach((text, i) => {
    const m = /^\s*\/\/ ((?:lib|components|entrypoints|scripts|node_modules)\/\S+\.[jt]sx?)$/.exec(text);
    if (m) starts.push({ line: i + 1, file: m[1]!.replace(/^node_modules\//, '') });
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]!.line <= line) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? starts[lo - 1]!.file : '?';
  };
}

export async function profileCall(
  cdp: CDPSession,
  run: () => Promise<unknown>,
  file?: string,
  moduleOf?: (line: number) => string,
): Promise<{ totalMs: number; top: HotFunction[] }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.send('Profiler.disable');
  if (file) writeFileSync(file, JSON.stringify(profile));
  return { totalMs: (profile.endTime - profile.startTime) / 1000, top: hotFunctions(profile, 12, moduleOf) };
}

/** Self time per function from the samples (time delta i belongs to sample i). */
export function hotFunctions(
  profile: Profile,
  count = 12,
  moduleOf?: (line: number) => string,
): HotFunction[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { fn: string; where: string; us: number }>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const dt = profile.timeDeltas[i + 1] ?? 0;
    total += dt;
    const cf = n.callFrame;
    const fn = (cf.functionName || '(anonymous)').slice(0, 60);
    if (fn === '(idle)' || fn === '(program)') return;
    const where =
      (cf.url === BUNDLE_URL || cf.url.endsWith('/node-entry.mjs')) && moduleOf
        ? moduleOf(cf.lineNumber + 1)
        : cf.url
          ? `${cf.url.replace(/^.*\//, '')}:${cf.lineNumber + 1}`
          : '';
    const key = `${fn}@${where}`;
    const cur = self.get(key) ?? { fn, where, us: 0 };
    cur.us += dt;
    self.set(key, cur);
  });
  return [...self.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, count)
    .map((s) => ({
      fn: s.fn,
      where: s.where,
      selfMs: s.us / 1000,
      selfPct: total ? (100 * s.us) / total : 0,
    }));
}

/** The same for work in this Node process (node:inspector), e.g. the analyser over the corpus. */
export async function profileNode(
  run: () => void,
  file: string,
  moduleOf: (line: number) => string,
): Promise<{ totalMs: number; top: HotFunction[] }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  run();
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  writeFileSync(file, JSON.stringify(profile));
  return { totalMs: (profile.endTime - profile.startTime) / 1000, top: hotFunctions(profile, 12, moduleOf) };
}

/** Self time per script (file name), for code without useful function names (a minified bundle). */
export function selfByScript(profile: Profile): { script: string; selfMs: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const cf = byId.get(id)?.callFrame;
    if (!cf) return;
    const key = cf.url ? cf.url.replace(/^.*\//, '') : cf.functionName || '(anonymous)';
    if (key === '(idle)') return;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  return [...self.entries()]
    .map(([script, us]) => ({ script, selfMs: us / 1000 }))
    .sort((a, b) => b.selfMs - a.selfMs);
}

export async function profileScripts(
  cdp: CDPSession,
  run: () => Promise<unknown>,
): Promise<{ script: string; selfMs: number }[]> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.send('Profiler.disable');
  return selfByScript(profile);
}
