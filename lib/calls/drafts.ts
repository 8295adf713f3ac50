// Pass 1 and 2 of the call extraction: one draft per participant set and status from the triggers
// that name both sides, weak triggers kept only where a call frames them, and triggers that name one
// side or none attached to the call they refer back to.

import { drain, type Steps } from '../steps';
import { type Ctx, triggersOf } from './context';
import { triggerDate } from './details';
import { pairFor } from './pairing';
import type { PersonRef } from './participants';
import type { Trigger } from './triggers';
import type { CallStatus } from './types';

export interface Draft {
  ids: string[];
  status: CallStatus;
  mode: 'phone' | 'video';
  sentences: Set<number>;
  /** Per sentence, where its last trigger for this call stands: breaks ties towards the later mention. */
  pos: Map<number, number>;
  strong: boolean;
  /** ISO day the article gives for this call, when it gives one. */
  day: string | null;
}

export interface Partial {
  si: number;
  t: Trigger;
  ids: string[];
  attached?: boolean;
}

const key = (ids: readonly string[], status: CallStatus) => `${status}:${[...ids].sort().join('|')}`;

/** Pass 1: one draft per participant set and status, from triggers that name both sides. */
export interface DraftsFound {
  drafts: Map<string, Draft>;
  partials: Partial[];
  strongHeld: Set<number>;
}

export function draftCalls(ctx: Ctx): DraftsFound {
  return drain(draftSteps(ctx));
}

/** draftCalls in steps: it pauses every few dozen sentences. */
export function* draftSteps(ctx: Ctx): Steps<DraftsFound> {
  const drafts = new Map<string, Draft>();
  const partials: Partial[] = [];
  const strongHeld = new Set<number>();
  for (let si = 0; si < ctx.sentences.length; si++) {
    if ((si & 63) === 63) yield;
    const s = ctx.sentences[si]!;
    const used = new Set<PersonRef>();
    for (const t of triggersOf(ctx, s)) {
      if (t.status === 'interview' || t.status === 'meeting') continue;
      const pairing = pairFor(ctx, si, t, used);
      for (const r of pairing.used) used.add(r);
      // A weak "sprach" needs its partner named: "sprach mit X".
      if (
        pairing.ids.length < 2 ||
        (t.strength === 'weak' && t.verbal && !/mit\s/u.test(ctx.text.slice(s.start, s.end)))
      ) {
        partials.push({ si, t, ids: pairing.ids });
        if (t.strength === 'strong' && t.status === 'held') strongHeld.add(si);
        continue;
      }
      const status = t.status as CallStatus;
      // The same pair on two named days is two calls ("am Montag … am Freitag erneut").
      const day = status === 'held' ? (triggerDate(ctx, s, t)?.iso ?? null) : null;
      const k = `${key(pairing.ids, status)}@${day ?? ''}`;
      const d = drafts.get(k) ?? {
        ids: [...pairing.ids].sort(),
        status,
        mode: t.mode,
        sentences: new Set<number>(),
        pos: new Map<number, number>(),
        strong: false,
        day,
      };
      d.sentences.add(si);
      d.pos.set(si, t.start);
      d.strong ||= t.strength === 'strong';
      if (t.mode === 'video' && t.strength === 'strong') d.mode = 'video';
      drafts.set(k, d);
    }
  }
  mergeUndated(drafts);
  return { drafts, partials, strongHeld };
}

/**
 * Sentences about a pair that give no day join the one dated call of that pair, or, when the
 * article dates several calls of the pair, the nearest of them.
 */
function mergeUndated(drafts: Map<string, Draft>): void {
  const groups = new Map<string, Draft[]>();
  for (const [k, d] of drafts) {
    const g = k.slice(0, k.lastIndexOf('@'));
    groups.set(g, [...(groups.get(g) ?? []), d]);
  }
  for (const list of groups.values()) {
    const undated = list.find((d) => d.day === null);
    const dated = list.filter((d) => d.day !== null);
    if (!undated || dated.length === 0) continue;
    for (const si of undated.sentences) {
      const target = nearestDraft(dated, si, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY)!;
      target.sentences.add(si);
      target.pos.set(si, undated.pos.get(si) ?? -1);
    }
    for (const d of dated) d.strong ||= undated.strong;
    for (const [k, d] of drafts) if (d === undated) drafts.delete(k);
  }
}

/** Weak-only drafts ("Gespräch", "sprach mit") survive only next to a reported call. */
export function license(drafts: Map<string, Draft>, strongUnpaired: ReadonlySet<number>): void {
  const strongSentences = new Set(
    [...drafts.values()].filter((d) => d.strong && d.status === 'held').flatMap((d) => [...d.sentences]),
  );
  for (const [k, d] of drafts) {
    if (d.strong) continue;
    // "Austins Gespräch mit Schoigu fand statt, als Scholz mit Putin sprach": framed by a call reported
    // in the same sentence, or by a call word near it that names nobody else ("Das Telefonat …").
    const near = [...d.sentences].some(
      (si) => strongSentences.has(si) || [-2, -1, 0, 1, 2].some((o) => strongUnpaired.has(si + o)),
    );
    // "Es gab kein Gespräch zwischen A und B" is a denial in its own words; a weak planned talk may
    // just as well be a meeting.
    if (d.status === 'denied') continue;
    if (!near || d.status !== 'held') drafts.delete(k);
  }
}

export function nearestDraft(
  list: readonly Draft[],
  si: number,
  maxBack: number,
  maxAhead: number,
): Draft | null {
  let best: Draft | null = null;
  let bestDist = Number.POSITIVE_INFINITY;
  let bestPos = -1;
  for (const d of list) {
    for (const x of d.sentences) {
      const dist = x <= si ? si - x : (x - si) * 1.5;
      if ((x <= si && si - x > maxBack) || (x > si && x - si > maxAhead)) continue;
      const pos = d.pos.get(x) ?? -1;
      if (dist < bestDist || (dist === bestDist && pos > bestPos)) {
        best = d;
        bestDist = dist;
        bestPos = pos;
      }
    }
  }
  return best;
}

/** "die beiden sprachen auch über …", "Beide sprachen rund 30 Minuten": both sides, named before. */
const BOTH_RE =
  /(?<![\p{L}])(?:die\s+beiden|beide\s+Seiten|beide\s+Politiker|miteinander)(?![\p{L}])|^[„"]?Beide(?![\p{L}])/iu;

/** Pass 2: triggers naming one side or none attach to the call they refer back to. */
export function attachPartials(ctx: Ctx, drafts: Map<string, Draft>, partials: Partial[]): void {
  const held = [...drafts.values()].filter((d) => d.status === 'held');
  for (const p of partials) {
    if (p.attached) continue;
    const sentenceText = ctx.sentences[p.si]!.text;
    if (p.t.status === 'denied') continue;
    if (p.t.status === 'planned' && !p.t.definite) continue;
    let target: Draft | null = null;
    if (p.ids.length === 1) {
      const withIt = held.filter((d) => d.ids.includes(p.ids[0]!));
      const reach = p.t.strength === 'strong' || p.t.definite ? 20 : 3;
      target = nearestDraft(withIt, p.si, reach, reach);
    } else if (
      p.ids.length === 0 &&
      (p.t.definite || p.t.strength === 'strong' || BOTH_RE.test(sentenceText))
    ) {
      target = nearestDraft(held, p.si, p.t.definite ? 4 : 2, 1);
    }
    if (target) {
      target.sentences.add(p.si);
      p.attached = true;
    }
  }
}
