import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

// Renders public/icon.svg to the PNG sizes the stores and WXT want (public/icon/<size>.png, which
// WXT puts into the manifest by itself). The browser rasterises each size from the vector, so small
// sizes get proper anti-aliasing instead of a downscaled 128 px bitmap.
const SIZES = [16, 32, 48, 96, 128] as const;
const root = join(import.meta.dirname, '..');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

async function main(): Promise<void> {
  const svg = await readFile(join(root, 'public/icon.svg'), 'utf8');
  const outDir = join(root, 'public/icon');
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
      await page.setContent(
        `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
      );
      const file = join(outDir, `${size}.png`);
      await page.screenshot({
        path: file,
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await page.close();
      console.log(`wrote ${file}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
