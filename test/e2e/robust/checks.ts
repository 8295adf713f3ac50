import {
  type HighlightCount,
  PROBE_DOM,
  PROBE_DOM_NOW,
  PROBE_STATE,
  PROBE_WATCH,
  poll,
  probeHighlights,
  RESET_WATCH,
  type TestState,
  type Watch,
} from './probes';
import type { RobustBrowser, RobustPage } from './session';

// Steps shared by the real-pages suite and the fixture suite.

export const SITE_ON = { enabled: true, disabledSites: ['localhost'] };
export const SITE_OFF = { enabled: true, disabledSites: ['127.0.0.1', 'localhost'] };

export const state = (p: RobustPage) => p.evaluate<TestState | null>(PROBE_STATE);
export const highlights = (p: RobustPage, frame = false) =>
  p.evaluate<HighlightCount>(probeHighlights(frame));
export const watch = (p: RobustPage) => p.evaluate<Watch | null>(PROBE_WATCH);
export const domNow = (p: RobustPage) => p.evaluate<string>(PROBE_DOM_NOW);
export const domVsParsed = (p: RobustPage) => p.evaluate<{ before: string | null; now: string }>(PROBE_DOM);

/** Waits for the content script's verdict: 'ready' (or 'error'), else whatever it says after `quietMs`. */
export async function settle(
  p: RobustPage,
  expectArticle: boolean,
  quietMs = 2500,
): Promise<TestState | null> {
  if (expectArticle)
    return poll(
      () => state(p),
      (s) => s?.status === 'ready' || s?.status === 'error',
      20_000,
      200,
    );
  await new Promise((ok) => setTimeout(ok, quietMs));
  return state(p);
}

/** Milliseconds of the last "[Kontext] annotated in X ms" debug line (localhost only), or null. */
export function annotatedMs(p: RobustPage): number | null {
  const line = p
    .messages()
    .reverse()
    .find((m) => /\[Kontext\] annotated in/.test(m));
  const ms = line?.match(/annotated in ([\d.]+) ms/)?.[1];
  return ms ? Number(ms) : null;
}

/** Console lines and errors from Kontext other than its localhost timing line. */
export function kontextComplaints(p: RobustPage): string[] {
  return p
    .messages()
    .filter((m) => /kontext/i.test(m) && !/annotated in [\d.]+ ms/.test(m))
    .filter((m) => !/^(debug|log|info):/.test(m) || /error|exception/i.test(m));
}

/** Layout fingerprint: page height and the boxes of the first 60 paragraphs/headings. */
export const PROBE_LAYOUT = `(() => {
  const els = [...document.querySelectorAll('p, h1, h2, h3, li')].slice(0, 60);
  return JSON.stringify([document.documentElement.scrollHeight,
    ...els.map((e) => { const r = e.getBoundingClientRect(); return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]; })]);
})()`;

export interface ToggleOutcome {
  offRanges: number;
  offDomSame: boolean;
  onRanges: number;
  duplicates: number;
  sameTexts: boolean;
  /** Longest main-thread stall while switching on again (heartbeat in the page), ms. */
  maxGap: number | null;
}

/** Switches the site off, checks no trace is left, switches it on again, checks no duplicates. */
export async function toggleOffOn(
  b: RobustBrowser,
  p: RobustPage,
  first: HighlightCount,
  domBefore: string,
): Promise<ToggleOutcome> {
  await b.setSettings(SITE_OFF);
  const off = await poll(
    () => highlights(p),
    (h) => h.ranges === 0,
    8000,
  );
  const offDomSame = (await domNow(p)) === domBefore;
  await p.evaluate(RESET_WATCH);
  await b.setSettings(SITE_ON);
  const on = await poll(
    () => highlights(p),
    (h) => h.ranges >= first.ranges,
    10_000,
  );
  // A moment longer: a second, duplicate pass would show up now.
  await new Promise((ok) => setTimeout(ok, 400));
  const again = await highlights(p);
  return {
    offRanges: off.ranges,
    offDomSame,
    onRanges: again.ranges || on.ranges,
    duplicates: again.duplicates,
    sameTexts: JSON.stringify(again.texts) === JSON.stringify(first.texts),
    maxGap: (await watch(p))?.maxGap ?? null,
  };
}

/**
 * Requests the page made with Kontext on that the same page did not make with Kontext off (loaded
 * from the other host name), and any that leave localhost. Compared by path: the host differs.
 */
export function extraRequests(withKontext: string[], baseline: string[], port: number): string[] {
  const key = (u: string) => {
    try {
      const url = new URL(u);
      return url.port === String(port) ? `local${url.pathname}${url.search}` : u;
    } catch {
      return u;
    }
  };
  const base = new Set(baseline.map(key));
  return withKontext.filter(
    (u) => !base.has(key(u)) && !/^(data|blob|chrome-extension|moz-extension|about):/.test(u),
  );
}

export const ok = (pass: boolean, detail = ''): string => (pass ? 'ok' : `FAIL${detail ? ` ${detail}` : ''}`);
