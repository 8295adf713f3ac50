// The people a stretch of text names: person mentions from the matcher, plus office phrases
// ("der russische Verteidigungsminister", "Kremlchef") resolved to whoever held the office on the
// article's date, plus "seinem russischen Amtskollegen" (the same kind of office in another
// country), resolved later against the other participant.

import { holderOn, roleOn, speakerFor } from '../knowledge/roles';
import type { Entity, KnowledgeBundle } from '../knowledge/types';
import type { Mention } from '../match/types';
import { drain, type Steps } from '../steps';
import { compilePhrases, fold, phraseMatches } from './office-phrases';

export interface PersonRef {
  entityId: string;
  start: number;
  end: number;
  via: 'name' | 'role';
  /** Set when the person appears as a spokesperson ("Kremlsprecher Peskow"): whom they speak for. */
  speaksFor?: string | null;
  /** A spokesperson, journalist or other voice that is never a call participant. */
  voice?: 'spokesperson' | 'media';
}

/** "seinem russischen Amtskollegen": an office of the same kind in another country, resolved later. */
export interface CounterpartRef {
  start: number;
  end: number;
  country: string;
}

/** Country adjectives (stem) → ISO 3166-1 alpha-2, for counterpart phrases. */
const COUNTRY_ADJ: Record<string, string> = {
  russisch: 'ru',
  amerikanisch: 'us',
  'us-amerikanisch': 'us',
  ukrainisch: 'ua',
  deutsch: 'de',
  französisch: 'fr',
  britisch: 'gb',
  chinesisch: 'cn',
  türkisch: 'tr',
  israelisch: 'il',
  iranisch: 'ir',
  belarussisch: 'by',
  weißrussisch: 'by',
  polnisch: 'pl',
  finnisch: 'fi',
  norwegisch: 'no',
  italienisch: 'it',
  japanisch: 'jp',
  indisch: 'in',
  österreichisch: 'at',
  schweizerisch: 'ch',
  kanadisch: 'ca',
  spanisch: 'es',
  niederländisch: 'nl',
  schwedisch: 'se',
  ungarisch: 'hu',
  saudisch: 'sa',
  'saudi-arabisch': 'sa',
  katarisch: 'qa',
  ägyptisch: 'eg',
  syrisch: 'sy',
};

const SPOKES_RE = /(sprecher|sprecherin|pressesprecher|pressesprecherin|sprachrohr)$/iu;
const MEDIA_RE =
  /(journalist|journalistin|moderator|moderatorin|reporter|reporterin|korrespondent|korrespondentin|interviewer|interviewerin|chefredakteur|chefredakteurin|kolumnist|kolumnistin)$/iu;
/** Words before a role phrase that mean it is not today's holder. */
const NOT_CURRENT_RE =
  /(ehemalig\p{L}*|früher\p{L}*|designiert\p{L}*|künftig\p{L}*|damalig\p{L}*|neu\p{L}*|Ex-|einstig\p{L}*|vormalig\p{L}*|gewählt\p{L}*)\s*$/iu;

const GENITIVE_HEAD_RE =
  /^\s+(?:Regierung|Administration|Team|Lager|Sprecher|Sprecherin|Berater|Beraterin|Umfeld|Partei|Ministerium|Büro|Amt|Truppen|Armee|Streitkräfte|Leute|Anhänger|Wahlkampf|Sicherheitsberater)(?![\p{L}])/u;

export interface PeopleIndex {
  persons: PersonRef[];
  counterparts: CounterpartRef[];
}

const SPACE_OR_QUOTE_RE = /[\s„"]/;
const WORD_CHAR_RE = /^[\p{L}\p{N}-]$/u;

/**
 * The word right before `pos` (within 60 chars), past spaces and opening quotes. Scans backwards; the
 * regex it replaces, /([\p{L}\p{N}-]+)[\s„"]*$/u over the 60 chars, was tried at every one of them.
 */
function wordBefore(text: string, pos: number): string {
  const from = Math.max(0, pos - 60);
  let i = pos;
  while (i > from && SPACE_OR_QUOTE_RE.test(text[i - 1]!)) i--;
  const end = i;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    // A pair counts as one letter only when both halves lie inside the window.
    const pair = c >= 0xdc00 && c <= 0xdfff && i - 2 >= from && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
    const width = pair ? 2 : 1;
    const ascii = c < 128;
    const word = ascii
      ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45
      : WORD_CHAR_RE.test(text.slice(i - width, i));
    if (!word) break;
    i -= width;
  }
  return text.slice(i, end);
}

/**
 * Whether some person with start < `before` and end > `after` passes `test`: a binary search over the
 * persons sorted by start, walking back while a running maximum of ends still reaches past `after`
 * (a scan of every name for every office phrase was quadratic on a long ticker).
 */
function nearNames(
  persons: readonly PersonRef[],
): (after: number, before: number, test: (p: PersonRef) => boolean) => boolean {
  const sorted = [...persons].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const p of sorted) maxEnd.push(Math.max(p.end, maxEnd[maxEnd.length - 1] ?? -1));
  return (after, before, test) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < before) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && maxEnd[i]! > after; i--) {
      const p = sorted[i]!;
      if (p.end > after && test(p)) return true;
    }
    return false;
  };
}

/**
 * Everyone the text names as a person, sorted by start. Role phrases directly followed by a name
 * ("US-Präsident Donald Trump") are titles of that name and not resolved on their own.
 */
export function findPeople(
  text: string,
  mentions: readonly Mention[],
  bundle: KnowledgeBundle,
  byId: ReadonlyMap<string, Entity>,
  date: string,
  /** False when `date` is only the knowledge's as-of date, not the article's. */
  dated = true,
): PeopleIndex {
  return drain(peopleSteps(text, mentions, bundle, byId, date, dated));
}

/** findPeople in steps: it pauses every few hundred names and every few thousand words. */
export function* peopleSteps(
  text: string,
  mentions: readonly Mention[],
  bundle: KnowledgeBundle,
  byId: ReadonlyMap<string, Entity>,
  date: string,
  dated = true,
): Steps<PeopleIndex> {
  const persons: PersonRef[] = [];
  let seen = 0;
  for (const m of mentions) {
    if ((++seen & 255) === 0) yield;
    const e = byId.get(m.entityId);
    if (e?.type !== 'person') continue;
    // "Scholz-Sprecher", "Trump-Regierung": the compound names someone else.
    if (
      m.compound &&
      m.compound.length > m.text.length &&
      !/(telefonat|gespräch|anruf)\p{L}*$/iu.test(m.compound)
    )
      continue;
    // "Trumps Regierung", "Putins Truppen": the genitive names what belongs to the person.
    if (/s$/u.test(m.text) && GENITIVE_HEAD_RE.test(text.slice(m.end, m.end + 30))) continue;
    const ref: PersonRef = { entityId: e.id, start: m.start, end: m.end, via: 'name' };
    const before = wordBefore(text, m.start);
    const principal = e.speaksFor ? speakerFor(e, date) : null;
    if (SPOKES_RE.test(before) || principal) {
      ref.voice = 'spokesperson';
      ref.speaksFor = principal;
    } else if (MEDIA_RE.test(before)) ref.voice = 'media';
    persons.push(ref);
  }
  const named = [...persons];
  const near = nearNames(named);
  const namedIds = new Set(named.map((p) => p.entityId));
  const phrases = compilePhrases(bundle);
  const { folded, map } = phrases ? fold(text) : { folded: '', map: [] };
  // Phrase matches come left to right without overlapping, so only the last role can overlap a new one.
  let lastRole: PersonRef | null = null;
  // The holder of an office on the date, looked up once per office (a walk over every entity).
  const holders = new Map<string, Entity | null>();
  for (const m of phrases ? phraseMatches(phrases, folded) : []) {
    if (!m) {
      yield;
      continue;
    }
    const { office } = m;
    const start = map[m.index]!;
    const end = map[m.index + m.length - 1]! + 1;
    // A name right after the phrase (or inside it) is the referent; the phrase is its title.
    if (near(start, end + 4, (p) => /^[\s,]*$/u.test(text.slice(end, Math.max(end, p.start))))) continue;
    if (NOT_CURRENT_RE.test(text.slice(Math.max(0, start - 20), start))) continue;
    let holder = holders.get(office.id);
    if (holder === undefined) {
      holder = holderOn(office.id, date, bundle.entities);
      holders.set(office.id, holder);
    }
    if (!holder) continue;
    // Without the article's own date, "der Kanzler" is only trusted for someone the text also names.
    if (!dated && !namedIds.has(holder.id)) continue;
    if (lastRole && lastRole.start < end && start < lastRole.end) continue;
    const ref: PersonRef = { entityId: holder.id, start, end, via: 'role' };
    if (holder.speaksFor) {
      ref.voice = 'spokesperson';
      ref.speaksFor = speakerFor(holder, date);
    }
    persons.push(ref);
    lastRole = ref;
  }
  const counterparts: CounterpartRef[] = [];
  const cre =
    /(?<![\p{L}])(\p{L}+(?:-\p{L}+)?)(?:e|en|er|es|em)\s+(?:Amtskolleg(?:e|en|in)|Kolleg(?:e|en|in)|Amtsbruder|Gegenüber|Gegenpart)(?![\p{L}])/giu;
  // The same flags as `cre`: without one of its nouns the text has no counterpart (a cheap scan).
  const hasNoun = /kolleg|amtsbruder|gegenüber|gegenpart/iu.test(text);
  for (let m = hasNoun ? cre.exec(text) : null; m; m = cre.exec(text)) {
    const country = COUNTRY_ADJ[m[1]!.toLowerCase()];
    if (!country) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (named.some((p) => p.start >= end && /^[\s,]*$/u.test(text.slice(end, p.start)) && p.start - end < 4))
      continue;
    counterparts.push({ start, end, country });
  }
  // Once introduced as "Sprecherin Bruce", Bruce is a spokesperson in every sentence.
  const voiced = new Map(persons.filter((p) => p.voice).map((p) => [p.entityId, p]));
  for (const p of persons) {
    const v = voiced.get(p.entityId);
    if (v && !p.voice) {
      p.voice = v.voice;
      p.speaksFor = v.speaksFor ?? null;
    }
  }
  persons.sort((a, b) => a.start - b.start);
  return { persons, counterparts };
}

/** The kind of an office across countries: us.secretary-of-defense ≙ ru.minister-of-defence. */
function officeKind(id: string): string {
  const kind = id.replace(/^[^.]+\./u, '');
  if (/defen[cs]e/u.test(kind)) return 'defence';
  if (/foreign|secretary-of-state/u.test(kind)) return 'foreign';
  if (/^(?:president|head-of-state)$/u.test(kind)) return 'president';
  if (/prime-minister|premier|chancellor|head-of-government/u.test(kind)) return 'head-of-government';
  return kind;
}

/** The holder of "the same office" in another country: ru.minister-of-defence → us.minister-of-defence. */
export function counterpartOf(
  otherId: string,
  country: string,
  bundle: KnowledgeBundle,
  byId: ReadonlyMap<string, Entity>,
  date: string,
): string | null {
  const other = byId.get(otherId);
  const role = other ? roleOn(other, date) : null;
  if (!role?.office) return null;
  const kind = officeKind(role.office);
  const office =
    bundle.offices.find((o) => o.jurisdiction.toLowerCase() === country && officeKind(o.id) === kind) ?? null;
  if (!office) return null;
  return holderOn(office.id, date, bundle.entities)?.id ?? null;
}
