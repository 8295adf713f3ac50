// Detection on the saved real pages of ../shared/corpus (not part of the project; skipped without it).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../lib/page/article-root';
import { detectPage } from '../../lib/page/detect';

const DIR = join(__dirname, '../../../shared/corpus/pages');
const present = existsSync(join(DIR, 'labels.json'));
const labels: { file: string; original_url: string | null; expect_german_news_detection: boolean }[] = present
  ? JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8'))
  : [];

const title = present
  ? 'page detection on ../shared/corpus/pages'
  : 'page detection on ../shared/corpus/pages (skipped: ../shared/corpus absent)';

describe.skipIf(!present)(title, () => {
  it.each(labels.map((l) => [l.file, l] as const))('%s', (_name, l) => {
    const { document } = parseHTML(readFileSync(join(DIR, l.file), 'utf8'));
    const info = detectPage(document, l.original_url ?? '');
    expect(info.isNewsArticle, info.reasons.join('; ')).toBe(l.expect_german_news_detection);
    if (l.expect_german_news_detection) {
      const root = findArticleRoot(document);
      expect(root).not.toBeNull();
      expect((root?.textContent ?? '').length).toBeGreaterThan(1000);
    }
  });
});
