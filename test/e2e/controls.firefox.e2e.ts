import { describe, expect, it } from 'vitest';
import { pollUntil } from '../../scripts/page-probe';
import { firefoxControls } from './harness/controls-browsers';
import {
  annotated,
  defineControlsSuite,
  defineSiteChecks,
  EXTRA_PATTERN,
  granted,
  marks,
  sleep,
  storedSites,
} from './harness/controls-suite';
import { artifact } from './harness/paths';

// Issue 6's controls in Firefox (the shared checks in harness/controls-suite.ts), plus the whole
// "enable on this site" path, which only Firefox lets automation run: its test preference grants
// optional permissions without a prompt.

describe('Firefox: controls (issue 6)', () => {
  const ctx = defineControlsSuite(firefoxControls);

  defineSiteChecks(ctx, (site) => {
    const pattern = JSON.stringify(EXTRA_PATTERN);
    const isGranted = () => granted(ctx().bt, EXTRA_PATTERN);
    const revoke = () => ctx().bt.api(`ext.permissions.remove({ origins: [${pattern}] })`);
    const sitesStored = (n: number) =>
      pollUntil(
        () => storedSites(ctx().bt),
        (s) => s?.length === n,
        3000,
      );
    const injected = async () => {
      await site().page.bringToFront();
      return annotated(site().page);
    };

    /**
     * What the popup's button does: the permission request straight from a real click (Firefox allows
     * it only inside user input), then the message to the background. The popup cannot show its own
     * button here: without the toolbar click (activeTab), which automation cannot make, it may not
     * read the page's address. The offer itself is checked in the Chromium suite and in unit tests.
     */
    async function enableFromClick(tell = true): Promise<unknown> {
      const { bt } = ctx();
      await bt.extensionPage().evaluate(`(() => {
        document.getElementById('e2e-enable')?.remove();
        const b = document.createElement('button');
        b.id = 'e2e-enable';
        b.textContent = 'enable';
        b.style.cssText = 'position:fixed;top:0;left:0;width:100px;height:40px;z-index:9';
        b.addEventListener('click', () => {
          window.__reply = browser.permissions
            .request({ origins: [${pattern}] })
            .then((ok) => ok && ${tell} && browser.runtime.sendMessage({
              type: 'popup:site-access', action: 'enable', pattern: ${pattern}, tabId: ${site().tabId},
            }));
        });
        document.body.append(b);
      })()`);
      await bt.extensionPage().click('#e2e-enable');
      return bt.api('window.__reply');
    }

    it('asks for the one site, registers the content script and starts it in the open tab', async () => {
      const { initial } = ctx();
      const reply = (await enableFromClick()) as { ok: boolean; sites: string[] };
      expect(reply).toEqual({ ok: true, sites: [EXTRA_PATTERN] });
      expect(await isGranted()).toBe(true);
      expect(await storedSites(ctx().bt)).toEqual([EXTRA_PATTERN]);
      expect((await injected()).marks.length, 'injected into the open tab').toBe(initial.marks.length);
      // From now on it runs there by itself: the registration covers a fresh load.
      await site().page.reload();
      expect((await injected()).marks.length).toBe(initial.marks.length);
    });

    it('shows the site as added in the popup and removes it from there', async () => {
      const view = await ctx().bt.openPopup(site().tabId, '.site-extra__remove');
      expect(await view.evaluate(`document.querySelector('.site-extra').textContent`)).toMatch(
        /hinzugefügt|Added by you/,
      );
      expect(await view.evaluate(`document.querySelectorAll('.entities .entity').length`)).toBeGreaterThan(5);
      await view.screenshot(artifact('firefox-popup-extra-site.png'));
      await view.click('.site-extra__remove');
      expect(await pollUntil(isGranted, (g) => !g, 3000), 'permission given back').toBe(false);
      expect(await storedSites(ctx().bt)).toEqual([]);
      await view.close();
      await site().page.reload();
      await sleep(1000);
      expect((await marks(site().page)).marks, 'no longer runs there after a reload').toEqual([]);
    });

    it('forgets the site when the permission is revoked in the browser', async () => {
      expect(await enableFromClick()).toMatchObject({ ok: true });
      expect(await storedSites(ctx().bt)).toEqual([EXTRA_PATTERN]);
      // What about:addons does when the reader switches the permission off.
      await revoke();
      expect(await sitesStored(0), 'forgotten via permissions.onRemoved').toEqual([]);
      await site().page.reload();
      await sleep(1000);
      expect((await marks(site().page)).marks).toEqual([]);
    });

    it('also starts when the popup closed before it could tell the background (permissions.onAdded)', async () => {
      // Browsers may close the popup while their permission prompt is up; the grant alone must do.
      expect(await enableFromClick(false)).toBe(false);
      expect(await sitesStored(1)).toEqual([EXTRA_PATTERN]);
      expect((await injected()).marks.length, 'injected once into the open tab').toBe(
        ctx().initial.marks.length,
      );
      await revoke();
      await sitesStored(0);
      await site().page.reload();
    });

    it('registers the site again when the add-on starts anew (MV2 registrations die with the background)', async () => {
      const { bt, server, initial } = ctx();
      expect(await enableFromClick()).toMatchObject({ ok: true });
      // The reload ends the extension page this call runs in: do not wait for an answer.
      await Promise.race([bt.api('ext.runtime.reload()').catch(() => undefined), sleep(1000)]);
      await sleep(1500);
      await bt.reattach(server.url);
      expect(await storedSites(bt), 'the list survives').toEqual([EXTRA_PATTERN]);
      expect(await isGranted()).toBe(true);
      const fresh = await bt.openTab(site().url);
      const found = await annotated(fresh.page);
      expect(found.marks.length, 'runs on the added site after the restart').toBe(initial.marks.length);
      await revoke();
    });
  });
});
