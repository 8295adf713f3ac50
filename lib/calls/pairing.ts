// Who took part in the call one trigger reports: "zwischen A und B", "A … mit B", "A und B
// telefonierten", "das Telefonat von A mit B", "As Gespräch mit B", "mit seinem russischen
// Amtskollegen". Returns fewer than two ids when the sentence does not say.

import { actorsIn, type Ctx, counterpartsIn, isObject, resolveCounterpart } from './context';
import type { PersonRef } from './participants';
import { clauseAround, type Trigger } from './triggers';

export interface Pairing {
  ids: string[];
  /** Refs bound by "zwischen A und B": later triggers in the sentence leave them alone. */
  used: PersonRef[];
}

const MIT_BEFORE_RE = /(?:^|[^\p{L}])mit\s+(?:[\p{L}-]+\s+){0,4}$/u;
const PRONOUN_RE = /(?<![\p{L}])(?:er|sie|Er|Sie|die\s+beiden|Die\s+beiden|beide|Beide)(?![\p{L}])/u;

/** The text between consecutive names, joined: only commas and "und" when they form a list. */
function joiners(text: string, refs: readonly PersonRef[]): string {
  return refs
    .slice(1)
    .map((r, i) => text.slice(refs[i]!.end, r.start))
    .join(' ');
}

function uniqueIds(refs: readonly PersonRef[]): string[] {
  return [...new Set(refs.map((r) => r.entityId))];
}

function nearest(refs: readonly PersonRef[], pos: number, except: ReadonlySet<string>): PersonRef | null {
  let best: PersonRef | null = null;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const r of refs) {
    if (except.has(r.entityId)) continue;
    const d = r.end <= pos ? pos - r.end : r.start - pos;
    if (d < bestDist) {
      best = r;
      bestDist = d;
    }
  }
  return best;
}

export function pairFor(ctx: Ctx, si: number, t: Trigger, used: ReadonlySet<PersonRef>): Pairing {
  const s = ctx.sentences[si]!;
  const { text } = ctx;
  const [cs, ce] = clauseAround(text, t.start, s.start, s.end);
  const free = (refs: PersonRef[]) => refs.filter((r) => !used.has(r));
  const sentenceActors = free(actorsIn(ctx, s.start, s.end));
  const clauseActors = sentenceActors.filter((r) => r.start >= cs && r.end <= ce);

  // "zwischen A und B" right after the trigger.
  const after = text.slice(t.end, Math.min(s.end, t.end + 140));
  if (/^\s+zwischen\s/u.test(after)) {
    const two = sentenceActors.filter((r) => r.start >= t.end && r.start < t.end + 140);
    const ids = uniqueIds(two).slice(0, 2);
    if (ids.length === 2) return { ids, used: two.filter((r) => ids.includes(r.entityId)).slice(0, 2) };
  }

  // The partner: a person right after "mit" in the clause, the closest to the trigger.
  let partner: PersonRef | null = null;
  for (const r of clauseActors) {
    if (!MIT_BEFORE_RE.test(text.slice(Math.max(cs, r.start - 60), r.start))) continue;
    if (!partner || Math.abs(r.start - t.start) < Math.abs(partner.start - t.start)) partner = r;
  }
  const cps = counterpartsIn(ctx, cs, ce).filter((c) =>
    MIT_BEFORE_RE.test(text.slice(Math.max(cs, c.start - 60), c.start)),
  );

  // The other side: "von A" after a noun trigger, "As Gespräch", else the nearest person.
  const pickOther = (except: Set<string>): PersonRef | null => {
    const von = /^\s+(?:von|des)\s+/u.exec(after);
    if (von && !t.verbal) {
      const r = clauseActors.find((a) => a.start >= t.end && a.start <= t.end + von[0].length + 30);
      if (r && !except.has(r.entityId)) return r;
    }
    const poss = clauseActors.find((a) => a.end <= t.start && /^\s*$/u.test(text.slice(a.end, t.start)));
    if (poss && !except.has(poss.entityId)) return poss;
    return (
      nearest(clauseActors, t.start, except) ??
      nearest(sentenceActors, t.start, except) ??
      (PRONOUN_RE.test(text.slice(cs, ce)) ? previousSubject(ctx, si, except) : null)
    );
  };

  if (partner) {
    // "Nach dem Telefonat mit Putin telefonierte Macron auch mit Selenskyj": the partner right after a
    // noun trigger belongs to it, not to the verb that follows.
    const boundHere = !t.verbal && partner.start > t.end && partner.start - t.end < 50;
    const other = pickOther(new Set([partner.entityId]));
    if (boundHere)
      return { ids: other ? [other.entityId, partner.entityId] : [partner.entityId], used: [partner] };
    if (other) return { ids: [other.entityId, partner.entityId], used: [] };
    return { ids: [partner.entityId], used: [] };
  }
  if (cps.length > 0) {
    const other = pickOther(new Set());
    if (other) {
      const cp = resolveCounterpart(ctx, cps[0]!, other.entityId);
      if (cp && cp !== other.entityId) return { ids: [other.entityId, cp], used: [] };
      return { ids: [other.entityId], used: [] };
    }
  }
  // "Scholz, Macron und Biden berieten in einer Videokonferenz": a conference has them all, and the
  // commas of the list are no clause breaks.
  const all = uniqueIds(sentenceActors);
  if (
    all.length > 2 &&
    /konferenz|schalte/iu.test(t.word) &&
    /^(?:[\s,]|und|sowie)*$/u.test(joiners(text, sentenceActors))
  )
    return { ids: all, used: [] };
  const inClause = uniqueIds(clauseActors);
  if (inClause.length === 2) return { ids: inClause, used: [] };
  if (inClause.length > 2) {
    // "A und B telefonierten": two names joined by "und".
    for (let i = 0; i + 1 < clauseActors.length; i++) {
      const a = clauseActors[i]!;
      const b = clauseActors[i + 1]!;
      if (
        a.entityId !== b.entityId &&
        /^\s*(?:und|sowie)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(a.end, b.start))
      )
        return { ids: [a.entityId, b.entityId], used: [] };
    }
    const first = nearest(clauseActors, t.start, new Set());
    const second = first ? nearest(clauseActors, t.start, new Set([first.entityId])) : null;
    if (first && second) return { ids: [first.entityId, second.entityId], used: [] };
  }
  if (inClause.length === 1) {
    // "werde Selenskyj über das Gespräch informieren": an object next to a call referred back to
    // is someone told about it, not a participant.
    if (t.definite && !t.verbal && clauseActors.every((a) => isObject(ctx, a, cs)))
      return { ids: [], used: [] };
    // "Trump schrieb, er habe … telefoniert": the clause names one, the sentence the other; only
    // for verbs, whose subject may sit in the main clause.
    const other = t.verbal ? nearest(sentenceActors, t.start, new Set(inClause)) : null;
    if (other && PRONOUN_RE.test(text.slice(cs, ce)))
      return { ids: [inClause[0]!, other.entityId], used: [] };
    return { ids: inClause, used: [] };
  }
  return { ids: [], used: [] };
}

/** The first person named as a subject in the previous sentence, for "Er telefonierte mit …". */
function previousSubject(ctx: Ctx, si: number, except: ReadonlySet<string>): PersonRef | null {
  if (si === 0) return null;
  const prev = ctx.sentences[si - 1]!;
  return actorsIn(ctx, prev.start, prev.end).find((r) => !except.has(r.entityId)) ?? null;
}
