import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../../lib/messages';
import { PROBE_MARKS, type ProbeResult, pollUntil } from '../../../scripts/page-probe';
import { type Served, startServer } from '../../../scripts/serve';
import { parseCsv } from './csv';
import type { PageDriver } from './driver';
import { DEMO_DIR, ROOT } from './paths';

const FIXTURES_DIR = `${ROOT}/test/e2e/fixtures`;

// Issue 6's controls, one check list for both browsers: shortcuts, badge, settings applied live, the
// commands, text added after load, the popup's exports, and a site outside the news list. What only one
// browser can do (Chromium's toolbar click, Firefox's prompt-free permission grant) is added by its
// entry file through defineSiteChecks.

/** *.localhost resolves to this machine but is not the built-in http://localhost/* site. */
export const EXTRA_HOST = 'kontext-extra.localhost';
export const EXTRA_PATTERN = `http://${EXTRA_HOST}/*`;

/** One browser with the built extension loaded, as the controls checks need it. */
export interface ControlsBrowser {
  name: 'chromium' | 'firefox';
  /** A new tab at `url` and the id the extension knows it by (found by diff: see openTab's callers). */
  openTab(url: string): Promise<{ page: PageDriver; tabId: number }>;
  /** Evaluates `source` where the extension's APIs are, with them bound to `ext` (chrome / browser). */
  api<T>(source: string): Promise<T>;
  /** The toolbar button's API: MV3's `action`, MV2's `browserAction`. */
  action: 'action' | 'browserAction';
  /** The toolbar popup for `tabId`, opened as a page of its own, once `selector` is in it. */
  openPopup(tabId: number, selector: string): Promise<PageDriver>;
  close(): Promise<void>;
}

export interface ControlsContext<B extends ControlsBrowser> {
  bt: B;
  server: Served;
  /** The demo article's tab. */
  page: PageDriver;
  tabId: number;
  /** The demo's marks once annotated, before any check changed settings. */
  initial: ProbeResult;
}

export const marks = (page: PageDriver) => page.evaluate<ProbeResult>(PROBE_MARKS);
/** The page's marks once there are any (after `ms`, whatever there is: the caller's expect says). */
export const annotated = (page: PageDriver, ms = 5000, every = 100) =>
  pollUntil(
    () => marks(page),
    (r) => r.marks.length > 0,
    ms,
    every,
  );
const types = (r: ProbeResult) => new Set(r.marks.map((m) => m.type));
export const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const ACTIVE_MARK = `(() => {
  const hl = globalThis.CSS && CSS.highlights && CSS.highlights.get('kontext-active');
  const sr = hl && [...hl][0];
  if (!sr) return null;
  const r = document.createRange(); // highlights may hold StaticRanges, which have no geometry
  r.setStart(sr.startContainer, sr.startOffset);
  r.setEnd(sr.endContainer, sr.endOffset);
  return r.toString() + ' @' + Math.round(r.getBoundingClientRect().top + scrollY);
})()`;

export const tabState = (bt: ControlsBrowser, id: number) =>
  bt.api<TabState>(`ext.tabs.sendMessage(${id}, { type: 'popup:get-state' })`);
export const granted = (bt: ControlsBrowser, pattern: string) =>
  bt.api<boolean>(`ext.permissions.contains({ origins: [${JSON.stringify(pattern)}] })`);
export const storedSites = (bt: ControlsBrowser) =>
  bt.api<{ extraSites?: string[] }>(`ext.storage.local.get('extraSites')`).then((r) => r.extraSites);
const badge = (bt: ControlsBrowser, id: number) =>
  bt.api<string>(`ext.${bt.action}.getBadgeText({ tabId: ${id} })`);
const setSettings = (bt: ControlsBrowser, value: unknown) =>
  bt.api(`ext.storage.local.set({ settings: ${JSON.stringify(value)} })`);
/**
 * What the background does on commands.onCommand. Automation cannot press browser-level shortcuts
 * (headless Chromium and Firefox alike), so the checks send the message the shortcut would send.
 */
const sendCommand = (bt: ControlsBrowser, id: number, command: string) =>
  bt.api(`ext.tabs.sendMessage(${id}, { type: 'bg:command', command: ${JSON.stringify(command)} })`);

/** Defines the shared checks in the surrounding describe; the returned getter is valid inside tests. */
export function defineControlsSuite<B extends ControlsBrowser>(
  create: () => Promise<B>,
): () => ControlsContext<B> {
  const ctx = {} as ControlsContext<B>;

  beforeAll(async () => {
    ctx.server = await startServer({ root: DEMO_DIR });
    ctx.bt = await create();
    ({ page: ctx.page, tabId: ctx.tabId } = await ctx.bt.openTab(ctx.server.url));
    ctx.initial = await annotated(ctx.page, 15_000, 150);
    await ctx.page.bringToFront();
  });

  afterAll(async () => {
    await ctx.bt?.close();
    await ctx.server?.close();
  });

  it('gets a default shortcut for every command (none taken by the browser)', async () => {
    const { bt } = ctx;
    const commands = await bt.api<{ name: string; shortcut?: string }[]>('ext.commands.getAll()');
    // _execute_action (MV3) / _execute_browser_action (MV2) is the toolbar button's own, not ours.
    const ours = commands.filter((c) => !c.name.startsWith('_execute_'));
    expect(ours.map((c) => c.name).sort()).toEqual(['next-mark', 'previous-mark', 'toggle-annotations']);
    for (const c of ours) expect(c.shortcut, `${c.name} has a shortcut`).toBeTruthy();
    console.log(`[e2e] ${bt.name} shortcuts: ${ours.map((c) => `${c.name}=${c.shortcut}`).join(', ')}`);
  });

  it('shows the number of distinct entities on the toolbar badge', async () => {
    const { bt, tabId } = ctx;
    const distinct = new Set((await tabState(bt, tabId)).mentions.map((m) => m.entityId)).size;
    expect(distinct).toBeGreaterThan(5);
    expect(
      await pollUntil(
        () => badge(bt, tabId),
        (b) => b !== '',
        5000,
      ),
    ).toBe(String(distinct));
  });

  it('applies changed options to the open page without a reload', async () => {
    const { bt, page, tabId, initial } = ctx;
    expect(types(initial).has('person')).toBe(true);
    await setSettings(bt, { enabled: true, disabledSites: [], types: { person: false } });
    const noPeople = await pollUntil(
      () => marks(page),
      (r) => !types(r).has('person'),
      3000,
      100,
    );
    expect(types(noPeople).has('person'), 'no kontext-person highlight').toBe(false);
    expect(types(noPeople).has('place'), 'other types stay marked').toBe(true);
    // The badge follows what is marked: the people are gone from it too.
    const all = new Set((await tabState(bt, tabId)).mentions.map((m) => m.entityId)).size;
    const shown = Number(
      await pollUntil(
        () => badge(bt, tabId),
        (b) => Number(b) < all,
        3000,
      ),
    );
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    await setSettings(bt, { enabled: true, disabledSites: [], types: { person: true } });
    const back = await pollUntil(
      () => marks(page),
      (r) => r.marks.length === initial.marks.length,
      3000,
      100,
    );
    expect(back.marks.length).toBe(initial.marks.length);
  });

  it('toggles annotations with the toggle-annotations command', async () => {
    const { bt, page, tabId, initial } = ctx;
    await sendCommand(bt, tabId, 'toggle-annotations');
    const off = await pollUntil(
      () => marks(page),
      (r) => r.marks.length === 0,
      3000,
      100,
    );
    expect(off.marks).toEqual([]);
    expect(
      await pollUntil(
        () => badge(bt, tabId),
        (b) => b === '',
        3000,
      ),
      'badge cleared',
    ).toBe('');
    await sendCommand(bt, tabId, 'toggle-annotations');
    await page.bringToFront();
    const on = await pollUntil(
      () => marks(page),
      (r) => r.marks.length === initial.marks.length,
      5000,
      100,
    );
    expect(on.marks.length).toBe(initial.marks.length);
  });

  it('steps to the next and previous mark with the next-mark / previous-mark commands', async () => {
    const { bt, page, tabId } = ctx;
    const command = async (command: string) => {
      await sendCommand(bt, tabId, command);
      await sleep(150);
      return page.evaluate<string | null>(ACTIVE_MARK);
    };
    const first = await command('next-mark');
    expect(first, 'a mark is active and its card opens').toBeTruthy();
    const second = await command('next-mark');
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    expect(await command('previous-mark'), 'back to the first').toBe(first);
    await page.press('Escape');
  });

  it('marks text appended to the article after load', async () => {
    const { bt, page } = ctx;
    await page.bringToFront();
    const t0 = Date.now();
    await page.evaluate(`(() => {
      const p = document.createElement('p');
      p.id = 'kontext-e2e-appended';
      p.textContent = 'Wolodymyr Selenskyj telefonierte mit Emmanuel Macron.';
      document.querySelector('article').append(p);
    })()`);
    const inNew = (r: ProbeResult) => r.marks.filter((m) => /Selenskyj|Macron/.test(m.text));
    const after = await pollUntil(
      () => marks(page),
      (r) => inNew(r).length >= 2,
      1500,
      50,
    );
    const ms = Date.now() - t0;
    expect(
      inNew(after).map((m) => m.text.replace(/\s+/g, ' ')),
      'both names in the new paragraph',
    ).toEqual(['Wolodymyr Selenskyj', 'Emmanuel Macron']);
    console.log(`[e2e] ${bt.name}: appended paragraph marked after ${ms} ms`);
  });

  it("exports JSON and CSV from the popup that match the page's state", async () => {
    const { bt, page, tabId } = ctx;
    const state = await tabState(bt, tabId);
    const popup = await bt.openPopup(tabId, '.actions .btn');
    try {
      // Capture instead of the clipboard and the download (no reader to paste or save in headless).
      await popup.evaluate(`(() => {
        window.__copied = null; window.__blobs = [];
        navigator.clipboard.writeText = async (t) => { window.__copied = t; };
        const create = URL.createObjectURL;
        URL.createObjectURL = (b) => { window.__blobs.push(b); return create.call(URL, b); };
        HTMLAnchorElement.prototype.click = function () { window.__download = this.download; };
      })()`);
      await popup.click('.actions__buttons .btn:nth-child(1)');
      const json = await pollUntil(
        () => popup.evaluate<string | null>('window.__copied'),
        (t) => t !== null,
        3000,
      );
      const data = JSON.parse(json!) as {
        format: string;
        article: { url: string; title: string | null };
        entities: {
          id: string;
          mentions: { text: string; start: number; end: number; sentence: string }[];
        }[];
      };
      expect(data.format).toBe('kontext-export');
      expect(data.article.url).toBe(page.url());
      expect(data.article.title).toBe(state.page?.title ?? null);
      expect(data.entities.map((e) => e.id).sort()).toEqual(
        [...new Set(state.mentions.map((m) => m.entityId))].sort(),
      );
      const exported = data.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, entityId: e.id })));
      expect(exported.length).toBe(state.mentions.length);
      for (const m of exported) {
        expect(state.text.slice(m.start, m.end), 'offsets point at the mention').toBe(m.text);
        if (m.sentence) expect(m.sentence).toContain(m.text);
      }

      await popup.click('.actions__buttons .btn:nth-child(2)');
      const csv = await pollUntil(
        () => popup.evaluate<string | null>('window.__blobs.length ? window.__blobs[0].text() : null'),
        (t) => t !== null,
        3000,
      );
      expect(await popup.evaluate('window.__download')).toMatch(/\.csv$/);
      const rows = parseCsv(csv!);
      const header = rows[0]!;
      const col = (name: string) => header.indexOf(name);
      expect(col('record')).toBe(0);
      const mentionRows = rows.slice(1).filter((r) => r[0] === 'mention');
      expect(mentionRows.length).toBe(state.mentions.length);
      for (const r of mentionRows) {
        expect(r[col('article_url')]).toBe(page.url());
        const [start, end] = [Number(r[col('start')]), Number(r[col('end')])];
        expect(state.text.slice(start, end)).toBe(r[col('text')]!.replace(/^'/, ''));
      }
    } finally {
      await popup.close();
    }
  });

  it('on a page that is not an article: nothing listens, the popup still says why', async () => {
    const { bt } = ctx;
    const fixtures = await startServer({ root: FIXTURES_DIR });
    const { page, tabId } = await bt.openTab(`${fixtures.url}plain.html`);
    try {
      const hook = await pollUntil(
        () => marks(page),
        (r) => r.status !== undefined,
        3000,
        100,
      );
      expect(hook.status, 'the localhost test hook answers').toBe('not-article');
      // Issue 7: on a page it turns away the detector touches no extension API, so no listener either.
      const asked = await tabState(bt, tabId).then(
        () => 'answered',
        () => 'no listener',
      );
      expect(asked).toBe('no listener');
      // The popup reads the detector's verdict from the page's content-script world instead.
      const popup = await bt.openPopup(tabId, '.notice__reason');
      try {
        expect(
          await popup.evaluate<string>(`document.querySelector('.notice__reason').textContent`),
        ).toContain('no article signal');
      } finally {
        await popup.close();
      }
      await setSettings(bt, { enabled: true, disabledSites: ['127.0.0.1'] });
      const off = await pollUntil(
        () => marks(page),
        (r) => r.status === 'disabled',
        3000,
        100,
      );
      expect(off.enabled).toBe(false);
    } finally {
      await setSettings(bt, { enabled: true, disabledSites: [] });
      await page.close();
      await fixtures.close();
    }
  });

  return () => ctx;
}

export interface ExtraSite {
  url: string;
  page: PageDriver;
  tabId: number;
}

/**
 * A site outside the news list (EXTRA_HOST): the shared check that Kontext stays off there, then the
 * browser's own checks of switching it on, which differ in what automation can do in each browser.
 */
export function defineSiteChecks<B extends ControlsBrowser>(
  context: () => ControlsContext<B>,
  browserChecks: (site: () => ExtraSite) => void,
): void {
  describe('enable on a site outside the news list', () => {
    const site = {} as ExtraSite;

    beforeAll(async () => {
      const { bt, server } = context();
      site.url = server.url.replace('127.0.0.1', EXTRA_HOST);
      Object.assign(site, await bt.openTab(site.url));
    });

    it('does not run there by itself', async () => {
      const { bt } = context();
      await sleep(800);
      expect((await marks(site.page)).marks).toEqual([]);
      const answer = await tabState(bt, site.tabId).catch(() => 'no content script');
      expect(answer).toBe('no content script');
      expect(await granted(bt, EXTRA_PATTERN), 'no permission for the site').toBe(false);
    });

    browserChecks(() => site);
  });
}
