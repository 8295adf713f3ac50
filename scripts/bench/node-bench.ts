// Node half of the benchmark: knowledge compile cost and size, and the analyser's throughput on one
// core over the corpus (call texts and the article text of every saved page).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBundle } from '../../lib/knowledge/types';
import type { MatchIndex } from '../../lib/match/index-types';
import { type Summary, summarize, timeRepeated } from './stats';

export interface KnowledgeSet {
  name: string;
  bundle: KnowledgeBundle;
  index: MatchIndex;
  bundleJson: string;
  indexJson: string;
  aliases: number;
}

export interface NodeEntry {
  analyzeText: typeof import('../../lib/analyze').analyzeText;
  extractCalls: typeof import('../../lib/calls/extract').extractCalls;
  compileIndex: typeof import('../../lib/match/compile').compileIndex;
  findMentions: typeof import('../../lib/match/find').findMentions;
  loadBundledKnowledge(root: string): { bundle: KnowledgeBundle; from: string };
  pageText(html: string): string;
}

export interface CorpusText {
  name: string;
  text: string;
  published: string | null;
}

export const CORPUS = process.env.KONTEXT_CORPUS ?? join(import.meta.dirname, '../../../shared/corpus');

/** calls/*.txt and the article text of pages/de-*.html; [] when the corpus is absent. */
export function corpusTexts(entry: NodeEntry): CorpusText[] {
  const out: CorpusText[] = [];
  const calls = join(CORPUS, 'calls');
  if (existsSync(calls)) {
    for (const f of readdirSync(calls)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      const goldFile = join(calls, f.replace(/\.txt$/, '.gold.json'));
      const gold = existsSync(goldFile)
        ? (JSON.parse(readFileSync(goldFile, 'utf8')) as { published?: string })
        : {};
      out.push({
        name: `calls/${f}`,
        text: readFileSync(join(calls, f), 'utf8'),
        published: gold.published ?? null,
      });
    }
  }
  const pages = join(CORPUS, 'pages');
  if (existsSync(pages)) {
    for (const f of readdirSync(pages)
      .filter((n) => /^de-.*\.html$/.test(n))
      .sort()) {
      out.push({
        name: `pages/${f}`,
        text: entry.pageText(readFileSync(join(pages, f), 'utf8')),
        published: null,
      });
    }
  }
  return out;
}

export interface CompileResult {
  knowledge: string;
  aliases: number;
  entries: number;
  compileMs: Summary;
  bundleBytes: number;
  indexBytes: number;
}

export function measureCompile(entry: NodeEntry, k: KnowledgeSet, reps: number): CompileResult {
  return {
    knowledge: k.name,
    aliases: k.aliases,
    entries: k.index.entries.length,
    compileMs: summarize(timeRepeated(() => entry.compileIndex(k.bundle), reps)),
    bundleBytes: Buffer.byteLength(k.bundleJson),
    indexBytes: Buffer.byteLength(k.indexJson),
  };
}

export interface ThroughputResult {
  knowledge: string;
  what: 'analyzeText' | 'findMentions' | 'floor regexp';
  articles: number;
  bytes: number;
  passMs: Summary;
  articlesPerSec: number;
  mbPerSec: number;
}

/** Whole-corpus passes until `seconds` have gone by (at least `minPasses`); rates from the median pass. */
export function measureThroughput(
  entry: NodeEntry,
  k: KnowledgeSet,
  texts: CorpusText[],
  what: ThroughputResult['what'],
  seconds: number,
  minPasses = 5,
): ThroughputResult {
  let pass: () => void;
  if (what === 'analyzeText') {
    pass = () => {
      for (const t of texts)
        entry.analyzeText(t.text, { published: t.published, bundle: k.bundle, index: k.index });
    };
  } else if (what === 'findMentions') {
    pass = () => {
      for (const t of texts) entry.findMentions(t.text, k.index);
    };
  } else {
    const re = floorRegExp(k.index);
    pass = () => {
      for (const t of texts) {
        re.lastIndex = 0;
        while (re.exec(t.text) !== null);
      }
    };
  }
  pass(); // warm up the JIT and the per-index lookup tables
  const samples: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  while (samples.length < minPasses || performance.now() < deadline) {
    const t0 = performance.now();
    pass();
    samples.push(performance.now() - t0);
    if (samples.length >= 500) break;
  }
  const passMs = summarize(samples);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  return {
    knowledge: k.name,
    what,
    articles: texts.length,
    bytes,
    passMs,
    articlesPerSec: (texts.length * 1000) / passMs.median,
    mbPerSec: bytes / 1e6 / (passMs.median / 1000),
  };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The floor in Node: one alternation of every alias, longest first (split if V8 would refuse it). */
export function floorRegExp(index: MatchIndex): RegExp {
  const aliases = [...new Set(index.entries.map((e) => e.alias))].sort((a, b) => b.length - a.length);
  return new RegExp(`(?:${aliases.map(escapeRe).join('|')})`, 'gi');
}

export interface ScalingResult {
  words: number;
  chars: number;
  mentions: number;
  findMs: Summary;
  callsMs: Summary;
  /** µs per 1,000 characters from the fastest runs (least disturbed by other load), matching only and with calls. */
  findPerKChar: number;
  analyzePerKChar: number;
}

/** Matching and call extraction on the generated ticker at growing sizes: is the growth linear? */
export function measureScaling(
  entry: NodeEntry,
  k: KnowledgeSet,
  texts: { words: number; text: string }[],
  reps: number,
): ScalingResult[] {
  return texts.map(({ words, text }) => {
    let mentions = entry.findMentions(text, k.index);
    const findMs = summarize(timeRepeated(() => (mentions = entry.findMentions(text, k.index)), reps));
    const callsMs = summarize(
      timeRepeated(() => entry.extractCalls(text, mentions, k.bundle, '2022-05-13'), reps),
    );
    return {
      words,
      chars: text.length,
      mentions: mentions.length,
      findMs,
      callsMs,
      findPerKChar: (1000 * findMs.min) / (text.length / 1000),
      analyzePerKChar: (1000 * (findMs.min + callsMs.min)) / (text.length / 1000),
    };
  });
}
