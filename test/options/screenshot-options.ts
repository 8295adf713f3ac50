// Screenshots of the built options page in Chromium with the extension loaded (real chrome.* APIs),
// light and dark, with a disabled site, a pack and a rejected import on screen.
// Run: npx wxt build && npx tsx test/options/screenshot-options.ts [.output/chrome-mv3] [outDir]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { launchChromium } from '../../scripts/chromium';
import { samplePack } from './fixtures';

const extDir = resolve(process.argv[2] ?? '.output/chrome-mv3');
const outDir = resolve(process.argv[3] ?? 'test-artifacts/options');
mkdirSync(outDir, { recursive: true });

const session = await launchChromium(extDir);
try {
  const pack = samplePack();
  await session.worker.evaluate(
    `chrome.storage.local.set(${JSON.stringify({
      settings: { enabled: true, disabledSites: ['spiegel.de', 'zeit.de'], types: { term: false } },
      packs: [{ name: pack.name, enabled: true, importedAt: '2025-03-01T10:00:00.000Z', bundle: pack }],
    })})`,
  );
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await page.waitForSelector('.opt-pack');
  const bad = samplePack('Kaputt') as unknown as { entities: Record<string, unknown>[] };
  bad.entities[0]!.type = 'animal';
  bad.entities[1]!.wikidata = 'X12';
  const badFile = join(outDir, 'kaputt.json');
  writeFileSync(badFile, JSON.stringify(bad));
  await page.setInputFiles('#opt-import', badFile);
  await page.waitForSelector('.opt-errors');
  await page.locator('.opt-pack__entries summary').first().click();
  // axe-core with real layout, so colour contrast is checked too (evaluate is not subject to the CSP).
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: join(outDir, `options-${scheme}.png`), fullPage: true });
    const violations = await page.evaluate(`axe.run(document).then((r) => r.violations.map((v) =>
      v.id + ': ' + v.nodes.map((n) => n.target.join(' ') + ' ' + (n.any[0]?.message ?? '')).join(' | ')))`);
    console.log(`axe ${scheme}:`, violations);
  }
  // Each section on its own, at full size, for a closer look.
  await page.emulateMedia({ colorScheme: 'light' });
  const sections = page.locator('.opt-section');
  for (let i = 0; i < (await sections.count()); i++) {
    await sections.nth(i).screenshot({ path: join(outDir, `section-${i + 1}.png`) });
  }
  // The reader's language choice applies live, through storage like every other setting.
  await page.selectOption('#opt-ui-language', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 420, height: 900 });
  await page.screenshot({ path: join(outDir, 'options-en-narrow-dark.png'), fullPage: true });
  const stored = await session.worker.evaluate('chrome.storage.local.get(null)');
  console.log(JSON.stringify(stored).slice(0, 300));
  console.log(`screenshots in ${outDir}`);
} finally {
  await session.close();
}
