// npm run analyze -- [--json] [--text] [--force] [--published YYYY-MM-DD] FILE|DIR...
// Runs the extension's library code over saved HTML pages or plain-text articles and prints what
// the extension would show. One broken file never stops the run; exit code 1 only when no file
// could be read.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeText } from '../lib/analyze';
import { bundledIndex, bundledKnowledge } from '../lib/knowledge/bundled';
import { extractArticle } from '../lib/page/extract';
import { guessGerman } from '../lib/page/language-guess';

const USAGE =
  'usage: npm run analyze -- [--json] [--text] [--force] [--published YYYY-MM-DD] FILE|DIR...\n' +
  '  --json       one JSON object per file and line\n' +
  '  --text       include the analysed text (offsets index into it)\n' +
  '  --force      analyse HTML pages even when they are not detected as German news\n' +
  '  --published  publication date for .txt files (HTML pages carry their own)';

const EXTENSIONS = new Set(['.html', '.htm', '.txt']);

interface Args {
  json: boolean;
  text: boolean;
  force: boolean;
  published: string | null;
  paths: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, text: false, force: false, published: null, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--text') args.text = true;
    else if (a === '--force') args.force = true;
    else if (a === '--published') {
      const v = argv[++i] ?? '';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new Error(`--published needs YYYY-MM-DD, got "${v}"`);
      args.published = v;
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.paths.push(a);
  }
  return args;
}

/** Files named on the command line, directories expanded (recursively) to their article files. */
function expand(paths: string[], onError: (path: string, err: unknown) => void): string[] {
  const out: string[] = [];
  const walk = (path: string, named: boolean) => {
    try {
      if (statSync(path).isDirectory()) {
        for (const name of readdirSync(path).sort()) walk(join(path, name), false);
      } else if (named || EXTENSIONS.has(extname(path).toLowerCase())) out.push(path);
    } catch (err) {
      onError(path, err);
    }
  };
  for (const p of paths) walk(p, true);
  return out;
}

interface FileResult {
  file: string;
  language: string | null;
  /** null for plain-text files: there is no page to detect. */
  isNewsArticle: boolean | null;
  published: string | null;
  entities: ReturnType<typeof analyzeText>['entities'];
  calls: ReturnType<typeof analyzeText>['calls'];
  text?: string;
  /** Why an HTML page was not analysed (not German news), for the human-readable output. */
  reasons?: string[];
}

function analyzeFile(file: string, raw: string, args: Args): FileResult {
  const opts = { bundle: bundledKnowledge, index: bundledIndex };
  if (extname(file).toLowerCase() === '.txt') {
    const text = raw.replace(/^\uFEFF/, '');
    const published = args.published;
    const { entities, calls } = analyzeText(text, { ...opts, published });
    const language = guessGerman(text.slice(0, 5000)).german ? 'de' : null;
    return { file, language, isNewsArticle: null, published, entities, calls, text };
  }
  const { document } = parseHTML(raw);
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    '';
  const { page, collected } = extractArticle(document, url, { force: args.force });
  const base = {
    file,
    language: page.language,
    isNewsArticle: page.isNewsArticle,
    published: page.published,
  };
  if (!collected) return { ...base, entities: [], calls: [], text: '', reasons: page.reasons };
  const { entities, calls } = analyzeText(collected.text, { ...opts, published: page.published });
  return { ...base, entities, calls, text: collected.text, reasons: page.reasons };
}

function printHuman(r: FileResult): void {
  const news =
    r.isNewsArticle === null ? 'plain text' : r.isNewsArticle ? 'German news article' : 'not German news';
  console.log(`${r.file}\n  ${news}; language ${r.language ?? '?'}; published ${r.published ?? '?'}`);
  if (r.isNewsArticle === false && r.reasons) console.log(`  (${r.reasons.join('; ')})`);
  for (const e of r.entities) {
    const forms = [...new Set(e.mentions.map((m) => m.text))].join(', ');
    console.log(
      `  ${e.label.de} [${e.type}${e.wikidata ? ` ${e.wikidata}` : ''}] ×${e.mentions.length}: ${forms}`,
    );
  }
  const label = (id: string | null) =>
    id === null ? '?' : (bundledKnowledge.entities.find((e) => e.id === id)?.label.de ?? id);
  for (const c of r.calls) {
    const who = c.participants.map(label).join(' – ');
    const bits = [
      c.status,
      c.mode,
      c.date ?? c.dateText,
      c.duration,
      c.initiator && `initiated by ${label(c.initiator)}`,
    ];
    console.log(`  CALL ${who} (${bits.filter(Boolean).join(', ')})`);
    for (const d of c.demands) console.log(`    demand: ${d.text.slice(0, 140)}`);
    for (const o of c.outcomes) console.log(`    outcome: ${o.text.slice(0, 140)}`);
  }
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.paths.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let failed = 0;
  const report = (path: string, err: unknown) => {
    failed++;
    console.error(`${path}: ${err instanceof Error ? err.message : String(err)}`);
  };
  const files = expand(args.paths, report);
  let ok = 0;
  let bytes = 0;
  const t0 = performance.now();
  for (const file of files) {
    try {
      const raw = readFileSync(file, 'utf8');
      const result = analyzeFile(file, raw, args);
      bytes += Buffer.byteLength(raw);
      ok++;
      if (!args.text) delete result.text;
      if (args.json) {
        const { reasons: _reasons, ...json } = result;
        console.log(JSON.stringify(json));
      } else printHuman(result);
    } catch (err) {
      report(file, err);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  console.error(
    `${ok} file(s) analysed, ${failed} failed, in ${seconds.toFixed(2)} s: ` +
      `${(ok / Math.max(seconds, 1e-9)).toFixed(1)} files/s, ${(bytes / 1e6 / Math.max(seconds, 1e-9)).toFixed(2)} MB/s`,
  );
  return ok > 0 ? 0 : 1;
}

process.exitCode = main();
