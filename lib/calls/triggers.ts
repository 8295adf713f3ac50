// Words that report a call, and the cues around them that say whether it took place.
// Strong triggers name a phone or video call by themselves (Telefonat, telefonierte, rief … an);
// weak ones (Gespräch, sprach … mit) count only where the article frames them as a call.

export type TriggerStatus = 'held' | 'planned' | 'denied' | 'interview' | 'meeting';

export interface Trigger {
  start: number;
  end: number;
  word: string;
  strength: 'strong' | 'weak';
  mode: 'phone' | 'video';
  /** A noun with a definite or demonstrative article ("das Gespräch", "dem Telefonat"): may refer back. */
  definite: boolean;
  /** A verb (telefonierte, rief … an, sprach): its subject is a participant. */
  verbal: boolean;
  /** The verb says who called whom (rief … an, angerufen, Anruf von). */
  directional: boolean;
  status: TriggerStatus;
}

interface Pattern {
  re: RegExp;
  strength: 'strong' | 'weak';
  mode: 'phone' | 'video';
  verbal: boolean;
  directional?: boolean;
  interview?: boolean;
}

const L = '\\p{L}';
const PATTERNS: Pattern[] = [
  // Interviews first so their words are not read as calls.
  {
    re: /(?<![\p{L}])Telefon-?[Ii]nterviews?(?![\p{L}])/gu,
    strength: 'strong',
    mode: 'phone',
    verbal: false,
    interview: true,
  },
  {
    re: new RegExp(
      `(?<![${L}])(?:[${L}]+-)?(?:[${L}]*[Tt]elefonat(?:e|es|en|s)?|Telefongespr(?:ä|ae)ch(?:e|es|s)?|Telefon-Gespr(?:ä|ae)ch(?:e|es|s)?|Telefonkonferenz|Telefonschalte|Telefonanrufs?|Anrufs?|Anrufes)(?![${L}])`,
      'gu',
    ),
    strength: 'strong',
    mode: 'phone',
    verbal: false,
  },
  {
    re: new RegExp(
      `(?<![${L}])(?:Videotelefonat(?:e|es|s)?|Videokonferenz(?:en)?|Videoschalten?|Videogespr(?:ä|ae)ch(?:e|es|s)?|Video-Telefonat(?:e|es|s)?|Videocall)(?![${L}])`,
      'gu',
    ),
    strength: 'strong',
    mode: 'video',
    verbal: false,
  },
  {
    re: new RegExp(`(?<![${L}])(?:video)?telefonier(?:te|ten|t|en|e|est|tet|end)?(?![${L}])`, 'giu'),
    strength: 'strong',
    mode: 'phone',
    verbal: true,
  },
  {
    re: /(?<![\p{L}])(?:telefonisch|per Telefon|am Telefon)(?![\p{L}])/gu,
    strength: 'strong',
    mode: 'phone',
    verbal: true,
  },
  {
    re: /(?<![\p{L}])(?:angerufen|anrufen|anzurufen|anrief|anriefen|anruft)(?![\p{L}])/gu,
    strength: 'strong',
    mode: 'phone',
    verbal: true,
    directional: true,
  },
  // Separable "rief … an": the particle closes the clause.
  {
    re: /(?<![\p{L}])(?:rief|riefen|ruft|rufen)\s+(?:[^\s,.;:!?]+\s+){0,8}?an(?=\s*(?:[,.;:!?“"]|$|und\s|,))/gu,
    strength: 'strong',
    mode: 'phone',
    verbal: true,
    directional: true,
  },
  {
    re: /(?<![\p{L}])(?:Gespr(?:ä|ae)ch|Gespr(?:ä|ae)chs|Gespr(?:ä|ae)ches)(?![\p{L}-])/gu,
    strength: 'weak',
    mode: 'phone',
    verbal: false,
  },
  {
    re: /(?<![\p{L}])(?:sprach|sprachen|gesprochen|spricht|sprechen|sprachst|spreche)(?![\p{L}])/gu,
    strength: 'weak',
    mode: 'phone',
    verbal: true,
  },
];

const DENIED_RE =
  /(?<![\p{L}])(?:kein(?:e|en|em)?\s+(?:\p{L}+\s+)?(?:Telefonat|Telefongespräch|Gespräch|Anruf|Kontakt)|nicht\s+(?:miteinander\s+)?(?:telefoniert|gesprochen|angerufen)|nie\s+(?:miteinander\s+)?(?:telefoniert|gesprochen)|dementier\p{L}*|Dementi|bestritt\p{L}*|bestreitet|nicht\s+stattgefunden|nicht\s+geplant|nicht\s+vorgesehen|nicht\s+in\s+Planung|keine\s+Pläne)(?![\p{L}])/iu;
const PLANNED_RE =
  /(?<![\p{L}])(?:soll|sollen|sollte|sollten|will|wollen|wolle|wollte|wollten|werde|werden|wird|möchte|möchten|plant|planen|plante|planten|geplant|vorgesehen|angekündigt|kündigte|kündigt|ankündigen|anstehend\p{L}*|bevorstehend\p{L}*|demnächst|kommende[nrs]?\s+Woche|nächste[nrs]?\s+Woche|morgen|übermorgen|bald|bat\s+um|baten\s+um|bitte[tn]?\s+um|gebeten|angefragt|anfragen|Anfrage|vereinbaren|verabreden|strebt|anstreben|bereit\s+zu|erwartet)(?![\p{L}])/iu;
const INTERVIEW_RE =
  /(?<![\p{L}])(?:Interview|Interviews|sagte\s+(?:dem|der)\s+(?:Sender|Zeitung|Nachrichtenagentur|Magazin|Blatt|Radiosender)|im\s+Gespräch\s+mit\s+(?:dem|der)\s+(?:Sender|Zeitung|Magazin|Journalist\p{L}*|Reporter\p{L}*)|Journalist\p{L}*|Reporter\p{L}*|Moderator\p{L}*|Podcast|Sendung|Talkshow)(?![\p{L}])/iu;
const MEETING_RE =
  /(?<![\p{L}])(?:Treffen|traf|trafen|getroffen|treffen|trifft|besuchte|besuchten|besucht|Besuch|Besuchs|empfing|empfangen|Gipfel|Gipfeltreffen|persönlich|bei\s+einem\s+Abendessen|in\s+Mar-a-Lago)(?![\p{L}])/iu;
const TOOK_PLACE_RE = /stattfand|stattgefunden|fand\s+(?:\p{L}+\s+){0,5}statt(?![\p{L}])/u;
const DENIAL_VERB_RE =
  /(?<![\p{L}])(?:dementier\p{L}*|Dementi|bestritt\p{L}*|bestreitet|bestreiten|widersprach\p{L}*|wies\s+(?:\p{L}+\s+){0,3}Berichte\s+(?:\p{L}+\s+){0,3}zurück)(?![\p{L}])/iu;
/** "nach dem Telefonat", "im Anschluss an das Gespräch": the call is over, whatever follows. */
const PAST_FRAME_RE =
  /(?:nach|seit)\s+(?:dem|einem|ihrem|seinem|diesem)\s+(?:\p{L}+\s+){0,2}$|im\s+Anschluss\s+an\s+(?:das|ein)\s+(?:\p{L}+\s+)?$/iu;
/** A meeting word that explains what the "Gespräch" was: "ein Gespräch bei einem Treffen". */
const INFINITIVE_RE = /^(?:telefonieren|anrufen|anzurufen|sprechen|zu\s+telefonieren)$/iu;
const DEFINITE_BEFORE_RE =
  /(?:^|[^\p{L}])(?:das|dem|des|der|den|dieses|diesem|dieser|diesen|jenes|jenem|dessen|sein|seinem|seines|seinen|ihr|ihrem|ihres|ihren|im|beim|vom|zum)\s+(?:\p{L}+(?:-\p{L}+)?\s+){0,2}$/iu;

function statusOf(p: Pattern, word: string, clause: string, before: string, sentence: string): TriggerStatus {
  if (p.interview || (INTERVIEW_RE.test(clause) && !/zwischen/u.test(clause))) return 'interview';
  // A denial governs its dass-clause: "Peskow dementierte, dass Putin mit X telefoniert habe".
  if (DENIED_RE.test(clause) || DENIAL_VERB_RE.test(sentence)) return 'denied';
  if (!p.verbal && PAST_FRAME_RE.test(before)) return 'held';
  // Modal or future cues make an infinitive or a noun planned; a finite past verb stays held.
  const modal = /(?:soll|will|werde|wird)/u.test(clause);
  // "hatte um das Telefonat gebeten, das am Montag stattfand": asked for, and it took place.
  const tookPlace = TOOK_PLACE_RE.test(sentence) && !/nicht\s+stattgefunden|nicht\s+statt/u.test(sentence);
  const askedForThis = /um\s+(?:das|dieses|den|diesen)\s+(?:\p{L}+\s+)?(?:Gespräch|Telefonat|Anruf)/u.test(
    clause,
  );
  const planned = PLANNED_RE.exec(clause);
  const onlyAsked =
    planned && /^(?:bat|baten|gebeten|bitte|bitten|bittet|angefragt|anfragen|Anfrage)/iu.test(planned[0]);
  // "Ob aus dem Telefonat … ein regelmäßiger Austausch wird": the definite article presupposes the
  // call; a bare modal or future verb then speaks of what follows from it, not of a planned call.
  const onlyModal =
    planned &&
    /^(?:soll|sollen|sollte|sollten|will|wollen|wolle|wollte|wollten|werde|werden|wird)$/iu.test(planned[0]);
  const presupposed = !p.verbal && onlyModal && DEFINITE_BEFORE_RE.test(before);
  if (planned && !tookPlace && !presupposed && !(onlyAsked && askedForThis)) {
    if (INFINITIVE_RE.test(word.trim()) || !p.verbal || modal) return 'planned';
  }
  if (p.strength === 'weak' && MEETING_RE.test(clause)) return 'meeting';
  // "sagte Selenskyj per Videoschalte bei einem Gipfel": a speech to an audience, not a call.
  if (
    p.mode === 'video' &&
    /(?:sagte|sprach|sagt|erklärte|wandte sich)\s/u.test(clause) &&
    /Gipfel|Konferenz|Parlament|Rede|Versammlung|Publikum/u.test(clause)
  )
    return 'meeting';
  return 'held';
}

/** Cheap test before the patterns: most sentences of an article name no call at all. */
const HINT_RE = /telefon|anruf|gespr|sprach|sprech|spricht|video|rief|ruft|rufen|anzuruf/iu;

/** The clause around a position: the text between the nearest clause breaks. */
export function clauseAround(text: string, pos: number, lo: number, hi: number): [number, number] {
  // Search only the sentence: a sentence without a break must not send the search to the end of the
  // article (quadratic on long pages, robustness fault C1).
  const breaks = /[,;:–—]\s|\s[–—-]\s|[„“"]/gu;
  const part = text.slice(lo, hi);
  let start = lo;
  let end = hi;
  for (let m = breaks.exec(part); m; m = breaks.exec(part)) {
    const at = lo + m.index;
    if (at + m[0].length <= pos) start = at + m[0].length;
    else if (at >= pos) {
      end = at;
      break;
    }
  }
  return [start, end];
}

/** All call triggers in one sentence (offsets absolute), with their status read from the clause. */
export function findTriggers(text: string, sStart: number, sEnd: number): Trigger[] {
  const sentence = text.slice(sStart, sEnd);
  const found: Trigger[] = [];
  if (!HINT_RE.test(sentence)) return found;
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(sentence); m; m = p.re.exec(sentence)) {
      const start = sStart + m.index;
      const end = start + m[0].length;
      if (found.some((t) => t.start < end && start < t.end)) continue;
      // "Gespräche" / "Gesprächen" never match; "Ukraine-Gesprächen" neither.
      const word = m[0];
      const [cs, ce] = clauseAround(text, start, sStart, sEnd);
      const clause = text.slice(cs, ce);
      const before = text.slice(Math.max(sStart, start - 40), start);
      const status = statusOf(p, word, clause, before, sentence);
      found.push({
        start,
        end,
        word,
        strength: p.strength,
        mode: p.mode,
        definite: !p.verbal && DEFINITE_BEFORE_RE.test(before),
        verbal: p.verbal,
        directional: !!p.directional || /^Anruf/u.test(word),
        status,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
