// Page-side probes shared by `npm start -- --headless` and the end-to-end tests. Each probe is
// JavaScript SOURCE evaluated in the page's main world: passing compiled functions to
// page.evaluate breaks when the TypeScript loader wraps them in helpers (`__name`) the page lacks.
//
// Contract with the content script (see COMMON.md): marks are CSS Custom Highlights named
// kontext-<type>; the main world sees them in Chromium and Firefox (both share the document's
// HighlightRegistry across worlds, checked 2026-11-26). If it does not, the content script answers
// window.postMessage({type: 'kontext:test-state?'}) on localhost with its marks.

export interface MarkRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ProbedMark {
  /** The marked text as the DOM has it (soft hyphens included). */
  text: string;
  type: string;
  entityId?: string;
  /** The whitespace-delimited word around the mark, edge punctuation stripped: "Nato-Verbündeten". */
  word: string;
  /** First client rect of the mark, for hovering. */
  rect: MarkRect | null;
  /** Nearest landmark: article, nav, aside, footer, header (outside the article) or body. */
  landmark: string;
}

export interface ProbeResult {
  source: 'highlights' | 'test-state' | 'none';
  marks: ProbedMark[];
  enabled?: boolean;
  status?: string;
}

export const MARK_TYPES = ['person', 'place', 'organisation', 'term'] as const;

/** Evaluates to Promise<ProbeResult>. */
export const PROBE_MARKS = `(async () => {
  const TYPES = ${JSON.stringify(MARK_TYPES)};
  const strip = (s) => s.replace(/^[\\s„“”"'‚‘’«»(\\[]+|[\\s„“”"'‚‘’«»)\\].,;:!?]+$/g, '');
  const landmarkOf = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return 'body';
    if (el.closest('article')) return 'article';
    const hit = el.closest('nav, aside, footer, header, main');
    return hit ? hit.localName : 'body';
  };
  const describe = (range, type, entityId) => {
    const text = range.toString();
    const sc = range.startContainer, ec = range.endContainer;
    const before = sc.nodeType === 3 ? sc.data.slice(0, range.startOffset).match(/\\S*$/)[0] : '';
    const after = ec.nodeType === 3 ? ec.data.slice(range.endOffset).match(/^\\S*/)[0] : '';
    const r = range.getClientRects()[0];
    const mark = { text, type, word: strip(before + text + after), landmark: landmarkOf(sc),
      rect: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null };
    if (entityId) mark.entityId = entityId;
    return { mark, range };
  };
  const found = [];
  const registry = globalThis.CSS && CSS.highlights;
  if (registry) {
    for (const type of TYPES) {
      const hl = registry.get('kontext-' + type);
      if (!hl) continue;
      for (const sr of hl) {
        const range = document.createRange();
        range.setStart(sr.startContainer, sr.startOffset);
        range.setEnd(sr.endContainer, sr.endOffset);
        found.push(describe(range, type));
      }
    }
  }
  if (found.length) {
    found.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return { source: 'highlights', marks: found.map((f) => f.mark) };
  }
  const state = await new Promise((resolve) => {
    const timer = setTimeout(() => { removeEventListener('message', on); resolve(null); }, 1000);
    function on(e) {
      if (e.source !== window || !e.data || e.data.type !== 'kontext:test-state') return;
      clearTimeout(timer); removeEventListener('message', on); resolve(e.data);
    }
    addEventListener('message', on);
    postMessage({ type: 'kontext:test-state?' }, '*');
  });
  if (!state) return { source: 'none', marks: [] };
  const marks = (state.marks || []).map((m) => ({ text: m.text, type: m.type, entityId: m.entityId,
    word: strip(m.text), rect: null, landmark: 'unknown' }));
  return { source: marks.length ? 'test-state' : 'none', marks, enabled: state.enabled, status: state.status };
})()`;

export interface PopoverState {
  open: boolean;
  name: string | null;
  text: string;
  links: string[];
  rect: MarkRect | null;
  /** Elements other than <kontext-popover> directly under <html> or <body> that look like ours. */
  hosts: number;
}

/** Evaluates to PopoverState: the card in <kontext-popover>'s open shadow root. */
export const PROBE_POPOVER = `(() => {
  const hosts = document.querySelectorAll('kontext-popover');
  const host = hosts[hosts.length - 1];
  const card = host && host.shadowRoot && host.shadowRoot.querySelector('.card');
  const visible = !!card && card.getClientRects().length > 0 && getComputedStyle(host).visibility !== 'hidden'
    && getComputedStyle(card).visibility !== 'hidden' && !host.hidden;
  const r = visible ? card.getBoundingClientRect() : null;
  // '.card-name' is the contract; the card component spells it BEM-style ('.card__name').
  const nameEl = card && card.querySelector('.card-name, .card__name');
  return {
    open: visible,
    name: visible && nameEl ? nameEl.textContent.replace(/\\u00ad/g, '').trim() : null,
    text: visible ? card.textContent.replace(/\\u00ad/g, '').replace(/\\s+/g, ' ').trim() : '',
    links: visible ? [...card.querySelectorAll('a[href]')].map((a) => a.href) : [],
    rect: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
    hosts: hosts.length,
  };
})()`;

/**
 * Evaluates to {live, served}: the live document serialised without <kontext-popover>, and the
 * same address fetched and parsed without running anything — the DOM as it was before Kontext.
 */
export const PROBE_DOM_VS_SERVED = `(async () => {
  const clean = (root) => {
    const copy = root.cloneNode(true);
    for (const el of copy.querySelectorAll('kontext-popover')) el.remove();
    return copy.outerHTML;
  };
  const html = await (await fetch(location.href, { cache: 'no-store' })).text();
  const served = new DOMParser().parseFromString(html, 'text/html');
  return { live: clean(document.documentElement), served: clean(served.documentElement) };
})()`;

export interface PopupEntityItem {
  id: string | null;
  /** The entity type of the group the item sits in. */
  group: string | null;
  text: string;
}

/**
 * Evaluates to PopupEntityItem[] in the popup page: items carrying data-entity-id (the contract), or
 * else the list items inside the per-type groups (`.group[data-type]`).
 */
export const PROBE_POPUP_ENTITIES = `(() => {
  let items = [...document.querySelectorAll('[data-entity-id]')];
  if (!items.length) items = [...document.querySelectorAll('.group[data-type] li')];
  return items.map((el) => {
    const group = el.closest('[data-type]');
    return {
      id: el.getAttribute('data-entity-id'),
      group: group ? group.getAttribute('data-type') : el.getAttribute('data-entity-type'),
      text: el.textContent.replace(/\\u00ad/g, '').replace(/\\s+/g, ' ').trim(),
    };
  });
})()`;

export interface TestState {
  status: string;
  enabled: boolean;
  marks: { text: string; entityId: string; type: string | null }[];
}

/** Evaluates to the content script's answer to the localhost test hook, or null (no content script). */
export const PROBE_TEST_STATE = `new Promise((resolve) => {
  const timer = setTimeout(() => { removeEventListener('message', on); resolve(null); }, 1000);
  function on(e) {
    if (e.source !== window || !e.data || e.data.type !== 'kontext:test-state') return;
    clearTimeout(timer); removeEventListener('message', on); resolve(e.data);
  }
  addEventListener('message', on);
  postMessage({ type: 'kontext:test-state?' }, '*');
})`;

/** Polls `probe` until `done` holds or `timeoutMs` passes; returns the last value. */
export async function pollUntil<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
  intervalMs = 100,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value) && Date.now() < end) {
    await new Promise((ok) => setTimeout(ok, intervalMs));
    value = await probe();
  }
  return value;
}
