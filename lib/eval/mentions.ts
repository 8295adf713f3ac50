// Entity-mention precision and recall against gold that lists surface forms, not offsets.
//
// Method (printed in the eval header too):
// - A gold occurrence is each place in the text where one of an entity's `surface_forms` or
//   `in_compounds` stands as a whole word: the characters either side are not letters, digits or
//   hyphens (so "Nato" does not occur inside "Nato-Verbündeten"; that is the compound's occurrence).
//   Within one entity, an occurrence inside a longer one ("Scholz" inside "Olaf Scholz") is dropped.
// - Occurrences of different gold entities on the same span ("Ostukraine" as Eastern Ukraine and as
//   a compound of Ukraine; "US-Senat" as the Senate and as a compound of the USA) are alternatives:
//   one unit of recall, satisfied by a mention of any of them. A unit inside a longer unit that was
//   found ("Ukraine" inside "Sicherheitsdienstes der Ukraine") is satisfied by it too.
// - A predicted mention is right (TP) when it lies inside a not yet matched occurrence of a gold
//   entity that maps to the same knowledge entity, and either its text is that occurrence's form, or
//   the occurrence is a compound, or its text is another listed form of that gold entity ("Putin"
//   inside "Wladimir Putin"). Every other predicted mention is a false positive.
// - Recall is reported over units with at least one entity the knowledge contains ("known"), and
//   over all units.
// - Lenient scores (reported beside the strict ones, never instead): a false positive that overlaps an
//   unmatched occurrence of the same entity counts as found, so boundary disagreements ("Region
//   Kursk" vs "Kursk") can be told apart from wrong links.

export interface GoldEntityForms {
  canonical: string;
  surfaceForms: readonly string[];
  compounds: readonly string[];
}

export interface Occurrence {
  canonical: string;
  form: string;
  start: number;
  end: number;
  compound: boolean;
}

export interface PredictedMention {
  entityId: string;
  start: number;
  end: number;
  text: string;
}

const WORD_CHAR = /[\p{L}\p{N}\u00ad\u2010\u2011-]/u;

function standaloneAt(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1]! : '';
  const after = end < text.length ? text[end]! : '';
  return !(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after));
}

/** Every standalone occurrence of the entity's forms, longest first where they nest. */
export function findOccurrences(text: string, entity: GoldEntityForms): Occurrence[] {
  const found: Occurrence[] = [];
  const forms = [
    ...entity.surfaceForms.map((form) => ({ form, compound: false })),
    ...entity.compounds.map((form) => ({ form, compound: true })),
  ].sort((a, b) => b.form.length - a.form.length);
  for (const { form, compound } of forms) {
    if (!form) continue;
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      const end = i + form.length;
      if (!standaloneAt(text, i, end)) continue;
      if (found.some((o) => o.start <= i && end <= o.end)) continue;
      found.push({ canonical: entity.canonical, form, start: i, end, compound });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export interface MentionMiss {
  canonical: string[];
  form: string;
  start: number;
}

export interface MentionFalsePositive {
  entityId: string;
  text: string;
  start: number;
  /** Why it counts as wrong: no gold entity for it, or no matching occurrence. */
  reason: 'entity-not-in-gold' | 'no-occurrence';
  /** Overlaps an occurrence of the same entity: only the span's boundaries disagree with the gold. */
  boundaryOnly?: boolean;
}

export interface MentionScore {
  predicted: number;
  truePositives: number;
  /** Units with at least one gold entity the knowledge contains. */
  knownUnits: number;
  knownFound: number;
  allUnits: number;
  allFound: number;
  /** Lenient: false positives that overlap an unmatched occurrence of the same entity. */
  overlapTruePositives: number;
  /** Lenient: known units missed strictly but overlapped by a mention of the same entity. */
  knownOverlapFound: number;
  misses: MentionMiss[];
  falsePositives: MentionFalsePositive[];
}

/**
 * @param goldToId canonical → knowledge entity id (null when the knowledge lacks it)
 */
export function scoreMentions(
  text: string,
  gold: readonly GoldEntityForms[],
  goldToId: ReadonlyMap<string, string | null>,
  predicted: readonly PredictedMention[],
): MentionScore {
  // Units: occurrences grouped by span.
  const units = new Map<
    string,
    { start: number; end: number; members: Occurrence[]; found: boolean; overlapFound: boolean }
  >();
  for (const entity of gold) {
    for (const occ of findOccurrences(text, entity)) {
      const key = `${occ.start}:${occ.end}`;
      const unit = units.get(key) ?? {
        start: occ.start,
        end: occ.end,
        members: [],
        found: false,
        overlapFound: false,
      };
      unit.members.push(occ);
      units.set(key, unit);
    }
  }
  const formsOf = new Map(gold.map((g) => [g.canonical, new Set(g.surfaceForms)]));
  const goldIds = new Set([...goldToId.values()].filter((id): id is string => id !== null));
  const falsePositives: MentionFalsePositive[] = [];
  const fpMentions: PredictedMention[] = [];
  let truePositives = 0;
  const sortedUnits = [...units.values()].sort((a, b) => a.start - b.start);
  for (const p of [...predicted].sort((a, b) => a.start - b.start)) {
    const unit = sortedUnits.find(
      (u) =>
        !u.found &&
        u.start <= p.start &&
        p.end <= u.end &&
        u.members.some(
          (m) =>
            goldToId.get(m.canonical) === p.entityId &&
            (m.form === p.text || m.compound || formsOf.get(m.canonical)?.has(p.text)),
        ),
    );
    if (unit) {
      unit.found = true;
      truePositives++;
    } else {
      fpMentions.push(p);
      falsePositives.push({
        entityId: p.entityId,
        text: p.text,
        start: p.start,
        reason: goldIds.has(p.entityId) ? 'no-occurrence' : 'entity-not-in-gold',
      });
    }
  }
  // Lenient pass: a false positive that overlaps an unmatched occurrence of the same entity is a
  // boundary disagreement ("Region Kursk" where the gold lists "Kursk"), not a wrong link.
  let overlapTruePositives = 0;
  falsePositives.forEach((fp, i) => {
    const p = fpMentions[i]!;
    const unit = sortedUnits.find(
      (u) =>
        !u.found &&
        !u.overlapFound &&
        u.start < p.end &&
        p.start < u.end &&
        u.members.some((m) => goldToId.get(m.canonical) === p.entityId),
    );
    if (unit) {
      unit.overlapFound = true;
      fp.boundaryOnly = true;
      overlapTruePositives++;
    }
  });
  let knownUnits = 0;
  let knownFound = 0;
  let allFound = 0;
  let knownOverlapFound = 0;
  const misses: MentionMiss[] = [];
  // A unit inside a longer unit that was found ("Ukraine" inside "Generalstab der Streitkräfte der
  // Ukraine") is satisfied by it: mentions do not overlap, so no matcher could find both.
  const enclosedFound = (u: (typeof sortedUnits)[number]) =>
    sortedUnits.some((o) => o.found && o !== u && o.start <= u.start && u.end <= o.end);
  for (const u of sortedUnits) {
    const known = u.members.some((m) => (goldToId.get(m.canonical) ?? null) !== null);
    if (known) knownUnits++;
    if (u.found || enclosedFound(u)) {
      allFound++;
      if (known) knownFound++;
    } else if (known) {
      if (u.overlapFound) knownOverlapFound++;
      misses.push({ canonical: u.members.map((m) => m.canonical), form: u.members[0]!.form, start: u.start });
    }
  }
  return {
    predicted: predicted.length,
    truePositives,
    knownUnits,
    knownFound,
    allUnits: sortedUnits.length,
    allFound,
    overlapTruePositives,
    knownOverlapFound,
    misses,
    falsePositives,
  };
}
