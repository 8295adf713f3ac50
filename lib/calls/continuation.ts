// Pass 3 of the call extraction: sentences without a call word that go on about a call — what a
// participant or their spokesperson said, reported speech, a bare quote right after the call.

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

/** Pass 3: sentences without a trigger that go on about the call (what was said, by whom). */
export function attachContinuations(ctx: Ctx, drafts: Map<string, Draft>): void {
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
