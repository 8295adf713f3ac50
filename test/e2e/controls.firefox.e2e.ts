import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../lib/messages';
import { PROBE_MARKS, type ProbeResult, pollUntil } from '../../scripts/page-probe';
import { type Served, startServer } from '../../scripts/serve';
import { openPopupFirefox } from './harness/firefox';
import { artifact, DEMO_DIR, FIREFOX, FIREFOX_DIR, requireBuild, VIEWPORT } from './harness/paths';

// Issue 6's controls in Firefox (MV2 build) over WebDriver BiDi. Launched here rather than through the
// harness for two preferences: optional permissions granted without a prompt (Firefox's own test
// switch), so the whole "enable on this site" path runs, and a second local host name.

const EXTRA_HOST = 'kontext-extra.localhost';
const PATTERN = `http://${EXTRA_HOST}/*`;

async function launch(): Promise<{ browser: Browser; close(): Promise<void> }> {
  requireBuild(FIREFOX_DIR);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { ...VIEWPORT },
    extraPrefsFirefox: {
      'intl.accept_languages': 'de-DE, de',
      'intl.locale.requested': 'de',
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.webextOptionalPermissionPrompts': false,
      'network.dns.localDomains': EXTRA_HOST,
    },
  });
  try {
    await browser.installExtension(FIREFOX_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, close: () => browser.close() };
}

const marks = (page: Page) => page.evaluate(PROBE_MARKS) as Promise<ProbeResult>;
const types = (r: ProbeResult) => new Set(r.marks.map((m) => m.type));
const ACTIVE_MARK = `(() => {
  const hl = globalThis.CSS && CSS.highlights && CSS.highlights.get('kontext-active');
  const sr = hl && [...hl][0];
  if (!sr) return null;
  const r = document.createRange(); // highlights may hold StaticRanges, which have no geometry
  r.setStart(sr.startContainer, sr.startOffset);
  r.setEnd(sr.endContainer, sr.endOffset);
  return r.toString() + ' @' + Math.round(r.getBoundingClientRect().top + scrollY);
})()`;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('Firefox: controls (issue 6)', () => {
  let ff: { browser: Browser; close(): Promise<void> };
  let server: Served;
  let page: Page;
  /** The popup opened as a tab for the demo page; an extension page, so it can call the APIs. */
  let ext: Page;
  let tabId: number;
  let initial: ProbeResult;

  const api = <T>(source: string) => ext.evaluate(source) as Promise<T>;
  const tabState = (id: number) =>
    api<TabState>(`browser.tabs.sendMessage(${id}, { type: 'popup:get-state' })`);
  const badge = (id: number) => api<string>(`browser.browserAction.getBadgeText({ tabId: ${id} })`);
  const setSettings = (value: unknown) =>
    api(`browser.storage.local.set({ settings: ${JSON.stringify(value)} })`);
  /**
   * A fresh popup for `tab`. Puppeteer's BiDi page loses track of moz-extension pages that navigate,
   * so the page is driven by evaluate only, and `ext` (used for the API calls) never navigates.
   */
  async function popupFor(tab: number, selector: string): Promise<Page> {
    const view = await openPopupFirefox({ browser: ff.browser, extensionId: '', close: ff.close }, page);
    await view.setViewport({ width: 420, height: 640 });
    const search = `?tab=${tab}`;
    await view.evaluate(`location.search = ${JSON.stringify(search)}`).catch(() => undefined);
    const ready = () =>
      (
        view.evaluate(
          `location.search === ${JSON.stringify(search)} && !!document.querySelector(${JSON.stringify(selector)})`,
        ) as Promise<boolean>
      ).catch(() => false);
    await pollUntil(ready, Boolean, 10_000, 100);
    return view;
  }
  const tabIds = () => api<number[]>(`browser.tabs.query({}).then((t) => t.map((x) => x.id))`);

  beforeAll(async () => {
    server = await startServer({ root: DEMO_DIR });
    ff = await launch();
    page = await ff.browser.newPage();
    await page.goto(server.url);
    initial = await pollUntil(
      () => marks(page),
      (r) => r.marks.length > 0,
      15_000,
      150,
    );
    ext = await openPopupFirefox({ browser: ff.browser, extensionId: '', close: ff.close }, page);
    await ext.setViewport({ width: 420, height: 640 });
    tabId = Number(new URL(String(await ext.evaluate('location.href'))).searchParams.get('tab'));
    await page.bringToFront();
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('gets a default shortcut for every command', async () => {
    const commands = await api<{ name: string; shortcut: string }[]>('browser.commands.getAll()');
    const ours = commands.filter((c) => c.name !== '_execute_browser_action');
    expect(ours.map((c) => c.name).sort()).toEqual(['next-mark', 'previous-mark', 'toggle-annotations']);
    for (const c of ours) expect(c.shortcut, `${c.name} has a shortcut`).toBeTruthy();
    console.log(`[e2e] firefox shortcuts: ${ours.map((c) => `${c.name}=${c.shortcut}`).join(', ')}`);
  });

  it('shows the number of distinct entities on the toolbar badge', async () => {
    const distinct = new Set((await tabState(tabId)).mentions.map((m) => m.entityId)).size;
    expect(distinct).toBeGreaterThan(5);
    expect(
      await pollUntil(
        () => badge(tabId),
        (b) => b !== '',
        5000,
      ),
    ).toBe(String(distinct));
  });

  it('applies changed options to the open page without a reload', async () => {
    expect(types(initial).has('person')).toBe(true);
    await setSettings({ enabled: true, disabledSites: [], types: { person: false } });
    const noPeople = await pollUntil(
      () => marks(page),
      (r) => !types(r).has('person'),
      3000,
      100,
    );
    expect(types(noPeople).has('person'), 'no kontext-person highlight').toBe(false);
    expect(types(noPeople).has('place'), 'other types stay marked').toBe(true);
    await setSettings({ enabled: true, disabledSites: [], types: { person: true } });
    const back = await pollUntil(
      () => marks(page),
      (r) => r.marks.length === initial.marks.length,
      3000,
      100,
    );
    expect(back.marks.length).toBe(initial.marks.length);
  });

  it('toggles annotations with the toggle-annotations command', async () => {
    // Automation cannot press browser-level shortcuts: send what commands.onCommand sends.
    const toggle = `browser.tabs.sendMessage(${tabId}, { type: 'bg:command', command: 'toggle-annotations' })`;
    await api(toggle);
    expect(
      (
        await pollUntil(
          () => marks(page),
          (r) => r.marks.length === 0,
          3000,
          100,
        )
      ).marks,
    ).toEqual([]);
    expect(
      await pollUntil(
        () => badge(tabId),
        (b) => b === '',
        3000,
      ),
      'badge cleared',
    ).toBe('');
    await api(toggle);
    const on = await pollUntil(
      () => marks(page),
      (r) => r.marks.length === initial.marks.length,
      5000,
      100,
    );
    expect(on.marks.length).toBe(initial.marks.length);
  });

  it('steps to the next and previous mark with the next-mark / previous-mark commands', async () => {
    const command = async (command: string) => {
      await api(`browser.tabs.sendMessage(${tabId}, { type: 'bg:command', command: '${command}' })`);
      await sleep(150);
      return page.evaluate(ACTIVE_MARK) as Promise<string | null>;
    };
    const first = await command('next-mark');
    expect(first, 'a mark is active and its card opens').toBeTruthy();
    const second = await command('next-mark');
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    expect(await command('previous-mark'), 'back to the first').toBe(first);
    await page.keyboard.press('Escape');
  });

  it('marks text appended to the article after load', async () => {
    const t0 = Date.now();
    await page.evaluate(`(() => {
      const p = document.createElement('p');
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
    expect(inNew(after).map((m) => m.text.replace(/\s+/g, ' '))).toEqual([
      'Wolodymyr Selenskyj',
      'Emmanuel Macron',
    ]);
    console.log(`[e2e] firefox: appended paragraph marked after ${Date.now() - t0} ms`);
  });

  it("copies the popup's JSON export, matching the page's state", async () => {
    const state = await tabState(tabId);
    const view = await popupFor(tabId, '.actions .btn');
    await view.evaluate(`(() => {
      window.__copied = null;
      navigator.clipboard.writeText = async (t) => { window.__copied = t; };
      document.querySelector('.actions .btn').click();
    })()`);
    const json = await pollUntil(
      () => view.evaluate('window.__copied') as Promise<string | null>,
      (t) => t !== null,
      3000,
    );
    await view.close();
    const data = JSON.parse(json!) as {
      article: { url: string };
      entities: { id: string; mentions: { text: string; start: number; end: number }[] }[];
    };
    expect(data.article.url).toBe(page.url());
    expect(data.entities.map((e) => e.id).sort()).toEqual(
      [...new Set(state.mentions.map((m) => m.entityId))].sort(),
    );
    const exported = data.entities.flatMap((e) => e.mentions);
    expect(exported.length).toBe(state.mentions.length);
    for (const m of exported) expect(state.text.slice(m.start, m.end)).toBe(m.text);
  });

  describe('enable on a site outside the news list', () => {
    let extra: Page;
    let extraTab: number;
    const stored = () => api<{ extraSites?: string[] }>(`browser.storage.local.get('extraSites')`);
    const granted = () => api<boolean>(`browser.permissions.contains({ origins: ['${PATTERN}'] })`);

    /**
     * What the popup's button does: the permission request straight from a real click (Firefox allows
     * it only inside user input), then the message to the background. The popup cannot show its own
     * button here: without the toolbar click (activeTab), which automation cannot make, it may not
     * read the page's address. The offer itself is checked in the Chromium suite and in unit tests.
     */
    async function enableFromClick(tell = true): Promise<unknown> {
      await ext.evaluate(`(() => {
        document.getElementById('e2e-enable')?.remove();
        const b = document.createElement('button');
        b.id = 'e2e-enable';
        b.textContent = 'enable';
        b.style.cssText = 'position:fixed;top:0;left:0;width:100px;height:40px;z-index:9';
        b.addEventListener('click', () => {
          window.__reply = browser.permissions
            .request({ origins: ['${PATTERN}'] })
            .then((ok) => ok && ${tell} && browser.runtime.sendMessage({
              type: 'popup:site-access', action: 'enable', pattern: '${PATTERN}', tabId: ${extraTab},
            }));
        });
        document.body.append(b);
      })()`);
      await ext.click('#e2e-enable');
      return api('window.__reply');
    }

    beforeAll(async () => {
      const before = await tabIds();
      extra = await ff.browser.newPage();
      await extra.goto(server.url.replace('127.0.0.1', EXTRA_HOST));
      extraTab = (await tabIds()).find((i) => !before.includes(i))!;
    });

    it('does not run there by itself', async () => {
      await sleep(800);
      expect((await marks(extra)).marks).toEqual([]);
      expect(await granted()).toBe(false);
    });

    it('asks for the one site, registers the content script and starts it in the open tab', async () => {
      const reply = (await enableFromClick()) as { ok: boolean; sites: string[] };
      expect(reply).toEqual({ ok: true, sites: [PATTERN] });
      expect(await granted()).toBe(true);
      expect((await stored()).extraSites).toEqual([PATTERN]);
      await extra.bringToFront();
      const now = await pollUntil(
        () => marks(extra),
        (r) => r.marks.length > 0,
        5000,
        100,
      );
      expect(now.marks.length, 'injected into the open tab').toBe(initial.marks.length);
      // From now on it runs there by itself: the registration covers a fresh load.
      await extra.reload();
      const reloaded = await pollUntil(
        () => marks(extra),
        (r) => r.marks.length > 0,
        5000,
        100,
      );
      expect(reloaded.marks.length).toBe(initial.marks.length);
    });

    it('shows the site as added in the popup and removes it from there', async () => {
      const view = await popupFor(extraTab, '.site-extra__remove');
      expect(await view.evaluate(`document.querySelector('.site-extra').textContent`)).toMatch(
        /hinzugefügt|Added by you/,
      );
      expect(await view.evaluate(`document.querySelectorAll('.entities .entity').length`)).toBeGreaterThan(5);
      await view.screenshot({ path: artifact('firefox-popup-extra-site.png') });
      await view.evaluate(`document.querySelector('.site-extra__remove').click()`);
      expect(await pollUntil(granted, (g) => !g, 3000), 'permission given back').toBe(false);
      expect((await stored()).extraSites).toEqual([]);
      await view.close();
      await extra.reload();
      await sleep(1000);
      expect((await marks(extra)).marks, 'no longer runs there after a reload').toEqual([]);
    });

    it('forgets the site when the permission is revoked in the browser', async () => {
      expect(await enableFromClick()).toMatchObject({ ok: true });
      expect((await stored()).extraSites).toEqual([PATTERN]);
      // What about:addons does when the reader switches the permission off.
      await api(`browser.permissions.remove({ origins: ['${PATTERN}'] })`);
      expect(
        await pollUntil(
          async () => (await stored()).extraSites,
          (s) => s?.length === 0,
          3000,
        ),
        'forgotten via permissions.onRemoved',
      ).toEqual([]);
      await extra.reload();
      await sleep(1000);
      expect((await marks(extra)).marks).toEqual([]);
    });

    it('also starts when the popup closed before it could tell the background (permissions.onAdded)', async () => {
      // Browsers may close the popup while their permission prompt is up; the grant alone must do.
      expect(await enableFromClick(false)).toBe(false);
      expect(
        await pollUntil(
          async () => (await stored()).extraSites,
          (x) => x?.length === 1,
          3000,
        ),
      ).toEqual([PATTERN]);
      await extra.bringToFront();
      const now = await pollUntil(
        () => marks(extra),
        (r) => r.marks.length > 0,
        5000,
        100,
      );
      expect(now.marks.length, 'injected once into the open tab').toBe(initial.marks.length);
      await api(`browser.permissions.remove({ origins: ['${PATTERN}'] })`);
      await pollUntil(
        async () => (await stored()).extraSites,
        (x) => x?.length === 0,
        3000,
      );
      await extra.reload();
    });

    it('registers the site again when the add-on starts anew (MV2 registrations die with the background)', async () => {
      expect(await enableFromClick()).toMatchObject({ ok: true });
      // The reload ends the popup page this call runs in: do not wait for an answer.
      await Promise.race([api('browser.runtime.reload()').catch(() => undefined), sleep(1000)]);
      await sleep(1500);
      const demo = await ff.browser.newPage();
      await demo.goto(server.url);
      await pollUntil(
        () => marks(demo),
        (r) => r.marks.length > 0,
        15_000,
        150,
      );
      ext = await openPopupFirefox({ browser: ff.browser, extensionId: '', close: ff.close }, demo);
      expect((await stored()).extraSites, 'the list survives').toEqual([PATTERN]);
      expect(await granted()).toBe(true);
      const fresh = await ff.browser.newPage();
      await fresh.goto(server.url.replace('127.0.0.1', EXTRA_HOST));
      const found = await pollUntil(
        () => marks(fresh),
        (r) => r.marks.length > 0,
        5000,
        100,
      );
      expect(found.marks.length, 'runs on the added site after the restart').toBe(initial.marks.length);
      await api(`browser.permissions.remove({ origins: ['${PATTERN}'] })`);
    });
  });
});
