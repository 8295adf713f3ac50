// Quick matcher benchmark (not a test): normalisation + matching cost for the bundled knowledge and
// generated knowledge of 2,000 / 5,000 / 50,000 aliases over ~5,000- and ~200,000-word texts, with
// the floor of one bare pass of a single precompiled word regex over the same text.
// Run: npx tsx scripts/bench-match.ts

import { readFileSync } from 'node:fs';
import type { Entity, KnowledgeBundle } from '../lib/knowledge/types';
import { compileIndex, type MatchIndex } from '../lib/match/compile';
import { findMentions, findMentionsInSteps } from '../lib/match/find';
import { runtimeFor } from '../lib/match/runtime';
import { normalizeForMatch } from '../lib/text/normalize';

const SRC = { cite: 'generated', asOf: '2026-01-01' };
let seed = 42;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;

const SYL = [
  'ka',
  'lo',
  'mir',
  'sch',
  'ow',
  'ew',
  'in',
  'ber',
  'tra',
  'ko',
  'wa',
  'ni',
  'sel',
  'pu',
  'dan',
  'ri',
  'mo',
  'ski',
  'jew',
  'ha',
];
const name = () => {
  let s = '';
  const n = 2 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) s += pick(SYL);
  return s[0]!.toUpperCase() + s.slice(1);
};

function generated(aliases: number): KnowledgeBundle {
  const entities: Entity[] = [];
  for (let i = 0; entities.length * 2 < aliases; i++) {
    const first = name();
    const last = `${name()}${i}`;
    entities.push({
      id: `gen-${i}`,
      type: 'person',
      label: { de: `${first} ${last}`, en: `${first} ${last}` },
      description: { de: '', en: '' },
      aliases: [
        { text: `${first} ${last}`, origin: 'listed' },
        { text: last, origin: 'listed', needsCue: i % 3 === 0 },
      ],
      roles: [],
      wikidata: null,
      wikipedia: { de: null },
      cues: [],
      source: SRC,
    });
  }
  return { name: `generated-${aliases}`, asOf: '2026-01-01', entities, offices: [] };
}

const FILLER =
  'der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei Regierung Gespräch Telefonat Minister sagte erklärte Woche Krieg Frieden Verhandlungen Sprecher Präsident'.split(
    ' ',
  );

function makeText(words: number, names: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    if (i % 40 === 0 && names.length > 0) out.push(pick(names));
    else out.push(pick(FILLER));
    if (i % 15 === 14) out.push('.\n');
  }
  return out.join(' ');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => unknown, runs: number): { med: number; min: number; max: number } {
  for (let i = 0; i < Math.min(5, runs); i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return { med: median(ts), min: Math.min(...ts), max: Math.max(...ts) };
}

const bundled = JSON.parse(
  readFileSync(new URL('../lib/knowledge/compiled/bundle.json', import.meta.url), 'utf8'),
) as KnowledgeBundle;
const sets: [string, KnowledgeBundle][] = [
  ['bundled', bundled],
  ['gen-2000', generated(2000)],
  ['gen-5000', generated(5000)],
  ['gen-50000', generated(50000)],
];
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const f = (x: number) => x.toFixed(3).padStart(8);
console.log(
  'set         aliases  words    chars   norm ms  match ms (med/min/max)        floor ms  ×floor  mentions  setup ms',
);
console.log(
  '  (setup = runtimeFor on a fresh index object; load = JSON.parse of the index + setup + first match)',
);
const allNames = sets.flatMap(([, b]) => b.entities.flatMap((e) => e.aliases.slice(0, 1).map((a) => a.text)));
const pages = new Map([5000, 200000].map((w) => [w, makeText(w, allNames)]));
// Warm the engine up on a set that is not reported, so the first row is not the one paying for JIT.
{
  const warm = generated(1000);
  const index = compileIndex(warm);
  const text = makeText(
    20000,
    warm.entities.flatMap((e) => e.aliases.map((a) => a.text)),
  );
  for (let i = 0; i < 30; i++) {
    findMentions(text, index);
    normalizeForMatch(text);
    WORD.lastIndex = 0;
    while (WORD.exec(text));
  }
}
for (const [label, bundle] of sets) {
  const t0 = performance.now();
  const index: MatchIndex = compileIndex(bundle);
  const compileMs = performance.now() - t0;
  const t1 = performance.now();
  runtimeFor(index);
  const buildMs = performance.now() - t1;
  const json = JSON.stringify(index);
  const names = bundle.entities.flatMap((e) => e.aliases.map((a) => a.text));
  for (const words of [5000, 200000]) {
    // The same page for every set: names from all sets, so each finds its own and the text costs the same.
    const text = pages.get(words)!;
    const runs = words > 10000 ? 15 : 200;
    const norm = time(() => normalizeForMatch(text), runs);
    const match = time(() => findMentions(text, index), runs);
    const floor = time(() => {
      WORD.lastIndex = 0;
      let n = 0;
      while (WORD.exec(text)) n++;
      return n;
    }, runs);
    const count = findMentions(text, index).length;
    // Longest single step when the work is cut with findMentionsInSteps (100,000 chars per step).
    let longest = 0;
    for (let r = 0; r < 3; r++) {
      const steps = findMentionsInSteps(text, index, 100_000);
      let t = performance.now();
      while (!steps.next().done) {
        longest = Math.max(longest, performance.now() - t);
        t = performance.now();
      }
    }
    console.log(
      `${label.padEnd(10)} ${String(index.entries.length).padStart(7)} ${String(words).padStart(7)} ${String(text.length).padStart(8)} ${f(norm.med)} ${f(match.med)} ${f(match.min)} ${f(match.max)} ${f(floor.med)} ${(match.med / floor.med).toFixed(1).padStart(6)} ${String(count).padStart(9)} ${f(buildMs)}  longest step ${longest.toFixed(1)} ms`,
    );
  }
  const load = time(() => findMentions(makeText(10, names), JSON.parse(json) as MatchIndex), 15);
  console.log(
    `  ${label}: compile ${compileMs.toFixed(0)} ms, index JSON ${(json.length / 1024).toFixed(0)} KiB, load ${load.med.toFixed(2)} ms (med), build of runtime tables ${buildMs.toFixed(2)} ms`,
  );
}
