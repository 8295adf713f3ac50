// Where the detector's per-load time goes in Firefox: the built extension and variants of its content
// script, each loaded into the same Firefox setup as firefox-profile.ts (Firefox's own injection
// stopwatch, the page thread's CPU; the generated front page). Not part of `npm run bench`:
//   npx tsx scripts/bench/detector-variants.ts [firefox-mv2 dir] [loads] [--builtins] [--stacks]
// --stacks adds each variant's CPU in all of Firefox's extension code per load (sandbox creation and
// teardown included; firefox-profile.ts's sampled run): what any content script costs, `empty` row.
// Variants (same manifest, same CSS; only the detector (CONTENT_SCRIPT_JS) differs):
//   empty   - `void 0`: what Firefox itself spends per injection
//   quick   - lib/page/quick-detect alone, bundled by esbuild: no WXT, no extension API (`browser` is
//             not even read: Firefox builds the namespace object on first access)
//   +listen - the same plus browser.runtime.onMessage.addListener (what the popup's answer needs)
//   stubbed - the built detector with the extension API replaced by a plain object (WXT kept)
//   built   - the built detector as shipped
// --builtins instead: one-line scripts that each touch one thing the first time in the fresh
// content-script realm Firefox makes for every page load (a RegExp, for…of, Array.prototype.map, a
// Set, a DOM call): what each costs per load, the reason lib/page/quick-detect.ts avoids them.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { CONTENT_SCRIPT_JS } from '../../lib/site-access';
import { startServer } from '../serve';
import { profileFirefoxDetector } from './firefox-profile';
import { frontPage } from './generate';
import { ROOT } from './page-bundle';
import { fmtSummary } from './stats';

const QUICK = `import { quickDetect } from '@/lib/page/quick-detect';
const verdict = quickDetect(document, location.href);
LISTEN
if (verdict.maybeArticle) browser.runtime.sendMessage({ type: 'cs:start-annotator' });
else globalThis.kontextVerdict = verdict;`;

const WXT_BROWSER = 'globalThis.browser?.runtime?.id?globalThis.browser:globalThis.chrome';
const EVENT = '{addListener(){},removeListener(){},hasListener(){return false}}';
const STUB = `{runtime:{id:'stub',onMessage:${EVENT},sendMessage(){return new Promise(()=>{})}},storage:{local:{get(){return new Promise(()=>{})},set(){return new Promise(()=>{})}}}}`;

async function bundleQuick(listen: boolean): Promise<string> {
  const r = await build({
    stdin: {
      contents: QUICK.replace(
        'LISTEN',
        listen ? 'browser.runtime.onMessage.addListener(() => undefined);' : '',
      ),
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    plugins: [
      {
        name: 'at-alias',
        setup(b) {
          b.onResolve({ filter: /^@\// }, (args) =>
            b.resolve(`./${args.path.slice(2)}`, { resolveDir: ROOT, kind: args.kind }),
          );
        },
      },
    ],
  });
  return r.outputFiles[0]!.text;
}

/** First use of one builtin or DOM call per script; `empty` is Firefox's own injection. */
const BUILTINS: [string, string][] = [
  ['empty', 'void 0;'],
  ['getAttribute', 'document.documentElement.getAttribute("lang");'],
  ['+querySelector', 'document.documentElement.getAttribute("lang");document.querySelector("meta");'],
  ['location', 'location.href;'],
  ['setInterval', 'setInterval(() => {}, 1000);'],
  ['global', 'globalThis.__kv = { status: "x" };'],
  ['string', '"abc".startsWith("a"); "Abc".toLowerCase(); "a,b".indexOf(",");'],
  ['split', '"a,b".split(",");'],
  ['RegExp', '/^a+$/.test("aa");'],
  ['Array#map', '[1, 2].map((x) => x);'],
  ['for…of', 'for (const x of [1, 2]);'],
  ['Set', 'new Set(["a"]);'],
  ['URL', 'new URL("http://a.de/x").hostname;'],
  ['NodeList for…of', 'for (const s of document.querySelectorAll("script")) s.textContent;'],
  [
    'NodeList [i]',
    'const l = document.querySelectorAll("script"); for (let i = 0; i < l.length; i++) l[i].textContent;',
  ],
];

async function main(): Promise<void> {
  const [dirArg, loadsArg = '100'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const built = resolve(dirArg ?? join(ROOT, '.output/firefox-mv2'));
  const shipped = readFileSync(join(built, CONTENT_SCRIPT_JS), 'utf8');
  const variants: [string, string][] = process.argv.includes('--builtins')
    ? BUILTINS
    : [
        ['empty', 'void 0;'],
        ['quick', await bundleQuick(false)],
        ['+listen', await bundleQuick(true)],
        // Only for a detector built with WXT's browser (before issue 7's unlisted detector reads none).
        ...(shipped.includes(WXT_BROWSER)
          ? [['stubbed', shipped.replace(WXT_BROWSER, STUB)] as [string, string]]
          : []),
        ['built', shipped],
      ];
  const tmp = mkdtempSync(join(tmpdir(), 'kontext-detector-variants-'));
  writeFileSync(join(tmp, 'front-page.html'), frontPage());
  const site = await startServer({ root: tmp });
  const rows: string[] = [];
  try {
    for (const [name, source] of variants) {
      const dir = join(tmp, name.replace(/\W/g, ''));
      cpSync(built, dir, { recursive: true });
      writeFileSync(join(dir, CONTENT_SCRIPT_JS), source);
      const [r] = await profileFirefoxDetector(
        dir,
        [{ id: name, kind: 'bail-out', url: `${site.url}front-page.html`, detectUrl: '', bytes: 0 }],
        {
          loads: Number(loadsArg),
          sampleMs: 0.1,
          sampled: process.argv.includes('--stacks'),
          log: console.error,
        },
      );
      rows.push(
        `${name.padEnd(16)} ${String(source.length).padStart(6)} B  CPU ${fmtSummary(r?.injectCpuMs)}  wall ${fmtSummary(r?.injectMs)}${r?.sampled ? `  all extension code ${fmtSummary(r.sampled.extMs)}` : ''}`,
      );
    }
  } finally {
    await site.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`Firefox, front page, ${loadsArg} fresh loads per variant: injection (median, min–max)`);
  console.log(rows.join('\n'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
