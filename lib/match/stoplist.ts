// Aliases that are ordinary words or other things. Precision first: a name that is also a common
// word links only in the contexts listed here, or never.

/** Folded keys that never link, whichever entity lists them (adjectives and language names). */
export const NEVER_KEYS: ReadonlySet<string> = new Set([
  'deutsch',
  'deutsche',
  'deutschen',
  'deutscher',
  'deutsches',
  'russisch',
  'russische',
  'ukrainisch',
  'ukrainische',
  'amerikanisch',
  'europaisch',
  'europäisch',
  'dem',
  'der',
  'die',
  'das',
  'und',
  'oder',
  'mit',
  'bei',
  'am',
  'im',
  'um',
  'an',
  'in',
  'es',
  'er',
  'sie',
  'wir',
  'ihr',
]);

/** Words that make a hyphen compound with X about the platform: X-Chef, X-Post, X-Inhalte. */
const X_COMPOUND =
  /^-(?:inhalte?|posts?|account|accounts|konto|beitrag|beiträge|beitrags|chef|chefin|eigentümer|nutzer|nutzerinnen|profil|kanal|ceo)(?![\p{L}\p{N}])/u;
/** After "auf X", "von X": what shows X is a quantity or a name part rather than the platform. */
const NOT_PLATFORM_AFTER = /^\s*(?:[\d(]|-|prozent|mal(?![\p{L}])|euro|dollar|uhr|tage|jahre)/u;

/**
 * Keys that link only when the text around them says they are the thing: the platform X only as
 * "X (vormals Twitter)", "X, früher Twitter", "Plattform X", "Kurznachrichtendienst X", "auf X",
 * "von X", "X-Chef". Single letters must also be upper case in the original (resolve.ts checks that).
 * `before`/`after` are the folded text right before and after the match.
 */
export const CONTEXT_RULES: ReadonlyMap<string, (before: string, after: string) => boolean> = new Map([
  [
    'x',
    (before: string, after: string) =>
      /^\s*[(,–-]\s*(?:vormals|ehemals|fruher|früher|einst|zuvor|formerly)\s+twitter/.test(after) ||
      /(?:plattform|kurznachrichtendienst|onlinedienst|netzwerk|dienst|portal|online-plattform)\s*$/.test(
        before,
      ) ||
      X_COMPOUND.test(after) ||
      // "schrieb auf X:", "Daten von X": a preposition right before it and no quantity after it.
      (/(?:^|\s)(?:auf|bei|via|über|von)\s*$/.test(before) && !NOT_PLATFORM_AFTER.test(after)),
  ],
]);

/**
 * Folded keys that are also ordinary German words once capitalised at the start of a sentence
 * ("Linke Gruppen …", "Grüne Wiesen …"): such a match is dropped when it opens a sentence.
 */
export const ORDINARY_WORDS: ReadonlySet<string> = new Set([
  // Not "Union" or "Grünen": at a sentence start those are nearly always the parties.
  'linke',
  'grüne',
  'bild',
  'welt',
  'zeit',
  'rat',
  'bund',
]);

/** Why an alias never enters the index, or null when it may. */
export function dropReason(key: string): string | null {
  if (key.length === 0) return 'empty';
  if (!/\p{L}/u.test(key)) return 'no letter (numbers are never entities)';
  if (NEVER_KEYS.has(key)) return 'stop-list: ordinary word';
  if ([...key].length === 1 && !CONTEXT_RULES.has(key)) return 'single letter';
  return null;
}
