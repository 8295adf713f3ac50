// `npm run bench`: what Kontext costs where readers and researchers feel it, next to the floor and the
// alternatives, in Node, in the page's own context (Chromium, Firefox) and through the built extension.
// Prints a table and writes bench-results/<date>-<commit>.json. Flags: --quick (fewer repetitions),
// --no-firefox, --no-extension, --no-profile, --node-only, --words=N (ticker size), --only=TEXT (pages
// whose name contains TEXT; TEXT,TEXT: either), --no-node, --output=DIR (the built extension to measure, default .output: point it at
// another checkout's build to compare), --report FILE, --compare OLD.json NEW.json (targets side by side).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BenchBrowser, launchChromium, launchFirefox } from './bench/browsers';
import { profileFirefoxDetector } from './bench/firefox-profile';
import { grownKnowledge, tickerNames, tickerPage } from './bench/generate';
import {
  corpusTexts,
  type KnowledgeSet,
  measureCompile,
  measureScaling,
  measureThroughput,
  type NodeEntry,
} from './bench/node-bench';
import { markJsSource, missingModules, nodeBundleFile, pageBundle, ROOT } from './bench/page-bundle';
import { openSite } from './bench/page-cases';
import { measurePopup } from './bench/popup-ticker';
import { moduleLines, profileNode } from './bench/profile';
import { printReport, type Results, type Sizes } from './bench/report';
import { type DetectorResult, runDetector } from './bench/run-detector';
import { runExtension } from './bench/run-extension';
import { runPageCases } from './bench/run-page';
import { compareTargets, judgeTargets } from './bench/targets';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const wordsArg = process.argv.find((a) => a.startsWith('--words='));
const TICKER_WORDS = wordsArg ? Number(wordsArg.slice(8)) : 200_000;
const REPS = quick ? 4 : 10;
const HUGE_REPS = quick ? 2 : 4;
const BUDGET_MS = quick ? 500 : 1000;
const OUTPUT = resolve(
  process.argv.find((a) => a.startsWith('--output='))?.slice(9) ?? join(ROOT, '.output'),
);
const started = performance.now();
const log = (line: string) =>
  console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

function git(cmd: string): string {
  try {
    return execSync(`git ${cmd}`, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

function knowledgeSet(entry: NodeEntry, name: string, bundle: KnowledgeSet['bundle']): KnowledgeSet {
  const index = entry.compileIndex(bundle);
  return {
    name,
    bundle,
    index,
    bundleJson: JSON.stringify(bundle),
    indexJson: JSON.stringify(index),
    aliases: bundle.entities.reduce((n, e) => n + e.aliases.length, 0),
  };
}

function fileSizes(dir: string, match: RegExp): Sizes['contentScript'] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => match.test(f))
    .sort()
    .map((f) => {
      const buf = readFileSync(join(dir, f));
      return { file: relative(ROOT, join(dir, f)), bytes: buf.length, gzip: gzipSync(buf).length };
    });
}

async function main(): Promise<void> {
  // `npm run bench -- --report bench-results/X.json`: print a saved run again.
  const compare = process.argv.indexOf('--compare');
  if (compare > 0) {
    const [before, after] = [1, 2].map(
      (i) => JSON.parse(readFileSync(process.argv[compare + i]!, 'utf8')) as Results,
    );
    console.log(compareTargets(before!, after!));
    return;
  }
  const saved = process.argv.indexOf('--report');
  if (saved > 0) {
    const r = JSON.parse(readFileSync(process.argv[saved + 1]!, 'utf8')) as Results;
    console.log(printReport({ ...r, targets: judgeTargets(r) }));
    return;
  }
  const commit = git('rev-parse --short HEAD') || 'nogit';
  const dirty = git('status --porcelain --untracked-files=no') !== '';
  const date = new Date().toISOString().slice(0, 16).replace(':', '');
  const notes: string[] = [];

  log('bundling the pipeline for Node and the page');
  const entryFile = await nodeBundleFile();
  const entry = (await import(entryFile)) as NodeEntry;
  const stubbed = missingModules();
  const { bundle, from } = entry.loadBundledKnowledge(ROOT);
  const sets = [knowledgeSet(entry, 'bundled', bundle)];
  // Generated aliases on top of the bundled ones, so the marks stay the same and only the index grows.
  const bundledAliases = sets[0]!.aliases;
  for (const n of [5000, 50000])
    sets.push(knowledgeSet(entry, `+${n / 1000}k generated`, grownKnowledge(bundle, bundledAliases + n)));

  log('Node: compile and analyser throughput');
  const compile = sets.map((k) => measureCompile(entry, k, quick ? 1 : 3));
  // --no-node: the browsers only (the analyser's throughput and growth are not measured).
  const texts = args.has('--no-node') ? [] : corpusTexts(entry);
  if (texts.length === 0 && !args.has('--no-node'))
    notes.push('corpus not found: Node throughput not measured');
  const secs = quick ? 1 : 2;
  const throughput = texts.length
    ? [
        measureThroughput(entry, sets[0]!, texts, 'analyzeText', secs),
        measureThroughput(entry, sets[0]!, texts, 'findMentions', secs),
        measureThroughput(entry, sets[0]!, texts, 'floor regexp', secs),
        measureThroughput(entry, sets[2]!, texts, 'analyzeText', secs),
      ]
    : [];

  log('Node: growth with text length');
  const scaling = args.has('--no-node')
    ? []
    : measureScaling(
        entry,
        sets[0]!,
        [TICKER_WORDS / 8, TICKER_WORDS / 4, TICKER_WORDS / 2, TICKER_WORDS].map((words) => ({
          words,
          text: entry.pageText(tickerPage({ words, names: tickerNames(bundle) })),
        })),
        quick ? 1 : 3,
      );
  const outDir = join(ROOT, 'bench-results');
  const profileDir = join(outDir, `${date}-${commit}-profiles`);
  mkdirSync(profileDir, { recursive: true });
  const profiles: Results['profiles'] = [];
  if (texts.length && !args.has('--no-profile')) {
    const nodeFile = join(profileDir, 'node-analyzeText-corpus.cpuprofile');
    const bundleSource = readFileSync(entryFile, 'utf8');
    const p = await profileNode(
      () => {
        for (let i = 0; i < 5; i++)
          for (const t of texts)
            entry.analyzeText(t.text, { published: t.published, bundle, index: sets[0]!.index });
      },
      nodeFile,
      moduleLines(bundleSource),
    );
    profiles.push({
      browser: 'node',
      what: 'analyzeText over the corpus ×5',
      totalMs: p.totalMs,
      file: nodeFile.slice(ROOT.length + 1),
      top: p.top,
    });
  }

  const detector: DetectorResult[] = [];
  const results: Omit<Results, 'targets'> = {
    date,
    commit,
    dirty,
    quick,
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model ?? '?',
      node: process.version,
      load: [loadavg()[0]!],
    },
    browsers: {},
    stubbed,
    knowledgeFrom: from,
    compile,
    throughput,
    scaling,
    profiles,
    indexParse: [],
    pages: [],
    huge: [],
    popover: [],
    extension: [],
    detector,
    sizes: {
      // The detector (detector.js) runs on every page; the annotator only where it finds an article.
      contentScript: [
        ...fileSizes(join(OUTPUT, 'chrome-mv3'), /^(detector|annotator)\.js$/),
        ...fileSizes(join(OUTPUT, 'firefox-mv2'), /^(detector|annotator)\.js$/),
      ],
      compiled: fileSizes(join(ROOT, 'lib/knowledge/compiled'), /\.json$/),
    },
    notes,
  };

  if (!args.has('--node-only')) {
    const site = await openSite({ tickerWords: TICKER_WORDS, names: tickerNames(bundle), corpus: true });
    // --only=ticker: just the pages whose name contains the text (for a quick look at one case);
    // --only=demo,neg-,front: any of them.
    const only = process.argv
      .find((a) => a.startsWith('--only='))
      ?.slice(7)
      .split(',');
    if (only) site.cases = site.cases.filter((c) => only.some((o) => c.id.includes(o)));
    const pageJs = await pageBundle();
    const markJs = markJsSource();
    const launchers: [string, (ext?: string) => Promise<BenchBrowser>][] = [['chromium', launchChromium]];
    if (!args.has('--no-firefox')) launchers.push(['firefox', launchFirefox]);
    try {
      for (const [name, launch] of launchers) {
        log(`${name}: page context`);
        const b = await launch();
        results.browsers[name] = b.version;
        try {
          const knowledge = name === 'chromium' ? sets : [sets[0]!, sets[2]!];
          const r = await runPageCases(b, site.cases, {
            bundle: pageJs,
            markJs,
            knowledge,
            reps: REPS,
            hugeReps: HUGE_REPS,
            budgetMs: BUDGET_MS,
            profileDir: args.has('--no-profile') ? undefined : profileDir,
            log,
          });
          results.pages.push(...r.pages);
          results.indexParse.push(r.indexParse);
          for (const p of r.profiles) results.profiles.push({ ...p, file: p.file.slice(ROOT.length + 1) });
          results.huge.push(...r.huge);
          results.popover.push(...r.popover);
        } finally {
          await b.close();
        }
      }
      if (!args.has('--no-extension')) {
        for (const [name, launch] of launchers) {
          log(`${name}: the built content script, evaluated in fresh page loads`);
          const b = await launch();
          try {
            detector.push(
              ...(await runDetector(b, site.cases, { outputDir: OUTPUT, reps: quick ? 4 : REPS, log })),
            );
          } finally {
            await b.close();
          }
        }
        for (const [name, launch] of launchers) {
          const dir = join(OUTPUT, name === 'chromium' ? 'chrome-mv3' : 'firefox-mv2');
          if (!existsSync(join(dir, 'manifest.json'))) {
            notes.push(`${relative(ROOT, dir)} not built (npm run build): extension not measured in ${name}`);
            continue;
          }
          log(`${name}: built extension`);
          try {
            const b = await launch(dir);
            try {
              results.extension.push(
                ...(await runExtension(b, site.cases, { reps: quick ? 3 : 5, hugeReps: HUGE_REPS, log })),
              );
            } finally {
              await b.close();
            }
            if (name === 'chromium')
              results.popup = await measurePopup(dir, site.cases, { runs: quick ? 2 : 5, log });
            // Firefox has no per-document script counter: its own injection stopwatch and CPU clock
            // under the Gecko profiler instead, on the not-an-article pages.
            if (name === 'firefox') {
              log('firefox: built extension under the Gecko profiler');
              results.firefoxProfile = await profileFirefoxDetector(dir, site.cases, {
                loads: quick ? 40 : 100,
                sampleMs: 0.1,
                sampled: !args.has('--no-profile'),
                log,
              });
            }
          } catch (err) {
            notes.push(`${name} extension run failed: ${String(err).slice(0, 200)}`);
          }
        }
      }
    } finally {
      await site.close();
    }
  }

  // The machine is shared: its load at the start and the end says how far to trust the numbers.
  results.machine.load?.push(loadavg()[0]!);
  const full: Results = { ...results, targets: judgeTargets(results) };
  console.log(printReport(full));
  const file = join(outDir, `${date}-${commit}.json`);
  writeFileSync(file, `${JSON.stringify(full, null, 1)}\n`);
  log(`wrote ${file.slice(ROOT.length + 1)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
