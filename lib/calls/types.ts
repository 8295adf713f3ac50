// A phone or video call between politicians that an article reports, as the popup shows it and
// `npm run analyze -- --json` prints it. Offsets are UTF-16 indices into the article text.

export interface Evidence {
  text: string;
  start: number;
  end: number;
}

export interface CallStatement extends Evidence {
  /** Entity id of who demanded/agreed/said it; null when the text does not say. */
  by: string | null;
  /** Entity id (or short text) of the attributed source: "Kirby", "ein US-Beamter". */
  source: string | null;
  /** PLOVER event of the statement: REQUEST, AGREE, REJECT, ACCUSE, or ASSESS for evaluations. */
  plover?: string;
  /** PLOVER mode for REQUEST: assist | change | yield | meet. */
  ploverMode?: string | null;
  /** CAMEO code where the statement is clear (10x for demands: 107 ceasefire, 108 meeting, …). */
  cameo?: string | null;
}

export type CallStatus = 'held' | 'planned' | 'denied';

export interface CallRecord {
  /** Entity ids of the two (or more) participants, sorted. */
  participants: string[];
  /** Role of each participant on the call's date, keyed by entity id ("Verteidigungsminister der USA"). */
  roles?: Record<string, { de: string; en: string } | null>;
  mode: 'phone' | 'video';
  status: CallStatus;
  date: string | null;
  dateText: string | null;
  duration: string | null;
  durationMinutes: number | null;
  initiator: string | null;
  firstSince: string | null;
  /** `firstSince` as an ISO date when the text dates it and the year follows from the publication date. */
  firstSinceDate?: string | null;
  demands: CallStatement[];
  outcomes: CallStatement[];
  quotes: CallStatement[];
  evidence: Evidence[];
  plover: { event: 'CONSULT'; mode: 'phone' | 'video' };
  cameo: string | null;
}
