// Bundles scripts/bench/page-entry.ts (and with it the extension's lib/ and popover code) into one
// IIFE that page.evaluate can inject, so the page-context numbers come from the code the extension runs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

export const ROOT = join(import.meta.dirname, '../..');

/** WXT's `@/` alias (the project root), resolved like the extension build does. */
const atAlias: Plugin = {
  name: 'at-alias',
  setup(b) {
    b.onResolve({ filter: /^@\// }, (args) =>
      b.resolve(`./${args.path.slice(2)}`, { resolveDir: ROOT, kind: args.kind }),
    );
  },
};

/**
 * Modules of the pipeline that other engineers have not landed yet: stubbed so the rest can be
 * measured meanwhile. Every stub is named in the results, so no number silently leaves work out.
 */
const OPTIONAL: { file: string; stub: string }[] = [
  { file: 'lib/calls/extract.ts', stub: 'export function extractCalls() { return []; }' },
];

export function missingModules(): string[] {
  return OPTIONAL.filter((o) => !existsSync(join(ROOT, o.file))).map((o) => o.file);
}

const stubMissing: Plugin = {
  name: 'stub-missing',
  setup(b) {
    for (const o of OPTIONAL) {
      if (existsSync(join(ROOT, o.file))) continue;
      const base = o.file.replace(/^.*\//, '').replace(/\.ts$/, '');
      b.onResolve({ filter: new RegExp(`/${base}$`) }, (args) => ({
        path: args.path,
        namespace: 'stub',
        pluginData: o,
      }));
    }
    b.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({
      contents: (args.pluginData as (typeof OPTIONAL)[number]).stub,
      loader: 'js',
    }));
  },
};

async function bundle(entry: string, platform: 'browser' | 'node'): Promise<string> {
  const out = await build({
    entryPoints: [join(import.meta.dirname, entry)],
    bundle: true,
    format: platform === 'node' ? 'esm' : 'iife',
    target: platform === 'node' ? 'node20' : 'es2022',
    platform,
    packages: platform === 'node' ? 'external' : undefined,
    write: false,
    minify: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins: [atAlias, stubMissing],
    logLevel: 'silent',
    define: { 'import.meta.env.DEV': 'false', 'process.env.NODE_ENV': '"production"' },
  });
  return out.outputFiles[0]!.text;
}

export async function pageBundle(): Promise<string> {
  // A script name, so CPU profiles attribute time to the bundle (and, by line, to lib/ modules).
  return `${await bundle('page-entry.ts', 'browser')}\n//# sourceURL=kontext-bench-page.js\n`;
}

/**
 * The Node-side analyser, bundled the same way (so a stubbed module is stubbed in both) and written
 * under node_modules/.cache so its package imports resolve; returns the file to import().
 */
export async function nodeBundleFile(): Promise<string> {
  const dir = join(ROOT, 'node_modules/.cache/kontext-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'node-entry.mjs');
  writeFileSync(file, await bundle('node-entry.ts', 'node'));
  return file;
}

export function markJsSource(): string {
  return readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
}
