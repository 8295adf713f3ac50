// The saved pages of ../shared/corpus for tests that read them (and skip without them).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/** ../shared/corpus/pages beside the project; a worktree sits one level deeper (KONTEXT_CORPUS as in the bench). */
export const CORPUS_PAGES =
  [process.env.KONTEXT_CORPUS, join(ROOT, '../shared/corpus'), join(ROOT, '../../shared/corpus')]
    .filter((d): d is string => !!d)
    .map((d) => join(d, 'pages'))
    .find((d) => existsSync(join(d, 'labels.json'))) ?? '';

export interface PageLabel {
  file: string;
  original_url: string | null;
}

/** labels.json: every saved page with its original address; [] without the corpus. */
export function corpusPageLabels(): PageLabel[] {
  return CORPUS_PAGES ? JSON.parse(readFileSync(join(CORPUS_PAGES, 'labels.json'), 'utf8')) : [];
}

export function readCorpusPage(file: string): string {
  return readFileSync(join(CORPUS_PAGES, file), 'utf8');
}
