// Pass 3 of the call extraction: sentences without a call word that go on about a call — what a
// participant or their spokesperson said, reported speech, a bare quote right after the call.

import { drain, type Steps } from '../steps';
import { actorsIn, type Ctx, personsIn, SPEECH_RE, triggersOf, voicesIn } from './context';
import type { Draft } from './drafts';
import type { Sentence } from './sentences';
import { findStatementCues } from './statements';
import { clauseAround } from './triggers';

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

/** What pass 3 reads from one sentence; it does not depend on the drafts, so it is read once. */
interface SentenceCues {
  actors: Set<string>;
  /** Actors and whom the voices in the sentence speak for. */
  named: Set<string>;
  speaking: Set<string>;
  says: boolean;
  cues: boolean;
  quote: boolean;
  pronoun: boolean;
  roleNoun: boolean;
  goesOn: boolean;
}

function readSentence(ctx: Ctx, s: Sentence): SentenceCues {
  const actors = new Set(actorsIn(ctx, s.start, s.end).map((a) => a.entityId));
  const voiced = voicesIn(ctx, s.start, s.end);
  const named = new Set([...actors, ...voiced.map((v) => v.speaksFor).filter((x): x is string => !!x)]);
  const says = SPEECH_RE.test(s.text);
  return {
    actors,
    named,
    speaking: speakingIds(ctx, s),
    says,
    cues: findStatementCues(ctx.text, s.start, s.end).length > 0,
    // A bare quote right after the call's sentence, or one its own participants are said to have said.
    quote: /^[„"]/u.test(s.text) && actors.size === 0 && voiced.length === 0,
    pronoun: /^[„"]?(?:Er|Sie|Die\s+beiden|Beide)(?![\p{L}])/u.test(s.text) && actors.size === 0,
    // "zitierte Bruce den Minister": a role noun standing for the participant just named.
    roleNoun: says && ROLE_NOUN_RE.test(s.text) && actors.size === 0,
    // Reported speech going on (Konjunktiv I) or the call's content: "Über die Inhalte wurde nichts bekannt".
    goesOn: actors.size === 0 && voiced.length === 0 && (REPORTED_RE.test(s.text) || CONTENT_RE.test(s.text)),
  };
}

/**
 * Pass 3: sentences without a trigger that go on about the call (what was said, by whom).
 * A sentence can only join a call that has a sentence one or two before it or one after it, or whose
 * participants it names all of; only those calls are looked at (on a 200,000-word ticker, checking
 * every call against every sentence was most of the extraction's time).
 */
export function attachContinuations(ctx: Ctx, drafts: Map<string, Draft>): void {
  drain(continuationSteps(ctx, drafts));
}

/** attachContinuations in steps: it pauses every few dozen sentences. */
export function* continuationSteps(ctx: Ctx, drafts: Map<string, Draft>): Steps<void> {
  const held = [...drafts.values()].filter((d) => d.status === 'held');
  const order = new Map(held.map((d, i) => [d, i]));
  const taken = new Set(held.flatMap((d) => [...d.sentences]));
  const bySentence = new Map<number, Draft[]>();
  const withId = new Map<string, Draft[]>();
  const add = <K>(map: Map<K, Draft[]>, k: K, d: Draft) => {
    const list = map.get(k);
    if (list) list.push(d);
    else map.set(k, [d]);
  };
  for (const d of held) {
    for (const si of d.sentences) add(bySentence, si, d);
    for (const id of d.ids) add(withId, id, d);
  }
  const read = new Map<number, SentenceCues>();
  for (let round = 0; round < 2; round++) {
    for (let si = 0; si < ctx.sentences.length; si++) {
      if ((si & 63) === 63) yield;
      const s = ctx.sentences[si]!;
      if (taken.has(si) || triggersOf(ctx, s).length > 0) continue;
      const near = new Set<Draft>();
      for (const o of [-2, -1, 1]) for (const d of bySentence.get(si + o) ?? []) near.add(d);
      // Without a call next to it, a sentence joins one only by naming both sides and speaking.
      let c = read.get(si);
      if (near.size === 0 && !c) {
        const actors = actorsIn(ctx, s.start, s.end);
        const voiced = voicesIn(ctx, s.start, s.end);
        if (actors.length === 0 && !voiced.some((v) => v.speaksFor)) continue;
      }
      if (!c) {
        c = readSentence(ctx, s);
        read.set(si, c);
      }
      const candidates = new Set(near);
      if (c.says || c.cues) for (const id of c.named) for (const d of withId.get(id) ?? []) candidates.add(d);
      if (candidates.size === 0) continue;
      // In the order of the calls, as pass 3 always went (a sentence may join several).
      for (const d of [...candidates].sort((a, b) => order.get(a)! - order.get(b)!)) {
        if (![...c.actors].every((id) => d.ids.includes(id))) continue;
        const both = d.ids.every((id) => c.named.has(id));
        const speaks = d.ids.some((id) => c.speaking.has(id));
        const prev = d.sentences.has(si - 1);
        const next = d.sentences.has(si + 1);
        const prev2 = d.sentences.has(si - 2);
        if (
          (both && (c.says || c.cues)) ||
          (prev &&
            ((c.quote && !c.says) ||
              speaks ||
              c.roleNoun ||
              c.goesOn ||
              (c.pronoun && (c.says || c.cues)))) ||
          (next && speaks && c.says) ||
          (prev2 && speaks && c.cues)
        ) {
          if (!d.sentences.has(si)) add(bySentence, si, d);
          d.sentences.add(si);
          taken.add(si);
        }
      }
    }
  }
}
