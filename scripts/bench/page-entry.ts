// Runs inside the benchmarked page (bundled as an IIFE by page-bundle.ts): the extension's own lib/
// code, timed with the page's clock, plus the baselines over the same text and alias list.
import { computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import { Popover, referenceFor } from '../../entrypoints/article.content/popover';
import {
  type AnnotateOutcome,
  annotatePage,
  articleSteps,
  paintSteps,
} from '../../lib/annotate/annotate-page';
import { pauseFor, runInSlices } from '../../lib/annotate/slices';
import { extractCalls } from '../../lib/calls/extract';
import { type PageKnowledge, pageKnowledgeOf } from '../../lib/knowledge/page-knowledge';
import { roleOn } from '../../lib/knowledge/roles';
import type { Entity, KnowledgeBundle } from '../../lib/knowledge/types';
import { findMentions } from '../../lib/match/find';
import type { MatchIndex } from '../../lib/match/index-types';
import { findArticleRoot } from '../../lib/page/article-root';
import { detectPage } from '../../lib/page/detect';
import { extractArticle } from '../../lib/page/extract';
import { clearAll, type HighlightEnv, highlightEnvOf, paintMentions } from '../../lib/render/paint';
import { collectText } from '../../lib/text/collect';

interface Knowledge {
  bundle: KnowledgeBundle;
  index: MatchIndex;
  /** What the content script receives from the background once a page is an article. */
  page: PageKnowledge;
  entities: Map<string, Entity>;
  aliases: string[];
  floor?: RegExp[];
  naive?: RegExp[];
}

const knowledge = new Map<string, Knowledge>();
let env: HighlightEnv | null = null;

function highlightEnv(): HighlightEnv {
  env ??= highlightEnvOf(window);
  if (!env) throw new Error('no CSS Custom Highlight API in this browser');
  return env;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest first, so an alternation prefers "Wladimir Putin" over "Wladimir". */
function aliasList(index: MatchIndex): string[] {
  return [...new Set(index.entries.map((e) => e.alias))].sort((a, b) => b.length - a.length);
}

function now(): number {
  return performance.now();
}

/** JSON text in, parse time out (the extension parses its compiled knowledge once per page, too). */
function loadKnowledge(
  name: string,
  bundleJson: string,
  indexJson: string,
): { parseMs: number; aliases: number } {
  const bundle = JSON.parse(bundleJson) as KnowledgeBundle;
  const t0 = now();
  const index = JSON.parse(indexJson) as MatchIndex;
  // What the content script would pay for the match index sent as one JSON string.
  const parseMs = now() - t0;
  const k: Knowledge = {
    bundle,
    index,
    page: pageKnowledgeOf({ bundle, index }),
    entities: new Map(bundle.entities.map((en) => [en.id, en])),
    aliases: aliasList(index),
  };
  knowledge.set(name, k);
  return { parseMs, aliases: k.aliases.length };
}

function get(name: string): Knowledge {
  const k = knowledge.get(name);
  if (!k) throw new Error(`knowledge ${name} not loaded`);
  return k;
}

/** The text Kontext matches on this page (teasers and comment boxes left out), for the baselines. */
function articleText(): { text: string } {
  const { collected } = extractArticle(document, location.href, { force: true });
  return { text: collected?.text ?? collectText(document.body).text };
}

export interface AnnotateTiming {
  ms: number;
  kind: string;
  reason?: string;
  /** Detection's reasons, also for annotated pages (to see why a page counted as an article). */
  reasons: string[];
  mentions: number;
  chars: number;
  words: number;
}

/** The last outcome stays referenced, as the content script keeps its annotation (for heap numbers). */
let kept: AnnotateOutcome | null = null;

/** One full pass of the extension's pipeline, exactly as the content script calls it. */
function annotate(name: string, url: string): AnnotateTiming {
  const k = get(name);
  const e = highlightEnv();
  clearAll(e);
  const t0 = now();
  const out = annotatePage(document, url, { knowledge: k.page, env: e });
  const ms = now() - t0;
  kept = out;
  if (out.kind === 'skipped')
    return {
      ms,
      kind: out.kind,
      reason: out.reason,
      reasons: out.page?.reasons ?? [],
      mentions: 0,
      chars: 0,
      words: 0,
    };
  const text = out.annotation.collected.text;
  return {
    ms,
    kind: out.kind,
    reasons: out.annotation.page.reasons,
    mentions: out.annotation.mentions.length,
    chars: text.length,
    words: text.split(/\s+/).filter(Boolean).length,
  };
}

/** The same pipeline step by step, to see where the time goes. */
function phases(name: string, url: string): Record<string, number> {
  const k = get(name);
  const e = highlightEnv();
  clearAll(e);
  const t: Record<string, number> = {};
  let t0 = now();
  detectPage(document, url);
  t.detect = now() - t0;
  t0 = now();
  const { page, collected } = extractArticle(document, url);
  t.extract = now() - t0;
  if (!collected) return t;
  t0 = now();
  const mentions = findMentions(collected.text, k.index);
  t.match = now() - t0;
  t0 = now();
  paintMentions(e, collected, mentions, (id) => k.page.types[id]);
  t.paint = now() - t0;
  clearAll(e);
  // Not part of painting: the popup extracts the calls when it opens.
  t0 = now();
  extractCalls(collected.text, mentions, k.bundle, page.published);
  t.calls = now() - t0;
  return t;
}

/** The same steps, each step timed: a step longer than 50 ms is one no slicing can split. */
function* timed<T>(
  gen: Generator<void, T, void>,
  label: string,
  out: { step: string; ms: number }[],
): Generator<void, T, void> {
  for (let i = 0; ; i++) {
    const t0 = now();
    const r = gen.next();
    out.push({ step: `${label} step ${i + 1}`, ms: now() - t0 });
    if (r.done) return r.value;
    yield;
  }
}

/**
 * The content script's way: the same steps driven in time slices (runInSlices, the browser's
 * yield between slices). Records every slice, so the longest one is known in every browser.
 */
async function sliced(
  name: string,
  url: string,
): Promise<{
  workMs: number;
  wallMs: number;
  longestSliceMs: number;
  slices: number;
  sliceMs: number[];
  longestSteps: { step: string; ms: number }[];
  marks: number;
}> {
  const k = get(name);
  const e = highlightEnv();
  clearAll(e);
  const yieldToPage = pauseFor(window);
  const slices: number[] = [];
  let sliceStart = now();
  const pause = async () => {
    slices.push(now() - sliceStart);
    await yieldToPage();
    sliceStart = now();
  };
  const steps: { step: string; ms: number }[] = [];
  const t0 = now();
  const article = await runInSlices(timed(articleSteps(document, url), 'article', steps), { now, pause });
  let marks = 0;
  if (article && article.kind === 'article') {
    const a = await runInSlices(timed(paintSteps(article, { knowledge: k.page, env: e }), 'paint', steps), {
      now,
      pause,
    });
    marks = a?.mentions.length ?? 0;
  }
  slices.push(now() - sliceStart);
  const wallMs = now() - t0;
  const workMs = slices.reduce((x, y) => x + y, 0);
  const longestSteps = steps.sort((a, b) => b.ms - a.ms).slice(0, 3);
  return {
    workMs,
    wallMs,
    longestSliceMs: Math.max(...slices),
    slices: slices.length,
    sliceMs: slices,
    longestSteps,
    marks,
  };
}

/** The floor: one precompiled alternation over the collected text, nothing else. */
function floor(name: string): { ms: number; matches: number; regexps: number } {
  const k = get(name);
  const { text } = articleText();
  if (!k.floor) {
    k.floor = [];
    // V8 and SpiderMonkey refuse very large patterns; split the alternation where needed.
    const CHUNK = 20000;
    for (let i = 0; i < k.aliases.length; i += CHUNK) {
      const part = k.aliases
        .slice(i, i + CHUNK)
        .map(escapeRe)
        .join('|');
      k.floor.push(new RegExp(`(?:${part})`, 'gi'));
    }
    for (const re of k.floor) re.test(text); // compile outside the timing
  }
  let matches = 0;
  const t0 = now();
  for (const re of k.floor) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) matches++;
  }
  return { ms: now() - t0, matches, regexps: k.floor.length };
}

/** The naive loop: one precompiled word-bounded regex per alias, each run over the whole text. */
function naive(name: string, budgetMs = 20000): { ms: number; matches: number; done: number; of: number } {
  const k = get(name);
  const { text } = articleText();
  k.naive ??= k.aliases.map((a) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(a)}(?![\\p{L}\\p{N}])`, 'giu'));
  let matches = 0;
  let done = 0;
  const t0 = now();
  for (const re of k.naive) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) matches++;
    done++;
    if ((done & 63) === 0 && now() - t0 > budgetMs) break;
  }
  return { ms: now() - t0, matches, done, of: k.naive.length };
}

interface MarkOptions {
  done?: (n: number) => void;
  separateWordSearch?: boolean;
  accuracy?: string;
  acrossElements?: boolean;
}

interface MarkCtor {
  new (
    ctx: Element,
  ): {
    mark(keywords: string[], opts: MarkOptions): void;
    markRegExp(re: RegExp, opts: MarkOptions): void;
    unmark(opts?: MarkOptions): void;
  };
}

/**
 * mark.js highlighting the same alias list in the article root, synchronously (mark.js calls `done`
 * before returning when there are no iframes). 'keywords': its usual API, mark(aliases) — one regex and
 * one DOM walk per keyword, recursing once per keyword, so a call overflows the stack at about 2,000
 * keywords and the list goes in chunks. 'regexp': its best case, markRegExp with one alternation per
 * chunk. Stops after the budget and reports how far it got.
 */
function markjs(
  name: string,
  mode: 'keywords' | 'regexp',
  budgetMs = 20000,
): { ms: number; marks: number; chunks: number; done: number } {
  const Mark = (window as unknown as { Mark?: MarkCtor }).Mark;
  if (!Mark) throw new Error('mark.js not loaded');
  const k = get(name);
  const root = findArticleRoot(document) ?? document.body;
  const size = mode === 'keywords' ? 250 : 1000;
  const chunks: string[][] = [];
  for (let i = 0; i < k.aliases.length; i += size) chunks.push(k.aliases.slice(i, i + size));
  const regexps =
    mode === 'regexp'
      ? chunks.map(
          (c) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${c.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
        )
      : [];
  const instance = new Mark(root);
  let marks = 0;
  let done = 0;
  const count = (n: number) => {
    marks += n;
  };
  const t0 = now();
  for (let i = 0; i < chunks.length; i++) {
    if (mode === 'regexp') instance.markRegExp(regexps[i]!, { done: count });
    else instance.mark(chunks[i]!, { done: count, separateWordSearch: false, accuracy: 'exactly' });
    done++;
    if (now() - t0 > budgetMs) break;
  }
  const ms = now() - t0;
  instance.unmark();
  return { ms, marks, chunks: chunks.length, done };
}

/** Time from "open this mark" to a positioned, laid-out card, for the first `count` distinct entities. */
async function popover(name: string, url: string, count = 8): Promise<number[]> {
  const k = get(name);
  const e = highlightEnv();
  clearAll(e);
  const out = annotatePage(document, url, { knowledge: k.page, env: e });
  if (out.kind !== 'annotated') return [];
  const a = out.annotation;
  const seen = new Set<string>();
  const picks: number[] = [];
  a.mentions.forEach((m, i) => {
    if (!seen.has(m.entityId) && picks.length < count) {
      seen.add(m.entityId);
      picks.push(i);
    }
  });
  const pop = new Popover(document, () => {});
  const times: number[] = [];
  const today = new Date().toISOString().slice(0, 10);
  for (const i of picks) {
    const m = a.mentions[i]!;
    const entity = k.entities.get(m.entityId)!;
    const range = a.ranges[i]!;
    (range.startContainer.parentElement as HTMLElement | null)?.scrollIntoView({ block: 'center' });
    const t0 = now();
    const ref = referenceFor(document, range);
    const published = a.page.published;
    pop.show(
      {
        entity,
        published,
        today,
        roleThen: published ? roleOn(entity, published) : null,
        roleNow: roleOn(entity, today),
        knowledgeAsOf: k.bundle.asOf,
        lang: 'de',
      },
      ref,
      false,
    );
    const pos = await computePosition(ref, pop.host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [inline(), offset(8), flip({ padding: 8 }), shift({ padding: 8 })],
    });
    pop.host.style.left = `${pos.x}px`;
    pop.host.style.top = `${pos.y}px`;
    pop.host.getBoundingClientRect(); // forces style and layout of the card
    times.push(now() - t0);
    pop.hide();
    await new Promise((r) => requestAnimationFrame(r));
  }
  pop.destroy();
  clearAll(e);
  return times;
}

/**
 * The longest main-thread task while annotating once the content script's way (sliced), started in a
 * task of its own: Chromium reports long tasks; every browser gets the longest slice.
 */
async function longestTask(
  name: string,
  url: string,
): Promise<{
  longestMs: number;
  passMs: number;
  wallMs: number;
  tasks: number;
  slices: number;
  sliceMs: number[];
  longestSteps: { step: string; ms: number }[];
  source: string;
}> {
  const entries: number[] = [];
  const supported = PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false;
  const obs = supported
    ? new PerformanceObserver((list) => {
        for (const en of list.getEntries()) entries.push(en.duration);
      })
    : null;
  obs?.observe({ type: 'longtask' });
  const r = await new Promise<Awaited<ReturnType<typeof sliced>>>((resolve) =>
    setTimeout(() => resolve(sliced(name, url)), 0),
  );
  await new Promise((done) => setTimeout(done, 100));
  if (obs) {
    for (const en of obs.takeRecords()) entries.push(en.duration);
    obs.disconnect();
  }
  clearAll(highlightEnv());
  const longest = Math.max(r.longestSliceMs, entries.length ? Math.max(...entries) : 0);
  return {
    longestMs: longest,
    passMs: r.workMs,
    wallMs: r.wallMs,
    tasks: entries.length,
    slices: r.slices,
    sliceMs: r.sliceMs,
    longestSteps: r.longestSteps,
    source: supported ? 'longtask + slices' : 'slices',
  };
}

function heap(): number | null {
  const m = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return m ? m.usedJSHeapSize : null;
}

(window as unknown as { KontextBench: unknown }).KontextBench = {
  loadKnowledge,
  annotate,
  sliced,
  phases,
  floor,
  naive,
  markjs,
  popover,
  longestTask,
  heap,
  hasKept: () => kept !== null,
  clear: () => {
    kept = null;
    clearAll(highlightEnv());
  },
};
