import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, chromiumArgs, launchChromium } from './chromium';
import { type PopoverState, PROBE_MARKS, PROBE_POPOVER, type ProbeResult, pollUntil } from './page-probe';
import { startServer } from './serve';

// `npm start`: build the Chrome package when the sources are newer, serve the demo article on
// localhost, and open it in Chromium with Kontext loaded. `--headless --screenshot FILE` does the same
// without a display and saves a screenshot of the annotated article with an open card.

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.output/chrome-mv3');
const SOURCES = ['entrypoints', 'lib', 'components', 'public', 'data', 'wxt.config.ts', 'package.json'];
const USAGE = `usage: npm start [-- [--headless --screenshot FILE [--hover TEXT] [--size WxH]] [--rebuild | --no-build] [--port N]]
  --hover TEXT  open the card of the first visible mark reading TEXT (default: Schoigu; '' for none)
  --size WxH    viewport of the headless screenshot (default 1280x900)`;

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path, { withFileTypes: true });
  const times = await Promise.all(
    entries.filter((e) => e.name !== 'compiled').map((e) => newestMtime(join(path, e.name))),
  );
  return Math.max(info.mtimeMs, ...times);
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? ok() : fail(new Error(`${cmd} ${args.join(' ')} exited ${code}`)),
    );
  });
}

async function buildIfStale(force: boolean): Promise<void> {
  const manifest = join(OUT, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const newest = Math.max(...(await Promise.all(SOURCES.map((s) => newestMtime(join(ROOT, s))))));
  if (!force && built > newest) {
    console.log(`Using the existing build in ${OUT} (newer than the sources).`);
    return;
  }
  console.log('Building the Chrome package (npm run knowledge && wxt build) …');
  await run('npm', ['run', '--silent', 'knowledge']);
  await run(join(ROOT, 'node_modules/.bin/wxt'), ['build']);
}

interface ShotOptions {
  file: string;
  hover: string;
  viewport: { width: number; height: number };
}

async function headless(url: string, { file, hover, viewport }: ShotOptions): Promise<number> {
  const session = await launchChromium(OUT, { viewport });
  try {
    const page = await session.context.newPage();
    await page.goto(url);
    const result = await pollUntil(
      () => page.evaluate<ProbeResult>(PROBE_MARKS),
      (r) => r.marks.length > 0,
      15_000,
      150,
    );
    console.log(`${result.marks.length} marks on the demo article.`);
    // Open a card as a reader would, by pointing at a name that is on screen.
    const onScreen = (m: ProbeResult['marks'][number]) =>
      m.rect !== null && m.rect.y > 0 && m.rect.y < viewport.height * 0.6;
    const target = hover ? result.marks.find((m) => m.text === hover && onScreen(m)) : undefined;
    if (hover && !target) console.log(`No visible mark reads "${hover}".`);
    if (target?.rect) {
      await page.mouse.move(5, viewport.height - 10);
      await page.mouse.move(target.rect.x + target.rect.width / 2, target.rect.y + target.rect.height / 2, {
        steps: 4,
      });
      const card = await pollUntil(
        () => page.evaluate<PopoverState>(PROBE_POPOVER),
        (p) => p.open,
        3000,
        50,
      );
      console.log(card.open ? `Card open: ${card.name}` : 'No card opened on hover.');
    }
    await page.screenshot({ path: file });
    console.log(`Screenshot saved to ${file}`);
    if (result.marks.length === 0) {
      console.error('No marks appeared within 15 s: is the extension built with its knowledge data?');
      return 1;
    }
    return 0;
  } finally {
    await session.close();
  }
}

function interactive(url: string): Promise<number> {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display found. Use: npm start -- --headless --screenshot out.png');
    return Promise.resolve(1);
  }
  const profile = mkdtempSync(join(tmpdir(), 'kontext-start-'));
  const args = [
    `--user-data-dir=${profile}`,
    ...chromiumArgs(OUT).filter((a) => a !== '--no-sandbox' && a !== '--disable-gpu'),
    '--no-default-browser-check',
    url,
  ];
  console.log(`Opening ${url} in ${CHROMIUM} with Kontext loaded. Close the browser to stop.`);
  const child = spawn(CHROMIUM, args, { stdio: 'ignore' });
  const stop = () => child.kill('SIGTERM');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise((ok) => {
    child.on('error', (e) => {
      console.error(`Could not start ${CHROMIUM}: ${e.message}`);
      ok(1);
    });
    child.on('exit', (code) => {
      rmSync(profile, { recursive: true, force: true });
      if (code) console.error(`Chromium exited with code ${code}.`);
      ok(code ?? 0);
    });
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      headless: { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      rebuild: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      port: { type: 'string', default: '0' },
      hover: { type: 'string', default: 'Schoigu' },
      size: { type: 'string', default: '1280x900' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values['no-build']) await buildIfStale(values.rebuild);
  const server = await startServer({ root: join(ROOT, 'demo'), port: Number(values.port) });
  console.log(`Demo article served at ${server.url}`);
  try {
    if (values.headless || values.screenshot) {
      // npm runs scripts from the package root; resolve FILE against where the user typed the command.
      const file = resolve(process.env.INIT_CWD ?? process.cwd(), values.screenshot ?? 'kontext-demo.png');
      if (!existsSync(dirname(file))) throw new Error(`folder for ${file} does not exist`);
      const [width, height] = values.size.split('x').map(Number);
      if (!width || !height) throw new Error(`--size wants WIDTHxHEIGHT, got ${values.size}`);
      return await headless(server.url, { file, hover: values.hover, viewport: { width, height } });
    }
    return await interactive(server.url);
  } finally {
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
