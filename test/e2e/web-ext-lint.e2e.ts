import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { FIREFOX_DIR, ROOT, requireBuild } from './harness/paths';

// addons.mozilla.org runs the same linter on upload: 0 errors or the package is rejected.
it('web-ext lint reports 0 errors on the Firefox build', async () => {
  requireBuild(FIREFOX_DIR);
  const bin = join(ROOT, 'node_modules/.bin/web-ext');
  const run = await promisify(execFile)(
    bin,
    ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'],
    { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 },
  ).catch((e: { stdout?: string; stderr?: string }) => ({ stdout: e.stdout ?? '', stderr: e.stderr ?? '' }));
  const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: { code: string; message: string; file?: string }[];
    warnings: { code: string; message: string; file?: string }[];
  };
  const errors = report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`);
  const warnings = report.warnings.map((w) => `${w.code}: ${w.message} (${w.file ?? ''})`);
  console.log(`[e2e] web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
  if (warnings.length) console.log(warnings.join('\n'));
  expect(errors).toEqual([]);
});
