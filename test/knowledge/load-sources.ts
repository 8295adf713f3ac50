// Reads data/knowledge/ the way scripts/build-knowledge.ts does, for the data tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from '../../lib/knowledge/build';

export const DATA_DIR = join(import.meta.dirname, '../../data/knowledge');

export function loadSourceFiles(dir = DATA_DIR): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.json') && name !== 'meta.json') {
        out.push({
          path: relative(dir, full).split('\\').join('/'),
          data: JSON.parse(readFileSync(full, 'utf8')),
        });
      }
    }
  };
  walk(dir);
  return out;
}
