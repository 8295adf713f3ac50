// The facts about one call found in its evidence sentences: when, how long, who asked for it,
// and the last contact before it ("der erste seit dem 18. Februar").

import { roleOn } from '../knowledge/roles';
import { actorsIn, type Ctx, isObject, triggersOf } from './context';
import { findDates, parseDate } from './dates';
import { findDurations } from './duration';
import type { Sentence } from './sentences';
import { clauseAround, type Trigger } from './triggers';

export interface CallDate {
  iso: string | null;
  text: string | null;
}

/** Dates that say when something was said or published, not when the call took place. */
const NOT_CALL_DATE_RE =
  /(?:Erklärung|Pressekonferenz|Mitteilung|sagte|sagten|sagt|erklärte|teilte|mitteilte|berichtete|schrieb|Update|Stand|aktualisiert|veröffentlicht|Interview)[\s:]*(?:[\p{L}\p{N}.]+\s+){0,3}$/u;

/** The date the clause of one trigger gives for the call, if any. */
export function triggerDate(ctx: Ctx, s: Sentence, t: Trigger): CallDate | null {
  const [cs, ce] = clauseAround(ctx.text, t.start, s.start, s.end);
  for (const d of findDates(ctx.text, cs, ce, ctx.published)) {
    const before = ctx.text.slice(Math.max(s.start, d.start - 40), d.start);
    if (NOT_CALL_DATE_RE.test(before) || /seit\s+(?:dem\s+)?$/u.test(before)) continue;
    return { iso: d.iso, text: d.text.replace(/^(?:am|vom|dem)\s+/iu, '') };
  }
  return null;
}

export function callDate(ctx: Ctx, evidence: readonly Sentence[]): CallDate {
  for (const s of evidence) {
    for (const t of triggersOf(ctx, s)) {
      if (t.status !== 'held') continue;
      const d = triggerDate(ctx, s, t);
      if (d) return d;
    }
  }
  return { iso: null, text: null };
}

const DURATION_CONTEXT_RE =
  /dauer|gedauert|dauerte|dauert|währte|lang(?:e|es|en)?(?![\p{L}])|minütig|stündig|(?<![\p{L}])(?:sprachen|redeten|berieten|telefonierten|unterhielten)(?![\p{L}])/iu;
/** "30 Minuten nach dem Anschlag", "zwei Stunden später": a point in time, not how long they talked. */
const OFFSET_AFTER_RE = /^\s*(?:nach|vor|später|zuvor|bevor|danach|vorher)(?![\p{L}])/iu;

export function callDuration(
  ctx: Ctx,
  evidence: readonly Sentence[],
): { text: string; minutes: number } | null {
  for (const s of evidence) {
    if (!DURATION_CONTEXT_RE.test(s.text)) continue;
    const hit = findDurations(ctx.text, s.start, s.end).find(
      (h) => !OFFSET_AFTER_RE.test(ctx.text.slice(h.end, Math.min(h.end + 12, s.end))),
    );
    if (hit) return { text: hit.text, minutes: hit.minutes };
  }
  return null;
}

const SINCE_DATE_RE =
  /(?:erste[nmrs]?|erstmals|zum\s+ersten\s+Mal)(?![\p{L}])[^.;]{0,120}?(?<![\p{L}])seit\s+(?:dem\s+|der\s+|den\s+)?(?<what>[^,.;„“"]+?(?:\d{1,2}\.\s*\p{L}+(?:\s+\d{4})?)?)(?=\s*(?:[,.;„“"]|$)|\s(?:war|ist|sei|hat|haben|hatte|wieder|telefoniert|gesprochen|miteinander|einen|eine|ein|in|mit|und)(?![\p{L}]))/u;
const SILENCE_RE =
  /(?<![\p{L}])nach\s+(?:fast\s+|knapp\s+|mehr\s+als\s+|über\s+|rund\s+|gut\s+)?(?:\p{L}+\s+)?(?:Jahren|Monaten|Wochen|Jahr|Monat)\s+(?:Funkstille|Pause|Schweigen|Eiszeit|Sendepause)/iu;

export interface FirstSince {
  text: string;
  iso: string | null;
}

/** The previous contact the article mentions; a dated one wins over "nach zwei Jahren Funkstille". */
export function firstSince(ctx: Ctx, evidence: readonly Sentence[]): FirstSince | null {
  let silence: FirstSince | null = null;
  let other: FirstSince | null = null;
  for (const s of evidence) {
    const m = SINCE_DATE_RE.exec(s.text);
    if (m) {
      const what = m.groups!.what!.trim();
      const d = parseDate(what, ctx.published);
      if (d && d.start === 0) return { text: what, iso: d.iso };
      if (!other && what.split(/\s+/u).length <= 5) other = { text: what, iso: null };
    }
    const q = SILENCE_RE.exec(s.text);
    if (q && !silence) silence = { text: q[0].replace(/^N/u, 'n'), iso: null };
  }
  return silence ?? other;
}

const ASK_RE =
  /(?<![\p{L}])(?:bat|baten|gebeten|bitten|ersuchte|ersucht|angefragt|drängte|gedrängt)\s+(?:[^,.;]*?\s)?(?:um|auf)\s+(?:das|dieses|ein|einen|den|dieses|diesen)?\s*(?:Gespräch|Telefonat|Anruf|Telefongespräch)|(?<![\p{L}])um\s+(?:das|dieses|ein|einen|den|diesen)\s+(?:Gespräch|Telefonat|Anruf|Telefongespräch)\s+(?:\p{L}+\s+){0,4}(?:gebeten|ersucht|bat|baten)/u;
const CONSENT_RE =
  /(?:Anruf|Telefonat|Gespräch|Telefongespräch)\p{L}*\s+(?:\p{L}+\s+){0,3}(?:zugestimmt|zustimmte|eingewilligt|angenommen)|(?:zu\s+einem|zum)\s+(?:Gespräch|Telefonat)\s+bereit|stimmte\s+(?:\p{L}+\s+){0,3}(?:Anruf|Telefonat|Gespräch)\p{L}*\s+zu/u;
const INITIATIVE_RE =
  /auf\s+(?:\p{L}+s\s+)?(?:Initiative|Wunsch|Bitte|Drängen|Betreiben|Anregung|Veranlassung|Einladung)(?:\s+(?:von|des|der))?/iu;

const SIDES: [RegExp, string][] = [
  [/US-|amerikanisch|Pentagon|Weiße[nm]?\s+Haus|Washington/u, 'us'],
  [/russisch|Kreml|Moskau/u, 'ru'],
  [/deutsch|Bundesregierung|Kanzleramt|Berlin/u, 'de'],
  [/ukrainisch|Kiew|Präsidialamt/u, 'ua'],
  [/französisch|Élysée|Elysée|Paris/u, 'fr'],
];

/** "„Wir haben um das Gespräch gebeten“, sagte ein US-Beamter": the participant of the speaker's country. */
function sideOf(ctx: Ctx, sentence: string, participants: readonly string[]): string | null {
  const said = /(?:sagte|erklärte|so|laut|Laut|hieß\s+es\s+aus)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(
    sentence,
  );
  const side = said ? SIDES.find(([re]) => re.test(said[1]!))?.[1] : undefined;
  if (!side) return null;
  const of = participants.filter((id) => {
    const e = ctx.byId.get(id);
    const office = e ? roleOn(e, ctx.date)?.office : null;
    const jurisdiction = office ? ctx.bundle.offices.find((o) => o.id === office)?.jurisdiction : null;
    return jurisdiction?.toLowerCase() === side;
  });
  return of.length === 1 ? of[0]! : null;
}

/** Who called or asked for the call, from the signals in its sentences; null when they disagree or are absent. */
export function callInitiator(
  ctx: Ctx,
  evidence: readonly Sentence[],
  participants: readonly string[],
): string | null {
  const votes = new Map<string, number>();
  const vote = (id: string | null | undefined) => {
    if (id && participants.includes(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
  };
  const other = (id: string) => (participants.length === 2 ? participants.find((p) => p !== id) : undefined);
  for (const s of evidence) {
    const actors = actorsIn(ctx, s.start, s.end).filter((a) => participants.includes(a.entityId));
    const subjectIn = (from: number, to: number) =>
      actors.find((a) => a.start >= from && a.end <= to && !isObject(ctx, a, from)) ?? null;
    for (const t of triggersOf(ctx, s)) {
      if (!t.directional || t.status !== 'held') continue;
      const [cs, ce] = clauseAround(ctx.text, t.start, s.start, s.end);
      const clause = ctx.text.slice(cs, ce);
      const after = ctx.text.slice(t.end, ce);
      const von = /^\s+(?:von|des)\s/u.test(after)
        ? actors.find((a) => a.start >= t.end && a.start < t.end + 40)
        : null;
      if (von) vote(von.entityId);
      else if (/(?:wurde|wurden|worden)\s/u.test(clause)) {
        vote(
          actors.find(
            (a) =>
              a.start >= cs && a.end <= ce && /von\s+(?:\p{L}+\s+){0,3}$/u.test(ctx.text.slice(cs, a.start)),
          )?.entityId,
        );
      } else if (
        t.verbal ||
        /(?:sein|seinem|seinen|ihr|ihrem|ihren)\s+$/u.test(ctx.text.slice(cs, t.start))
      ) {
        vote(subjectIn(cs, ce)?.entityId ?? subjectIn(s.start, s.end)?.entityId);
      }
    }
    const ask = ASK_RE.exec(s.text);
    if (ask) {
      const pos = s.start + ask.index;
      const [cs] = clauseAround(ctx.text, pos, s.start, s.end);
      const subj = subjectIn(cs, pos);
      if (subj) vote(subj.entityId);
      else if (/(?<![\p{L}])(?:wir|Wir)(?![\p{L}])/u.test(ctx.text.slice(cs, pos))) {
        // "Wir haben um dieses Gespräch gebeten, und Minister X hat zugestimmt": we = the other side.
        const consent = CONSENT_RE.exec(s.text);
        const agreeing = consent ? subjectIn(s.start, s.start + consent.index) : null;
        const them = agreeing ?? actors.find((a) => a.start > pos);
        if (them) vote(other(them.entityId));
        else vote(sideOf(ctx, s.text, participants));
      }
    } else {
      const consent = CONSENT_RE.exec(s.text);
      if (consent) {
        const [cs] = clauseAround(ctx.text, s.start + consent.index, s.start, s.end);
        const subj = subjectIn(cs, s.start + consent.index) ?? subjectIn(s.start, s.start + consent.index);
        if (subj) vote(other(subj.entityId));
      }
    }
    const init = INITIATIVE_RE.exec(s.text);
    if (init) {
      const pos = s.start + init.index;
      const poss = actors.find((a) => a.start >= pos && a.end <= pos + init[0].length);
      vote(
        poss?.entityId ??
          actors.find((a) => a.start >= pos + init[0].length && a.start < pos + init[0].length + 40)
            ?.entityId,
      );
    }
    // "in seinen Bemühungen, mit X zu sprechen": the one who tried is the caller.
    const tries = /Bemühungen,?\s+mit\s+/u.exec(s.text);
    if (tries) {
      const target = actors.find((a) => a.start >= s.start + tries.index + tries[0].length - 1);
      if (target) vote(other(target.entityId));
    }
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  if (ranked.length > 1 && ranked[0]![1] === ranked[1]![1]) return null;
  return ranked[0]![0];
}
