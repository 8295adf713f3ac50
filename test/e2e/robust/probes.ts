// Page-side probes for the robustness suite, as JavaScript source evaluated in the page's main world
// (see scripts/page-probe.ts on why strings). They rely only on the content-script contract in
// COMMON.md: kontext-* CSS highlights, the localhost test-state hook, <kontext-popover data-kontext-ui>.

import { pollUntil } from '../../../scripts/page-probe';

export interface HighlightCount {
  /** Ranges over all kontext-person/-place/-organisation/-term highlights (any mark look). */
  ranges: number;
  /** Ranges that cover the same text as another one (painted twice). */
  duplicates: number;
  /** Ranges whose start node lies inside something a reader edits or never reads. */
  inEditable: number;
  /** Ranges whose text node is no longer in the document (painted over removed text). */
  stale: number;
  /** Ranges inside a shadow root. */
  inShadow: number;
  /** Marked texts, in document order. */
  texts: string[];
}

/** Evaluates to HighlightCount for `document` (or a same-origin iframe's document when `frame` is set). */
export const probeHighlights = (frame = false) => `(() => {
  const doc = ${frame ? "document.querySelector('iframe').contentDocument" : 'document'};
  const win = doc.defaultView;
  const reg = win.CSS && win.CSS.highlights;
  const out = { ranges: 0, duplicates: 0, inEditable: 0, inShadow: 0, stale: 0, texts: [] };
  if (!reg) return out;
  const seen = new Set();
  const ids = new WeakMap(); // not Map: a hostile fixture replaces Map.prototype.get
  let nextId = 0;
  const list = [];
  for (const [name, hl] of reg) {
    if (!/^kontext-(person|place|organisation|term)/.test(name)) continue;
    for (const r of hl) {
      out.ranges++;
      const n = r.startContainer;
      if (!n.isConnected) { out.stale++; continue; }
      if (!ids.has(n)) ids.set(n, nextId++);
      const id = ids.get(n) + ':' + r.startOffset + ':' + r.endOffset;
      if (seen.has(id)) out.duplicates++;
      seen.add(id);
      if (n.getRootNode() instanceof win.ShadowRoot) out.inShadow++;
      const el = n.nodeType === 1 ? n : n.parentElement;
      if (el && el.closest('textarea, input, [contenteditable]:not([contenteditable=false]), script, style')) out.inEditable++;
      const range = doc.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      list.push(range);
    }
  }
  list.sort((a, b) => { try { return a.compareBoundaryPoints(Range.START_TO_START, b); } catch { return 0; } });
  for (const r of list) out.texts.push(r.toString()); // no Array.prototype.map: pages may replace it
  return out;
})()`;

// The test hook's shape and probe are the delivery suite's: one definition for both suites.
export { PROBE_TEST_STATE as PROBE_STATE, type TestState } from '../../../scripts/page-probe';

/**
 * Init script: the DOM as parsed at DOMContentLoaded (before document_idle content scripts), a
 * main-world heartbeat that records the longest gap between 10 ms timer ticks (what a reader feels
 * as a frozen page, in both browsers), and Chromium's long-task entries.
 */
export const INIT_WATCH = `(() => {
  document.addEventListener('DOMContentLoaded', () => {
    window.__robustBefore = document.documentElement.outerHTML;
  }, { once: true });
  const w = (window.__robust = { maxGap: 0, gaps: [], longTasks: [] });
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    const gap = now - last - 10;
    if (gap > w.maxGap) w.maxGap = gap;
    if (gap > 50) w.gaps.push([Math.round(last), Math.round(gap)]);
    last = now;
  }, 10);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

export interface Watch {
  maxGap: number;
  gaps: [number, number][];
  longTasks: [number, number][];
}
export const PROBE_WATCH = 'window.__robust ?? null';
export const RESET_WATCH = `(() => { const w = window.__robust; if (w) { w.maxGap = 0; w.gaps = []; w.longTasks = []; } })()`;

/** {before, now}: the DOMContentLoaded snapshot and the live DOM, both without <kontext-popover>. */
export const PROBE_DOM = `(() => {
  const copy = document.documentElement.cloneNode(true);
  for (const el of copy.querySelectorAll('kontext-popover')) el.remove();
  return { before: window.__robustBefore ?? null, now: copy.outerHTML };
})()`;

/** The live DOM serialised without Kontext's own host. */
export const PROBE_DOM_NOW = `(() => {
  const copy = document.documentElement.cloneNode(true);
  for (const el of copy.querySelectorAll('kontext-popover')) el.remove();
  return copy.outerHTML;
})()`;

export const PROBE_HOSTS = `document.querySelectorAll('kontext-popover').length`;

export interface CardState {
  open: boolean;
  name: string;
  background: string;
  width: number;
}

export const PROBE_CARD = `(() => {
  const hosts = document.querySelectorAll('kontext-popover');
  const host = hosts[hosts.length - 1];
  const card = host && host.shadowRoot && host.shadowRoot.querySelector('.card');
  if (!card || !card.getClientRects().length) return { open: false, name: '', background: '', width: 0 };
  const r = card.getBoundingClientRect();
  const nameEl = card.querySelector('.card-name, .card__name, h2, h3');
  return { open: r.width > 0 && r.height > 0, name: nameEl ? nameEl.textContent.trim() : '',
    background: getComputedStyle(card).backgroundColor, width: r.width };
})()`;

/** The first client rect of the first mark whose text matches `re`, or null. */
export const probeMarkRect = (re: string) => `(() => {
  const re = new RegExp(${JSON.stringify(re)});
  for (const [name, hl] of CSS.highlights) {
    if (!/^kontext-(person|place|organisation|term)/.test(name)) continue;
    for (const r of hl) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (!re.test(range.toString())) continue;
      const rect = range.getClientRects()[0];
      if (rect && rect.y > 0 && rect.y < innerHeight - 40) return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }
  }
  return null;
})()`;

/** Polls `probe` until `done` holds or `timeoutMs` passes (the delivery suite's loop, every 150 ms). */
export const poll = <T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
  intervalMs = 150,
) => pollUntil(probe, done, timeoutMs, intervalMs);

export const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Every content script answering the test hook within 1 s (an orphaned old one answers too). */
export const PROBE_ALL_STATES = `new Promise((resolve) => {
  const got = [];
  function on(e) {
    if (e.source === window && e.data && e.data.type === 'kontext:test-state') got.push(e.data.status + ':' + e.data.marks.length);
  }
  addEventListener('message', on);
  postMessage({ type: 'kontext:test-state?' }, '*');
  setTimeout(() => { removeEventListener('message', on); resolve(got); }, 1000);
})`;
