// The options page in Chromium with the built extension: every control writes storage at once,
// packs import (or are rejected without a change), toggle, export, remove and come back, and a
// change made elsewhere shows without a reload. Needs `npx wxt build` first.
// Not in the default e2e glob (test/e2e/**): run with
//   npx vitest run --config test/options/vitest.options-e2e.config.ts
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '../../scripts/chromium';
import { samplePack } from './fixtures';

const EXT = resolve(process.env.KONTEXT_CHROME_DIR ?? '.output/chrome-mv3');
const files = mkdtempSync(join(tmpdir(), 'kontext-options-'));
let session: ChromiumSession;
let page: Page;

const stored = async <T = unknown>(key: string): Promise<T> =>
  (await session.worker.evaluate(`chrome.storage.local.get(${JSON.stringify(key)})`)) as T;
const settings = async () =>
  (await stored<{ settings?: Record<string, unknown> }>('settings')).settings ?? {};
const packs = async () =>
  (await stored<{ packs?: { name: string; enabled: boolean }[] }>('packs')).packs ?? [];
const until = async <T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 5000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('options page (Chromium)', () => {
  beforeAll(async () => {
    session = await launchChromium(EXT);
    page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.waitForSelector('.opt-section');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('writes each setting to local:settings as it changes', async () => {
    await page.getByLabel('Begriffe').uncheck();
    expect((await until(settings, (s) => !!s.types)).types).toMatchObject({ term: false, person: true });
    await page.getByLabel('Unterstrichen').check();
    expect((await until(settings, (s) => s.markStyle === 'underline')).markStyle).toBe('underline');
    await page.locator('#opt-hover').focus();
    await page.keyboard.press('ArrowRight');
    expect((await until(settings, (s) => s.hoverDelayMs === 250)).hoverDelayMs).toBe(250);
    await page.locator('#opt-enabled').click();
    expect((await until(settings, (s) => s.enabled === false)).enabled).toBe(false);
    await page.locator('#opt-enabled').press('Space');
    expect((await until(settings, (s) => s.enabled === true)).enabled).toBe(true);
  });

  it('shows a change made elsewhere (the popup) without a reload', async () => {
    await session.worker.evaluate(
      `chrome.storage.local.get('settings').then(({ settings }) =>
        chrome.storage.local.set({ settings: { ...settings, disabledSites: ['beispiel.de'] } }))`,
    );
    const button = page.getByRole('button', { name: 'Wieder aktivieren: beispiel.de' });
    await button.waitFor();
    await button.click();
    expect((await until(settings, (s) => (s.disabledSites as string[]).length === 0)).disabledSites).toEqual(
      [],
    );
  });

  it('rejects a broken pack with every message and stores nothing', async () => {
    const bad = samplePack('Kaputt') as unknown as { entities: Record<string, unknown>[] };
    bad.entities[0]!.type = 'animal';
    bad.entities[1]!.wikidata = 'X12';
    writeFileSync(join(files, 'kaputt.json'), JSON.stringify(bad));
    await page.setInputFiles('#opt-import', join(files, 'kaputt.json'));
    const alert = page.locator('.opt-notice-region [role="alert"]');
    await alert.waitFor();
    expect(await alert.locator('li').allTextContents()).toEqual([
      expect.stringContaining('entities[0] (erika-testfrau).type'),
      expect.stringContaining('entities[1] (testhausen).wikidata'),
    ]);
    expect(await packs()).toEqual([]);
  });

  it('imports, switches off, exports, removes and restores a pack', async () => {
    const pack = samplePack();
    writeFileSync(join(files, 'gut.json'), JSON.stringify(pack));
    await page.setInputFiles('#opt-import', join(files, 'gut.json'));
    await page.getByText('„Lokalpolitik Testhausen“ importiert: 3 Einträge.').waitFor();
    expect(await packs()).toMatchObject([{ name: pack.name, enabled: true }]);
    // The merged index is compiled once here, so pages do not have to.
    const index = async () =>
      (
        await stored<{ 'packs-index'?: { signature: string; index: { entries: { entity: string }[] } } }>(
          'packs-index',
        )
      )['packs-index'];
    const compiled = await until(index, (v) => !!v, 15_000);
    expect(compiled?.signature).toContain(`${pack.name}@`);
    expect(compiled?.index.entries.some((e) => e.entity === 'erika-testfrau')).toBe(true);

    await page.getByRole('switch', { name: `Verwenden: ${pack.name}` }).click();
    expect(await until(packs, (p) => p[0]?.enabled === false)).toMatchObject([{ enabled: false }]);
    expect(await until(index, (v) => v === undefined)).toBeUndefined();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Exportieren: ${pack.name}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('kontext-pack-lokalpolitik-testhausen.json');
    const path = join(files, 'export.json');
    await file.saveAs(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(pack);

    await page.getByRole('button', { name: `Entfernen: ${pack.name}` }).click();
    expect(await until(packs, (p) => p.length === 0)).toEqual([]);
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    expect(await until(packs, (p) => p.length === 1)).toMatchObject([{ name: pack.name, enabled: false }]);
  });

  it('switches its own language when the reader picks English', async () => {
    await page.selectOption('#opt-ui-language', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator('h1').textContent()).toContain('Settings');
    expect((await settings()).uiLanguage).toBe('en');
  });
});
