// Statements and quotes of one call, each with who made it and who reported it. A demand, agreement
// or rejection counts only when a participant made it: what third parties ask for after the call
// (a minister's reaction, a spokesman's appeal to parliament) is not part of the call.

import { actorsIn, type Ctx, isObject, personsIn, SPEECH_RE, voicesIn } from './context';
import type { PersonRef } from './participants';
import type { Sentence } from './sentences';
import { demandCameo, findStatementCues, requestMode } from './statements';
import { clauseAround } from './triggers';
import type { CallStatement } from './types';

export interface Attributed {
  demands: CallStatement[];
  outcomes: CallStatement[];
  quotes: CallStatement[];
}

/** An unnamed official or office: "der US-Verteidigungsbeamte", "einem Regierungssprecher", "das Präsidialamt". */
const OFFICIAL_RE =
  /(?<![\p{L}])(?:der|die|das|ein|eine|einem|einer|dem|den)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:[Bb]eamte[rn]?|[Ss]precher(?:in)?|Diplomat(?:en)?|[Rr]egierungsvertreter(?:in)?|Präsidialamt|Kreml|Außenministerium|Verteidigungsministerium|Weiße[ns]?\s+Haus(?:es)?)(?![\p{L}])/iu;

/** A spokesperson or an unnamed official reporting the statement: "Kirby", "der Beamte". */
function sourceOf(
  ctx: Ctx,
  s: Sentence,
): { id: string | null; text: string | null; principal: string | null } {
  const voice = voicesIn(ctx, s.start, s.end)[0];
  if (voice) return { id: voice.entityId, text: null, principal: voice.speaksFor ?? null };
  const m = OFFICIAL_RE.exec(s.text);
  if (!m) return { id: null, text: null, principal: null };
  // "das der Beamte": start at the last article of the match.
  const articles = [...m[0].matchAll(/(?<![\p{L}])(?:der|die|das|ein|eine|einem|einer|dem|den)\s/giu)];
  const text = m[0].slice(articles[articles.length - 1]?.index ?? 0);
  return { id: null, text: text.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), principal: null };
}

/** The subject of the statement at pos: a non-object person before it in its clause, else in the sentence. */
function subjectAt(ctx: Ctx, s: Sentence, pos: number, withVoices = false): PersonRef | null {
  const [cs] = clauseAround(ctx.text, pos, s.start, s.end);
  const actors = withVoices ? personsIn(ctx, s.start, s.end) : actorsIn(ctx, s.start, s.end);
  const inClause = actors.filter((a) => a.start >= cs && a.end <= pos && !isObject(ctx, a, cs));
  if (inClause.length > 0) return inClause[0]!;
  const before = actors.filter((a) => a.end <= cs && !isObject(ctx, a, s.start));
  if (before.length > 0) return before[0]!;
  // Verb first: "Das forderte Scholz".
  const right = actors.find((a) => a.start >= pos && a.start - pos < 30);
  return right ?? null;
}

/** The end of a statement's clause: up to the attribution ("…“, sagte Kirby") or the sentence end. */
function statementEnd(ctx: Ctx, s: Sentence, pos: number): number {
  const rest = ctx.text.slice(pos, s.end);
  const m =
    /[“"]?,\s*(?:sagte|sagten|erklärte|teilte|so|hieß|betonte|fügte|schrieb|zitierte)(?![\p{L}])/u.exec(rest);
  return m ? pos + m.index : s.end;
}

const CALL_WORD_RE = /Gespräch|Telefonat|Anruf|telefon/iu;

const PRONOUN_START_RE = /^[„"]?(?:Er|Sie|Dieser|Beide|Die\s+beiden)(?![\p{L}])/u;

export function attribute(
  ctx: Ctx,
  evidence: readonly Sentence[],
  participants: readonly string[],
  sharedSentences: ReadonlySet<number>,
): Attributed {
  const out: Attributed = { demands: [], outcomes: [], quotes: [] };
  let lastSubject: string | null = null;
  let lastSpeaker: string | null = null;
  const assessed = new Set<number>();
  for (const s of evidence) {
    const src = sourceOf(ctx, s);
    const shared = sharedSentences.has(s.start);
    for (const cue of findStatementCues(ctx.text, s.start, s.end)) {
      const [cs] = clauseAround(ctx.text, cue.start, s.start, s.end);
      // A spokesperson asking for something on their own ("Kirby forderte den Kongress auf") is no call content.
      const voiceSubject = subjectAt(ctx, s, cue.start, true);
      if (voiceSubject?.voice && cue.kind !== 'assess') continue;
      let by = subjectAt(ctx, s, cue.start)?.entityId ?? null;
      if (!by && PRONOUN_START_RE.test(ctx.text.slice(cs, cue.start).trim())) by = lastSubject;
      if (!by && PRONOUN_START_RE.test(s.text)) by = lastSubject;
      if (!by && src.principal && participants.includes(src.principal) && cue.kind !== 'assess')
        by = src.principal;
      // A bare quote after "Trump schrieb, …": the same speaker goes on.
      if (!by && /^[„"]/u.test(s.text) && !SPEECH_RE.test(s.text)) by = lastSpeaker;
      // Evaluations only where the sentence speaks of the call itself, and once per sentence.
      if (cue.kind === 'assess' && (assessed.has(s.start) || !CALL_WORD_RE.test(s.text))) continue;
      if (cue.kind === 'assess') assessed.add(s.start);
      if (by && !participants.includes(by)) continue;
      if (!by && (cue.kind === 'demand' || cue.kind === 'reject' || cue.kind === 'accuse')) continue;
      if (!by && shared) continue;
      const start = cue.kind === 'assess' ? s.start : Math.max(s.start, cs);
      const end = cue.kind === 'assess' ? s.end : statementEnd(ctx, s, cue.end);
      const textPart = ctx.text.slice(start, end).replace(/^[„"\s]+|[\s,]+$/gu, '');
      const offset = ctx.text.indexOf(textPart, start);
      const st: CallStatement = {
        text: textPart,
        start: offset,
        end: offset + textPart.length,
        by,
        source: src.id ?? src.text,
        plover: cue.plover,
        ploverMode: cue.kind === 'demand' ? requestMode(textPart) : null,
      };
      if (cue.kind === 'demand') {
        st.cameo = demandCameo(textPart);
        out.demands.push(st);
      } else out.outcomes.push(st);
    }
    const subj = actorsIn(ctx, s.start, s.end).find(
      (a) => participants.includes(a.entityId) && !isObject(ctx, a, s.start),
    );
    if (subj) lastSubject = subj.entityId;
    // Quotes: „…“ or "…" of at least two words.
    const qre = /„([^“”"]+)(?:[“”"]|$)|"([^"]+)"/gu;
    for (let m = qre.exec(s.text); m; m = qre.exec(s.text)) {
      const inner = (m[1] ?? m[2] ?? '').trim();
      if (inner.split(/\s+/u).length < 2) continue;
      const qStart = s.start + m.index + m[0].indexOf(inner);
      let speaker: string | null = null;
      const rest = s.text.slice(m.index + m[0].length);
      const attribution = /^\s*,?\s*(?:sagte|sagten|erklärte|schrieb|betonte|so|zitierte|teilte)\s+/u.exec(
        rest,
      );
      if (attribution) {
        const at = s.start + m.index + m[0].length + attribution[0].length;
        speaker = actorsIn(ctx, at, s.end).find((a) => a.start - at < 40)?.entityId ?? null;
        const voice = voicesIn(ctx, at, s.end).find((a) => a.start - at < 40);
        if (!speaker && voice) speaker = voice.speaksFor ?? null;
      }
      if (!speaker) {
        const sp = SPEECH_RE.exec(s.text.slice(0, m.index));
        if (sp) speaker = subjectAt(ctx, s, s.start + sp.index)?.entityId ?? null;
      }
      if (!speaker) {
        // "…", zitierte Bruce den Minister: a speech verb later in the sentence, its person right after it.
        const later = SPEECH_RE.exec(s.text.slice(m.index + m[0].length));
        if (later) {
          const at = s.start + m.index + m[0].length + later.index;
          const who = personsIn(ctx, at, s.end).find((p) => p.start - at < 40);
          speaker = who ? (who.voice ? (who.speaksFor ?? null) : who.entityId) : null;
        }
      }
      if (!speaker && m.index === 0 && !SPEECH_RE.test(s.text.slice(m[0].length))) speaker = lastSpeaker;
      // An embedded quote ("forderte einen „sofortigen Waffenstillstand“") belongs to the clause's subject.
      if (!speaker && m.index > 0) speaker = subjectAt(ctx, s, qStart)?.entityId ?? null;
      out.quotes.push({
        text: inner,
        start: qStart,
        end: qStart + inner.length,
        by: speaker,
        source: src.id ?? src.text,
      });
      if (speaker) lastSpeaker = speaker;
    }
    const sp = SPEECH_RE.exec(s.text);
    // "Laut einem Beamten …": an unnamed voice, whose next bare quote is not a participant's.
    if (sp)
      lastSpeaker = /^laut/iu.test(sp[0])
        ? null
        : (subjectAt(ctx, s, s.start + sp.index)?.entityId ?? lastSpeaker);
  }
  return out;
}
