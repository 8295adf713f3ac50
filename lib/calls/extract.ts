// The calls an article reports. Steps: sentences → triggers → who took part (one record per
// participant set and status, however many sentences mention it) → sentences that only refer back
// ("Das Gespräch dauerte …", "Der Kreml bestätigte das Telefonat") → the sentences right after that
// report what was said → date, duration, initiator, first-since, statements and quotes.

import { roleOn } from '../knowledge/roles';
import type { KnowledgeBundle } from '../knowledge/types';
import type { Mention } from '../match/types';
import { attribute } from './attribution';
import { actorsIn, type Ctx, personsIn, SPEECH_RE, triggersOf, voicesIn } from './context';
import { callDate, callDuration, callInitiator, firstSince } from './details';
import { pairFor } from './pairing';
import { findPeople, type PersonRef } from './participants';
import { type Sentence, splitSentences } from './sentences';
import { findStatementCues } from './statements';
import { clauseAround, type Trigger } from './triggers';
import type { CallRecord, CallStatus } from './types';

interface Draft {
  ids: string[];
  status: CallStatus;
  mode: 'phone' | 'video';
  sentences: Set<number>;
  /** Per sentence, where its last trigger for this call stands: breaks ties towards the later mention. */
  pos: Map<number, number>;
  strong: boolean;
}

interface Partial {
  si: number;
  t: Trigger;
  ids: string[];
  attached?: boolean;
}

const key = (ids: readonly string[], status: CallStatus) => `${status}:${[...ids].sort().join('|')}`;

function buildContext(
  text: string,
  mentions: readonly Mention[],
  bundle: KnowledgeBundle,
  published: string | null,
): Ctx {
  const date = published && /^\d{4}/.test(published) ? published.slice(0, 10) : bundle.asOf;
  const byId = new Map(bundle.entities.map((e) => [e.id, e]));
  const dated = !!published && /^\d{4}/.test(published);
  const { persons, counterparts } = findPeople(text, mentions, bundle, byId, date, dated);
  return { text, sentences: splitSentences(text), persons, counterparts, bundle, byId, date, published };
}

/** Pass 1: one draft per participant set and status, from triggers that name both sides. */
function draftCalls(ctx: Ctx): { drafts: Map<string, Draft>; partials: Partial[]; strongHeld: Set<number> } {
  const drafts = new Map<string, Draft>();
  const partials: Partial[] = [];
  const strongHeld = new Set<number>();
  ctx.sentences.forEach((s, si) => {
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
      const k = key(pairing.ids, status);
      const d = drafts.get(k) ?? {
        ids: [...pairing.ids].sort(),
        status,
        mode: t.mode,
        sentences: new Set<number>(),
        pos: new Map<number, number>(),
        strong: false,
      };
      d.sentences.add(si);
      d.pos.set(si, t.start);
      d.strong ||= t.strength === 'strong';
      if (t.mode === 'video' && t.strength === 'strong') d.mode = 'video';
      drafts.set(k, d);
    }
  });
  return { drafts, partials, strongHeld };
}

/** Weak-only drafts ("Gespräch", "sprach mit") survive only next to a reported call. */
function license(drafts: Map<string, Draft>, strongUnpaired: ReadonlySet<number>): void {
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

function nearestDraft(list: readonly Draft[], si: number, maxBack: number, maxAhead: number): Draft | null {
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

/** "die beiden sprachen auch über …": both sides, named before. */
const BOTH_RE = /(?<![\p{L}])(?:die\s+beiden|beide\s+Seiten|beide\s+Politiker|miteinander)(?![\p{L}])/iu;

/** Pass 2: triggers naming one side or none attach to the call they refer back to. */
function attachPartials(ctx: Ctx, drafts: Map<string, Draft>, partials: Partial[]): void {
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

/** Participants (or their spokespeople) standing in the clause of a speech verb or statement cue. */
function speakingIds(ctx: Ctx, s: Sentence): Set<string> {
  const out = new Set<string>();
  const positions = [
    ...[...s.text.matchAll(new RegExp(SPEECH_RE.source, 'gu'))].map((m) => ({
      pos: s.start + m.index,
      voices: true,
    })),
    // A spokesperson's own demand ("Kirby forderte den Kongress auf") does not speak for the call.
    ...findStatementCues(ctx.text, s.start, s.end).map((c) => ({ pos: c.start, voices: false })),
  ];
  for (const { pos, voices } of positions) {
    const [cs, ce] = clauseAround(ctx.text, pos, s.start, s.end);
    for (const p of personsIn(ctx, cs, ce)) {
      if (p.voice && !voices) continue;
      const id = p.voice ? p.speaksFor : p.entityId;
      if (id) out.add(id);
    }
  }
  return out;
}

const REPORTED_RE = /(?<![\p{L}])(?:habe|sei|seien|hätte|hätten|könne|müsse|wolle|solle|werde)(?![\p{L}])/u;
const CONTENT_RE = /(?<![\p{L}])(?:Inhalte?|Einzelheiten|Details|Themen|Gesprächsinhalte?)(?![\p{L}])/u;
const ROLE_NOUN_RE =
  /(?<![\p{L}])(?:der|den|dem|des)\s+(?:\p{L}+\s+)?(?:Minister|Ministers|Ministerin|Präsident|Präsidenten|Kanzler|Kanzlers|Kanzlerin|Außenminister|Außenministers|Staatschef|Staatschefs|Regierungschef|Kremlchef|Kremlchefs)(?![\p{L}])/u;

/** Pass 3: sentences without a trigger that go on about the call (what was said, by whom). */
function attachContinuations(ctx: Ctx, drafts: Map<string, Draft>): void {
  const held = [...drafts.values()].filter((d) => d.status === 'held');
  const taken = new Set(held.flatMap((d) => [...d.sentences]));
  for (let round = 0; round < 2; round++) {
    ctx.sentences.forEach((s, si) => {
      if (taken.has(si) || triggersOf(ctx, s).length > 0) return;
      const actors = new Set(actorsIn(ctx, s.start, s.end).map((a) => a.entityId));
      const voiced = voicesIn(ctx, s.start, s.end);
      const named = new Set([...actors, ...voiced.map((v) => v.speaksFor).filter((x): x is string => !!x)]);
      const speaking = speakingIds(ctx, s);
      const says = SPEECH_RE.test(s.text);
      const cues = findStatementCues(ctx.text, s.start, s.end).length > 0;
      // A bare quote right after the call's sentence, or one its own participants are said to have said.
      const quote = /^[„"]/u.test(s.text) && actors.size === 0 && voiced.length === 0;
      const pronoun = /^[„"]?(?:Er|Sie|Die\s+beiden|Beide)(?![\p{L}])/u.test(s.text) && actors.size === 0;
      // "zitierte Bruce den Minister": a role noun standing for the participant just named.
      const roleNoun = says && ROLE_NOUN_RE.test(s.text) && actors.size === 0;
      // Reported speech going on (Konjunktiv I) or the call's content: "Über die Inhalte wurde nichts bekannt".
      const goesOn =
        actors.size === 0 && voiced.length === 0 && (REPORTED_RE.test(s.text) || CONTENT_RE.test(s.text));
      for (const d of held) {
        if (![...actors].every((id) => d.ids.includes(id))) continue;
        const both = d.ids.every((id) => named.has(id));
        const speaks = d.ids.some((id) => speaking.has(id));
        const prev = d.sentences.has(si - 1);
        const next = d.sentences.has(si + 1);
        const prev2 = d.sentences.has(si - 2);
        if (
          (both && (says || cues)) ||
          (prev && ((quote && !says) || speaks || roleNoun || goesOn || (pronoun && (says || cues)))) ||
          (next && speaks && says) ||
          (prev2 && speaks && cues)
        ) {
          d.sentences.add(si);
          taken.add(si);
        }
      }
    });
  }
}

function toRecord(ctx: Ctx, d: Draft, shared: ReadonlySet<number>): CallRecord {
  const evidence: Sentence[] = [...d.sentences].sort((a, b) => a - b).map((i) => ctx.sentences[i]!);
  const date = callDate(ctx, evidence);
  const duration = callDuration(ctx, evidence);
  const since = firstSince(ctx, evidence);
  const held = d.status === 'held';
  const { demands, outcomes, quotes } = attribute(ctx, evidence, d.ids, shared);
  const roles: Record<string, { de: string; en: string } | null> = {};
  for (const id of d.ids) {
    const e = ctx.byId.get(id);
    const role = e ? roleOn(e, date.iso ?? ctx.date) : null;
    roles[id] = role ? { de: role.title.de, en: role.title.en } : null;
  }
  return {
    participants: d.ids,
    roles,
    mode: d.mode,
    status: d.status,
    date: date.iso,
    dateText: date.text,
    duration: duration?.text ?? null,
    durationMinutes: duration?.minutes ?? null,
    initiator: held ? callInitiator(ctx, evidence, d.ids) : null,
    firstSince: since?.text ?? null,
    firstSinceDate: since?.iso ?? null,
    demands,
    outcomes,
    quotes,
    evidence: evidence.map((s) => ({ text: s.text, start: s.start, end: s.end })),
    plover: { event: 'CONSULT', mode: d.mode },
    cameo: held ? '041' : null,
  };
}

/**
 * Every call the text reports, held ones first in order of first mention, then planned and denied.
 * `mentions` come from the matcher over the same text; `published` (ISO) anchors roles and weekdays.
 */
export function extractCalls(
  text: string,
  mentions: Mention[],
  bundle: KnowledgeBundle,
  published: string | null,
): CallRecord[] {
  const ctx = buildContext(text, mentions, bundle, published);
  const { drafts, partials, strongHeld } = draftCalls(ctx);
  license(drafts, strongHeld);
  attachPartials(ctx, drafts, partials);
  attachContinuations(ctx, drafts);
  // Sentences that refer back to what the continuations just added ("Er sagte, die beiden sprachen …").
  attachPartials(ctx, drafts, partials);
  const count = new Map<number, number>();
  for (const d of drafts.values())
    if (d.status === 'held') for (const si of d.sentences) count.set(si, (count.get(si) ?? 0) + 1);
  const shared = new Set([...count].filter(([, n]) => n > 1).map(([si]) => ctx.sentences[si]!.start));
  const order = { held: 0, planned: 1, denied: 2 } as const;
  return [...drafts.values()]
    .sort((a, b) => order[a.status] - order[b.status] || Math.min(...a.sentences) - Math.min(...b.sentences))
    .map((d) => toRecord(ctx, d, shared));
}
