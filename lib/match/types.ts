// What the matcher reports. Offsets are UTF-16 indices into the original (un-normalised) text.

export interface Mention {
  entityId: string;
  start: number;
  end: number;
  /** The original text between start and end (what gets painted). */
  text: string;
  /** The alias that matched, as written in the knowledge. */
  alias: string;
  /** The whole word when the mention is part of a compound (Nato-Verbündeten, Kremlchef). */
  compound?: string;
}
