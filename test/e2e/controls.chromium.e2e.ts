import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntil } from '../../scripts/page-probe';
import { type Served, startServer } from '../../scripts/serve';
import { type ChromiumControls, chromiumControls } from './harness/controls-browsers';
import {
  annotated,
  defineControlsSuite,
  defineSiteChecks,
  EXTRA_HOST,
  EXTRA_PATTERN,
  granted,
  marks,
  sleep,
  storedSites,
} from './harness/controls-suite';
import type { PageDriver } from './harness/driver';
import { artifact, CHROME_DIR, DEMO_DIR } from './harness/paths';

// Issue 6's controls in Chromium (the shared checks in harness/controls-suite.ts), plus what only
// Chromium's automation can do for "enable on this site": trigger the toolbar action over CDP.

describe('Chromium: controls (issue 6)', () => {
  const ctx = defineControlsSuite(() => chromiumControls());

  defineSiteChecks(ctx, (site) => {
    let popup: Page;
    afterAll(() => popup?.close());

    it('offers to enable it in the popup once the reader has clicked the toolbar button', async () => {
      const { bt } = ctx();
      // The click on the toolbar button grants activeTab: only then may the popup read the address.
      const { targetInfos } = (await bt.browserCdp.send('Target.getTargets', {
        filter: [{ type: 'tab' }],
      } as never)) as unknown as { targetInfos: { targetId: string; type: string; url: string }[] };
      const tab = targetInfos.find((t) => t.url === site().url);
      expect(tab, 'the tab target').toBeDefined();
      await bt.browserCdp.send(
        'Extensions.triggerAction' as never,
        { id: bt.session.extensionId, targetId: tab!.targetId } as never,
      );
      popup = await bt.rawPopup(site().tabId);
      await popup.waitForSelector('.site-offer__enable', { timeout: 5000 });
      expect(await popup.textContent('.notice__text')).toContain(EXTRA_HOST);
      await popup.emulateMedia({ colorScheme: 'light' });
      await popup.screenshot({ path: artifact('chromium-popup-enable-site.png') });
      await popup.emulateMedia({ colorScheme: 'dark' });
      await popup.screenshot({ path: artifact('chromium-popup-enable-site-dark.png') });
      await popup.emulateMedia({ colorScheme: 'light' });
    });

    it('asks the browser for that one site (the prompt cannot be answered in automation)', async () => {
      const { bt } = ctx();
      await popup.click('.site-offer__enable');
      // Chromium shows its permission dialog, which automation can neither see nor accept; the popup
      // waits for the answer. The grant → register → inject path runs in the Firefox suite, where a
      // preference grants optional permissions without a prompt, below with a pre-granted build, and
      // in test/site-access.test.ts.
      const status = await pollUntil(
        () => popup.textContent('.site-offer__status'),
        (t) => !!t,
        3000,
      );
      expect(status).toMatch(/eingeschaltet|Switching on/);
      expect(await popup.isDisabled('.site-offer__enable')).toBe(true);
      expect(await granted(bt, EXTRA_PATTERN)).toBe(false);
      // Without the grant the background registers nothing, whoever asks.
      const reply = await popup.evaluate(
        `chrome.runtime.sendMessage({ type: 'popup:site-access', action: 'enable', pattern: ${JSON.stringify(EXTRA_PATTERN)}, tabId: ${site().tabId} })`,
      );
      expect(reply).toEqual({ ok: false, error: 'permission not granted' });
      expect(await bt.api(`ext.scripting.getRegisteredContentScripts()`)).toEqual([]);
      expect((await marks(site().page)).marks).toEqual([]);
    });
  });
});

/**
 * A copy of the build whose manifest already holds the extra site's host permission: what the reader's
 * "Allow" in Chromium's prompt would grant, which automation cannot click. Everything else is the build.
 */
function buildWithGrant(): { dir: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'kontext-granted-'));
  const dir = join(root, 'chrome-mv3');
  cpSync(CHROME_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    host_permissions: string[];
  };
  manifest.host_permissions.push(EXTRA_PATTERN);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

describe('Chromium: enable on a site, once the permission is granted', () => {
  let build: { dir: string; remove(): void };
  let bt: ChromiumControls;
  let server: Served;
  let extra: { page: PageDriver; tabId: number };
  let popup: Page;
  const registered = () =>
    bt.api<{ id: string; matches: string[] }[]>('ext.scripting.getRegisteredContentScripts()');

  beforeAll(async () => {
    build = buildWithGrant();
    server = await startServer({ root: DEMO_DIR });
    bt = await chromiumControls(build.dir);
    extra = await bt.openTab(server.url.replace('127.0.0.1', EXTRA_HOST));
  });

  afterAll(async () => {
    await bt?.close();
    await server?.close();
    build?.remove();
  });

  it('enables the site from the popup: registers the script and starts it in the open tab', async () => {
    await sleep(500);
    expect((await marks(extra.page)).marks, 'not a news site: nothing yet').toEqual([]);
    popup = await bt.rawPopup(extra.tabId);
    await popup.click('.site-offer__enable');
    // Already granted: Chromium answers without a prompt, and the popup carries on as after "Allow".
    // Done: the popup shows the page's results with the "added by you" row, no longer the offer.
    await popup.waitForSelector('.site-extra__remove:not([disabled])', { timeout: 8000 });
    await popup.waitForSelector('.site-offer', { state: 'detached', timeout: 8000 });
    expect(await registered()).toEqual([
      expect.objectContaining({ id: 'kontext-extra-sites', matches: [EXTRA_PATTERN] }),
    ]);
    expect(await storedSites(bt)).toEqual([EXTRA_PATTERN]);
    await popup.screenshot({ path: artifact('chromium-popup-extra-site.png') });
    await extra.page.bringToFront();
    const now = await annotated(extra.page);
    expect(now.marks.length, 'injected into the open tab').toBeGreaterThan(20);
    await extra.page.reload();
    const again = await annotated(extra.page);
    expect(again.marks.length, 'the registration runs it on a fresh load').toBe(now.marks.length);
  });

  it('removes the site from the popup', async () => {
    await popup.click('.site-extra__remove');
    await pollUntil(registered, (r) => r.length === 0, 3000);
    expect(await storedSites(bt)).toEqual([]);
    await extra.page.reload();
    await sleep(1000);
    expect((await marks(extra.page)).marks, 'no longer runs there after a reload').toEqual([]);
  });
});
