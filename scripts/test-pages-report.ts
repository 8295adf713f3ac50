// `npm run test:pages`: runs the robustness suite in full (real corpus pages with the page's scripts
// off and on, hostile fixtures, pathological pages, heap, extension reload) in Chromium and Firefox,
// then prints the table pages × browsers × checks and the measured numbers.
//   npm run test:pages             run, then print
//   npm run test:pages -- --print  print the last results only (test-artifacts/robust-pages.json)
// The build under test is KONTEXT_EXT_DIR (a folder with chrome-mv3/ and firefox-mv2/), default .output/.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { failures, formatTable, loadResults, RESULTS_FILE, resetResults } from '../test/e2e/robust/results';

const ROOT = join(import.meta.dirname, '..');
const printOnly = process.argv.includes('--print');
let status = 0;

if (!printOnly) {
  const ext = process.env.KONTEXT_EXT_DIR ?? join(ROOT, '.output');
  if (
    !existsSync(join(ext, 'chrome-mv3/manifest.json')) ||
    !existsSync(join(ext, 'firefox-mv2/manifest.json'))
  ) {
    console.error(`No build in ${ext}: run \`npm run build\` first (or set KONTEXT_EXT_DIR).`);
    process.exit(1);
  }
  resetResults();
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--config', 'vitest.e2e.config.ts', 'test/e2e/pages.robust.e2e.ts', 'test/e2e/robust'],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, KONTEXT_PAGES_FULL: '1' } },
  );
  status = run.status ?? 1;
}

const results = loadResults();
if (!results.rows.length) {
  console.log(`No results in ${RESULTS_FILE}.`);
  process.exit(status || 1);
}
console.log(`\nKontext robustness: pages × browsers × checks (${results.updated})\n`);
console.log(formatTable(results));
console.log('\nNumbers');
for (const [k, v] of Object.entries(results.numbers)) console.log(`  ${k}: ${v}`);
const failed = failures(results);
console.log(
  failed.length
    ? `\nChecks failing (${failed.length}; known faults are it.fails in the suite, see their comments):\n  ${failed.join('\n  ')}`
    : '\nNo failing checks.',
);
const pages = new Set(results.rows.map((r) => r.page)).size;
console.log(`\n${pages} pages/fixtures, ${results.rows.length} page × browser × mode rows.`);
process.exit(status);
