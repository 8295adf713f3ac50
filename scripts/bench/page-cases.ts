// The pages the benchmark opens and what it measures on each, in the page's own context (the
// extension's lib/ bundled by page-bundle.ts) and through the built extension itself.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Served, startServer } from '../serve';
import { frontPage, tickerPage } from './generate';
import type { KnowledgeSet } from './node-bench';
import { CORPUS } from './node-bench';
import { ROOT } from './page-bundle';

export type CaseKind = 'bail-out' | 'article' | 'huge';

export interface PageCase {
  id: string;
  kind: CaseKind;
  url: string;
  /** The address detection sees in the page-context runs (a saved page's own canonical address). */
  detectUrl: string;
  bytes: number;
}

export interface Site {
  cases: PageCase[];
  close(): Promise<void>;
}

// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs (Chromium).
const ISOLATED = () => ({
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
});

/** Serves the demo, the corpus pages and the generated pages on 127.0.0.1; lists the cases. */
export async function openSite(opts: {
  tickerWords: number;
  names: string[];
  corpus: boolean;
}): Promise<Site> {
  const genDir = mkdtempSync(join(tmpdir(), 'kontext-bench-pages-'));
  writeFileSync(join(genDir, 'front-page.html'), frontPage());
  writeFileSync(join(genDir, 'ticker.html'), tickerPage({ words: opts.tickerWords, names: opts.names }));
  const servers: Served[] = [];
  const serve = async (root: string) => {
    const s = await startServer({ root, headers: ISOLATED });
    servers.push(s);
    return s.url;
  };
  const gen = await serve(genDir);
  const demo = await serve(join(ROOT, 'demo'));
  const size = (f: string) => statSync(f).size;
  const cases: PageCase[] = [
    {
      id: 'front page (not an article)',
      kind: 'bail-out',
      url: `${gen}front-page.html`,
      detectUrl: 'https://www.tagesschau.de/',
      bytes: size(join(genDir, 'front-page.html')),
    },
    {
      id: 'demo article',
      kind: 'article',
      url: `${demo}article.html`,
      detectUrl: `${demo}article.html`,
      bytes: size(join(ROOT, 'demo/article.html')),
    },
  ];
  const pagesDir = join(CORPUS, 'pages');
  if (opts.corpus && existsSync(pagesDir)) {
    const pages = await serve(pagesDir);
    const labels = new Map<string, string>();
    try {
      const list = JSON.parse(readFileSync(join(pagesDir, 'labels.json'), 'utf8')) as {
        file: string;
        original_url?: string;
      }[];
      for (const l of list) if (l.original_url) labels.set(l.file, l.original_url);
    } catch {
      // Without labels detection sees the local address; the verdict may differ from the live site.
    }
    for (const f of readdirSync(pagesDir)
      .filter((n) => n.endsWith('.html'))
      .sort()) {
      const neg = f.startsWith('neg-');
      cases.push({
        id: `corpus ${f.replace(/\.html$/, '')}`,
        kind: neg ? 'bail-out' : 'article',
        url: `${pages}${f}`,
        detectUrl: labels.get(f) ?? `${pages}${f}`,
        bytes: size(join(pagesDir, f)),
      });
    }
  }
  cases.push({
    id: `live ticker ${Math.round(opts.tickerWords / 1000)}k words`,
    kind: 'huge',
    url: `${gen}ticker.html`,
    detectUrl: `${gen}ticker.html`,
    bytes: size(join(genDir, 'ticker.html')),
  });
  return {
    cases,
    close: async () => {
      for (const s of servers) await s.close();
      rmSync(genDir, { recursive: true, force: true });
    },
  };
}

export function loadKnowledgeSource(k: KnowledgeSet): string {
  return `KontextBench.loadKnowledge(${JSON.stringify(k.name)}, ${JSON.stringify(k.bundleJson)}, ${JSON.stringify(k.indexJson)})`;
}
