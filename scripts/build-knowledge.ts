// `npm run knowledge`: validates every knowledge source file under data/knowledge/, merges them
// (imported open data < hand-kept files < cited overrides), and writes the bundle and match index
// the extension loads. Fails on any schema error, unsourced fact or lint finding.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle, type SourceFile } from '../lib/knowledge/build';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'data/knowledge');
const outDir = join(root, 'lib/knowledge/compiled');

function listJson(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listJson(full));
    else if (name.endsWith('.json') && name !== 'meta.json') out.push(full);
  }
  return out;
}

async function main(): Promise<void> {
  const meta = JSON.parse(readFileSync(join(dataDir, 'meta.json'), 'utf8')) as { asOf: string };
  const files: SourceFile[] = listJson(dataDir).map((full) => ({
    path: relative(dataDir, full).split('\\').join('/'),
    data: JSON.parse(readFileSync(full, 'utf8')),
  }));
  const { bundle, errors, stats } = buildBundle(files, meta.asOf);
  if (!bundle) {
    console.error(`knowledge: ${errors.length} problem(s); nothing written.`);
    for (const e of errors.slice(0, 200)) console.error(`  ${e}`);
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  const bundleJson = JSON.stringify(bundle);
  writeFileSync(join(outDir, 'bundle.json'), bundleJson);
  let indexNote = 'index.json not written';
  if (existsSync(join(root, 'lib/match/compile.ts'))) {
    const { compileIndex } = await import('../lib/match/compile');
    const indexJson = JSON.stringify(compileIndex(bundle));
    writeFileSync(join(outDir, 'index.json'), indexJson);
    indexNote = `index.json ${(indexJson.length / 1024).toFixed(0)} KiB`;
  } else {
    console.warn(
      'knowledge: lib/match/compile.ts is missing, so lib/knowledge/compiled/index.json was not written.',
    );
  }
  console.log(
    `knowledge: ${stats.entities} entities (${Object.entries(stats.byType)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ')}), ${stats.roles} roles, ${stats.aliases} aliases, ${stats.offices} offices, ` +
      `${stats.overrides} overrides; facts from open data/Wikidata ${stats.factsFromOpenData}, ` +
      `from publications ${stats.factsFromPublications}; bundle.json ${(bundleJson.length / 1024).toFixed(0)} KiB, ${indexNote}`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
