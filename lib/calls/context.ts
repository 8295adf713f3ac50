// What every step of the call extraction needs to see: the text, its sentences, the people it
// names, and the knowledge to resolve them with.

import type { Entity, KnowledgeBundle } from '../knowledge/types';
import { type CounterpartRef, counterpartOf, type PersonRef } from './participants';
import type { Sentence } from './sentences';
import { findTriggers, type Trigger } from './triggers';

export interface Ctx {
  text: string;
  sentences: Sentence[];
  persons: PersonRef[];
  counterparts: CounterpartRef[];
  bundle: KnowledgeBundle;
  byId: ReadonlyMap<string, Entity>;
  /** The article's date (or the knowledge's as-of date when the article has none): roles hold on it. */
  date: string;
  published: string | null;
}

/** All persons within [start, end); `ctx.persons` is sorted by start, so this is a binary search. */
export function personsIn(ctx: Ctx, start: number, end: number): PersonRef[] {
  const list = ctx.persons;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: PersonRef[] = [];
  for (let i = lo; i < list.length && list[i]!.start < end; i++) if (list[i]!.end <= end) out.push(list[i]!);
  return out;
}

/** Persons (not spokespeople or journalists) within [start, end). */
export function actorsIn(ctx: Ctx, start: number, end: number): PersonRef[] {
  return personsIn(ctx, start, end).filter((p) => !p.voice);
}

export function voicesIn(ctx: Ctx, start: number, end: number): PersonRef[] {
  return personsIn(ctx, start, end).filter((p) => p.voice);
}

const triggerCache = new WeakMap<Ctx, Map<number, Trigger[]>>();

/** The triggers of one sentence, computed once per extraction. */
export function triggersOf(ctx: Ctx, s: Sentence): Trigger[] {
  let cache = triggerCache.get(ctx);
  if (!cache) {
    cache = new Map();
    triggerCache.set(ctx, cache);
  }
  let list = cache.get(s.start);
  if (!list) {
    list = findTriggers(ctx.text, s.start, s.end);
    cache.set(s.start, list);
  }
  return list;
}

export function counterpartsIn(ctx: Ctx, start: number, end: number): CounterpartRef[] {
  return ctx.counterparts.filter((c) => c.start >= start && c.end <= end);
}

export function resolveCounterpart(ctx: Ctx, c: CounterpartRef, otherId: string): string | null {
  return counterpartOf(otherId, c.country, ctx.bundle, ctx.byId, ctx.date);
}

/** Preceded by a preposition or an accusative/dative article: an object, not the subject. */
export function isObject(ctx: Ctx, p: { start: number }, from: number): boolean {
  const before = ctx.text.slice(Math.max(from, p.start - 60), p.start);
  return /(?:^|[^\p{L}])(?:den|dem|mit|an|für|gegen|von|vom|über|zu|zum|bei|beim|nach|auf|seinem|seinen|ihrem|ihren|einem|einen)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(
    before,
  );
}

export const SPEECH_RE =
  /(?<![\p{L}])(?:sagte|sagt|sagten|erklärte|erklärt|erklärten|teilte|teilt|mitgeteilt|betonte|betont|schrieb|schreibt|hieß\s+es|heißt\s+es|zitierte|zitiert|fügte|merkte|berichtete|bestätigte|bestätigt|verwies|unterstrich|so\s+(?:der|die)|[Ll]aut)(?![\p{L}])/u;

export function sentenceIndexAt(ctx: Ctx, pos: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
