import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '../../lib/knowledge/bundled';
import { validatePack } from '../../lib/knowledge/packs';

// The README's example pack is documentation a researcher copies: it must import as it stands.
describe('the README example pack', () => {
  it('passes the same validation as an imported pack', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const block = /```json\n([\s\S]*?)\n```/.exec(readme.slice(readme.indexOf('## Knowledge data')));
    expect(block, 'a json block in the Knowledge data section').not.toBeNull();
    const result = validatePack(block![1]!, 'README.md', bundledKnowledge);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
