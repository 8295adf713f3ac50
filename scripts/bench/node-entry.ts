// The Node side of the benchmark, bundled by page-bundle.ts: the analyser and the knowledge compiler
// as the extension and `npm run analyze` use them, plus text extraction from saved pages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DOMParser } from 'linkedom';
import { analyzeText } from '../../lib/analyze';
import { extractCalls } from '../../lib/calls/extract';
import { buildBundle, type SourceFile } from '../../lib/knowledge/build';
import type { KnowledgeBundle } from '../../lib/knowledge/types';
import { compileIndex } from '../../lib/match/compile';
import { findMentions } from '../../lib/match/find';
import { findArticleRoot } from '../../lib/page/article-root';
import { collectText } from '../../lib/text/collect';

export { analyzeText, compileIndex, extractCalls, findMentions };

function listJson(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listJson(full));
    else if (name.endsWith('.json') && name !== 'meta.json') out.push(full);
  }
  return out;
}

/** The shipped bundle if `npm run knowledge` has written it, else the same build done in memory. */
export function loadBundledKnowledge(root: string): { bundle: KnowledgeBundle; from: string } {
  try {
    const bundle = JSON.parse(readFileSync(join(root, 'lib/knowledge/compiled/bundle.json'), 'utf8'));
    return { bundle, from: 'lib/knowledge/compiled/bundle.json' };
  } catch {
    const dataDir = join(root, 'data/knowledge');
    const meta = JSON.parse(readFileSync(join(dataDir, 'meta.json'), 'utf8')) as { asOf: string };
    const files: SourceFile[] = listJson(dataDir).map((full) => ({
      path: relative(dataDir, full).split('\\').join('/'),
      data: JSON.parse(readFileSync(full, 'utf8')),
    }));
    const { bundle, errors } = buildBundle(files, meta.asOf);
    if (!bundle) throw new Error(`knowledge does not build: ${errors.slice(0, 3).join('; ')}`);
    return { bundle, from: 'data/knowledge (built in memory)' };
  }
}

/** The article text of a saved page, as the content script would collect it. */
export function pageText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const root = findArticleRoot(doc) ?? doc.body ?? doc.documentElement;
  return collectText(root).text;
}
