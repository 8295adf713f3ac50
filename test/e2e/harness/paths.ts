import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');
// Overridable so a test run can use a snapshot of a build while someone rebuilds .output/.
export const CHROME_DIR = process.env.KONTEXT_CHROME_DIR ?? join(ROOT, '.output/chrome-mv3');
export const FIREFOX_DIR = process.env.KONTEXT_FIREFOX_DIR ?? join(ROOT, '.output/firefox-mv2');
export const DEMO_DIR = join(ROOT, 'demo');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export { CHROMIUM } from '../../../scripts/chromium';
/** Chrome Web Store screenshot size, so the test artefacts can go to the stores as they are. */
export const VIEWPORT = { width: 1280, height: 800 } as const;
export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/** The e2e tests drive the BUILT extension; say how to get it instead of failing obscurely. */
export function requireBuild(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json')))
    throw new Error(`${dir}/manifest.json is missing: run \`npm run build\` before \`npm run test:e2e\`.`);
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
