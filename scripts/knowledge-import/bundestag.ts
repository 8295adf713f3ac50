// People OpenParliamentTV lists with subType "memberOfParliament" or "person" (entities.json), as person entities.
// That subType is what OpenParliamentTV's Bundestag parser gives every speaker in the plenary
// proceedings: members, but also federal ministers who never sat in the Bundestag (Giffey), state
// premiers speaking for the Bundesrat (Schwesig) and guests (Selenskyj). So the card says "speaker"
// and nothing more: the data has no party, office, gender or dates, and no role is invented.
import { aliasKey } from '../../lib/knowledge/lint';
import type { Alias, Entity, Source } from '../../lib/knowledge/types';
import { dropReason, NEVER_KEYS, ORDINARY_WORDS } from '../../lib/match/stoplist';
import { cleanAlias, slug, snapshotDate, source } from './common';
import { cleanList, OPTV_AS_OF, OPTV_PATH, OPTV_REPO, type OptvInput, type OptvRow, optvRows } from './optv';

export const SPEAKER_DESCRIPTION = {
  de: 'Sprach laut OpenParliamentTV im Plenum des Deutschen Bundestages. Partei, Amt und Zeitraum nennen diese Daten nicht.',
  en: "Spoke in the German Bundestag's plenary, according to OpenParliamentTV. The data gives no party, office or dates.",
};

/** OpenParliamentTV's subType "person": people named in debates who did not speak (Söder, Nawalny, Adenauer). */
export const NAMED_DESCRIPTION = {
  de: 'In Debatten des Deutschen Bundestages genannt, laut OpenParliamentTV. Partei, Amt und Lebensdaten nennen diese Daten nicht.',
  en: 'Named in debates of the German Bundestag, according to OpenParliamentTV. The data gives no party, office or dates.',
};

/** Russian-style full names ("Alexei Anatoljewitsch Nawalny") give way to the short form the data lists. */
const PATRONYMIC = /\S+(owitsch|ewitsch|itsch|owna|ewna|ovich|evich|ovna|evna)\b/;

/** Name particles that belong to the surname ("von der Leyen", "in der Beek", "De Masi"). */
/** Former names a person has publicly given up (deadnames): never shown, never matched. */
const RETIRED_NAMES: ReadonlySet<string> = new Set(['Markus Ganserer']);
const PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'zu', 'dos', 'da', 'in', 'vom', 'zur', 'De']);

/**
 * Surnames of speakers that are ordinary German words (nouns, adjectives, verb forms, pronouns),
 * places or famous other people. A surname alias links every occurrence in an article that names
 * the person in full, so "Kraft", "Ihnen" or "ferner" would mark ordinary text. Picked by hand from
 * the surnames that a German word list knows, plus towns and first names the data does not list as such.
 */
export const ORDINARY_SURNAMES: ReadonlySet<string> = new Set(
  `Adler Alt Bach Bauer Baum Bernstein Binder Brand Brandenburg Brecht Busen Bär Dröge Dusel Dürr Ernst
Ferner Fester Fischer Franke Frei Freitag Friesen Fuchs Fuchtel Funke Färber Geisel Glaser Glöckner
Grau Groß Grund Grübel Gründer Hacker Hahn Hauer Hauptmann Heck Heil Held Heller Herbst Herzog Hirte
Hocker Holm Hänsel Höchst Ihnen Jung Junge Kaiser Kalb Kammer Kasper Kaufmann Keller Kellner Klare
Klein Klinge Kopf Kraft Krämer Kuhle König Kühn Kühne Lach Lang Lange Leidig Leiser Lenz Lieb Link
Maas Mann Mannes Marschall Mast Meister Menge Mittag Moll Müller Neu Nord Nürnberger Pilger Pols
Post Renner Rief Sauer Scheuer Schick Schlecht Schlegel Schlund Schmidt Schneider Schreiber
Schreiner Schuster Schwabe Schwarz Schwarzer Schäfer Schön Sichert Sitte Sommer Sorge Spiegel
Springer Stauche Stein Stier Storch Stöber Tank Tauber Tausend Tempel Tippelt Träger Vogel Vogt
Wagner Wange Weber Weiler Weinberg Weingarten Weiß Weiss Wichtel Wiener Wiese Wunderlich Zimmer
Zimmermann Zorn Koch Wolf Hase Sänger Engel Ritter Backhaus Lenk Limburg Blankenburg Emmerich
Abel Abraham Bertram Claus Hein Simon Thies Veit
Bock Bremer Hain Hose Kappe Koller Krieger Raue Reck Stange Teich Weiser Winkel Zaum Pauli Schiller Günther Bosch`.split(
    /\s+/,
  ),
);

/** The surname as the label writes it: the last word with the particles before it. */
export function surnameOf(label: string): string {
  const words = label.split(' ');
  let i = words.length - 1;
  while (i > 1 && PARTICLES.has(words[i - 1]!)) i--;
  return words.slice(i).join(' ');
}

/** For comparing spellings: "Gaßner" = "Gassner", "Dağdelen" = "Dagdelen", "Kızıltepe" = "Kiziltepe". */
function fold(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The spellings of a name to compare: plain, and with umlauts written out ("Höchst" = "Hoechst"). */
function folds(text: string): string[] {
  return [fold(text), fold(text.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'))];
}

/** A one-word alternative that is the surname or part of it ("Dugnus"), not a nickname ("LöMö"). */
export function isSurnameForm(word: string, label: string): boolean {
  const a = fold(word);
  const s = fold(surnameOf(label));
  return a.length >= 4 && (s.includes(a) || a.includes(s));
}

/** Capitals that are the initials of the label's names: "AKK" for Annegret Kramp-Karrenbauer. */
export function isInitialism(word: string, label: string): boolean {
  const initials = label
    .split(/[\s-]+/)
    .map((w) => w[0] ?? '')
    .join('');
  return /^[A-ZÄÖÜ]{3,}$/.test(word) && word === initials;
}

/**
 * An alternative name worth linking: it must carry the label's surname (or, for a double name, one
 * part of it as its last word), so that birth names of other people ("Nadine Müller" for Nadine
 * Schön), nicknames and insults drop out; no brackets, commas, quotes or academic titles.
 */
export function keepAlternative(alt: string, label: string): boolean {
  if (/[(),„“"]|\bDr\.|\bMdB\b/.test(alt)) return false;
  const words = alt.split(' ');
  if (words.some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w))) return false;
  const surnames = folds(surnameOf(label));
  const alts = folds(alt);
  if (surnames.some((s) => alts.some((a) => a.includes(s)))) return true;
  const last = fold(words[words.length - 1]!);
  return surnames.some((s) => s.includes('-') && s.split('-').some((p) => p.length >= 4 && p === last));
}

/** Why a bare surname may not become a cue-bound alias, or null. */
export function surnameProblem(surname: string, firstNames: ReadonlySet<string>): string | null {
  if ([...surname].length <= 3) return 'three letters or fewer';
  if (ORDINARY_SURNAMES.has(surname)) return 'an ordinary German word or another famous name';
  if (firstNames.has(surname)) return 'also a first name';
  const key = aliasKey(surname);
  if (NEVER_KEYS.has(key) || ORDINARY_WORDS.has(key) || dropReason(key)) return 'on the stop-list';
  return null;
}

export interface BundestagImport {
  entities: Entity[];
  /** One line per person or alias left out, with the reason. */
  log: string[];
  counts: { rows: number; imported: number; known: number; skipped: number; surnames: number };
}

interface Candidate {
  row: OptvRow;
  id: string;
  label: string;
  aliases: Alias[];
}

function candidate(row: OptvRow, firstNames: ReadonlySet<string>, log: string[]): Candidate | null {
  const cleaned = cleanAlias(row.label);
  if (!cleaned?.includes(' ')) {
    log.push(`skipped ${row.id} "${row.label}": no full name`);
    return null;
  }
  const alts = cleanList(row.labelAlternative ?? []);
  // A label of four and more names ("Fabio Valeriano Lanfranco De Masi") gives way to the short form
  // the data also lists, when that keeps the first name and the surname.
  const words = cleaned.split(' ');
  const patronymic = PATRONYMIC.test(cleaned);
  const short =
    words.length >= 4 || patronymic
      ? alts.find(
          (a) =>
            a.split(' ').length < words.length &&
            // Without the patronymic the first name may be spelt another way ("Alexej Nawalny").
            (a.startsWith(`${words[0]} `) || (patronymic && a.split(' ').length === 2)) &&
            a.endsWith(surnameOf(cleaned)),
        )
      : undefined;
  const label = short ?? cleaned;
  const aliases: Alias[] = [{ text: label, origin: 'label' }];
  const add = (a: Alias) => {
    if (!aliases.some((x) => aliasKey(x.text) === aliasKey(a.text))) aliases.push(a);
  };
  if (short) add({ text: cleaned, origin: 'import:openparliamenttv' });
  const surnames = new Set<string>([surnameOf(label)]);
  for (const alt of alts) {
    if (!alt.includes(' ')) {
      // A bare surname ("Willsch") is cue-bound like the derived one; other single words are nicknames.
      if (isSurnameForm(alt, label)) surnames.add(alt);
      else if (isInitialism(alt, label))
        add({ text: alt, origin: 'import:openparliamenttv', caseSensitive: true });
      else log.push(`alias dropped ${row.id} "${alt}": one word that is not the surname`);
      continue;
    }
    if (RETIRED_NAMES.has(alt))
      log.push(`alias dropped ${row.id} "${alt}": a name the person no longer uses`);
    else if (keepAlternative(alt, label)) add({ text: alt, origin: 'import:openparliamenttv' });
    else log.push(`alias dropped ${row.id} "${alt}": not a form of "${label}"`);
  }
  for (const s of surnames) {
    if (!/^\p{Lu}/u.test(s) && !PARTICLES.has(s.split(' ')[0]!)) continue;
    const problem = surnameProblem(s, firstNames);
    if (problem) log.push(`surname dropped ${row.id} "${s}": ${problem}`);
    else
      add({
        text: s,
        origin: s === surnameOf(label) ? 'rule:surname' : 'import:openparliamenttv',
        needsCue: true,
      });
  }
  return { row, id: '', label, aliases };
}

/** What the citation note says a row's subType means, after the snapshot's date. */
export function speakerNote(asOf: string, row: OptvRow): string {
  return row.subType === 'person'
    ? `${asOf} subType "person" = named in a debate, not a speaker.`
    : `${asOf} subType "memberOfParliament" = any plenary speaker.`;
}

const OLDER = (): OptvInput => ({
  data: optvRows(),
  source: (row, line): Source =>
    source(
      OPTV_REPO,
      OPTV_PATH,
      line,
      snapshotDate(OPTV_REPO, OPTV_PATH, OPTV_AS_OF),
      speakerNote('Snapshot date unknown (late 2022 or later).', row),
    ),
});

/**
 * Speakers not yet in the knowledge. `existing` is every other entity (hand-kept, overrides and the
 * rest of the import): a speaker whose Wikidata id is there is skipped (the richer entry stays);
 * an alias another entity claims, or that two speakers share, is left out; a speaker whose name
 * another entity already uses is skipped. `input` is the older copy unless given; with `input.only`
 * just those rows are imported, but names shared with the file's other speakers are still left out.
 */
export function bundestagPeople(existing: readonly Entity[], input: OptvInput = OLDER()): BundestagImport {
  const { items, lineOf } = input.data;
  const speakerRows = items.filter(
    (r) => r.type === 'person' && (r.subType === 'memberOfParliament' || r.subType === 'person'),
  );
  const rows = speakerRows.filter((r) => !input.only || input.only(r));
  const log: string[] = [];
  const known = new Set(existing.map((e) => e.wikidata).filter((q): q is string => !!q));
  const usedIds = new Set(existing.map((e) => e.id));
  const claimedElsewhere = new Map<string, string>();
  for (const e of existing) {
    for (const t of [e.label.de, e.label.en, ...e.aliases.map((a) => a.text)]) {
      if (!claimedElsewhere.has(aliasKey(t))) claimedElsewhere.set(aliasKey(t), e.id);
    }
  }
  // First names as the data gives them, and the words before the surname in every person's label.
  const firstNames = new Set<string>();
  for (const r of items) {
    if (r.type !== 'person') continue;
    for (const w of (r.firstname ?? '').split(/[\s-]+/)) if (w) firstNames.add(w);
    const label = cleanAlias(r.label) ?? '';
    const before = label.split(' ').slice(0, -surnameOf(label).split(' ').length);
    for (const w of before.flatMap((x) => x.split('-'))) if (/^\p{Lu}\p{Ll}+$/u.test(w)) firstNames.add(w);
  }

  let knownCount = 0;
  const candidates: Candidate[] = [];
  for (const row of [...rows].sort((a, b) => a.id.localeCompare(b.id))) {
    if (known.has(row.id)) {
      knownCount++;
      continue;
    }
    const c = candidate(row, firstNames, log);
    if (c) candidates.push(c);
  }
  // How many speakers claim each alias key: shared names and surnames link to none of them. Speakers
  // of the file left out by `input.only` count too: the older copy dropped "Schröder" from Kristina,
  // Ole and Ria Schröder, so a newer Stefan Schröder may not take it either.
  const others = speakerRows
    .filter((r) => input.only && !input.only(r))
    .map((r) => candidate(r, firstNames, []))
    .filter((c): c is Candidate => !!c);
  const speakersByKey = new Map<string, number>();
  for (const c of [...candidates, ...others]) {
    for (const a of c.aliases)
      speakersByKey.set(aliasKey(a.text), (speakersByKey.get(aliasKey(a.text)) ?? 0) + 1);
  }
  const out: Entity[] = [];
  let surnames = 0;
  for (const c of candidates) {
    const labelKey = aliasKey(c.label);
    const owner = claimedElsewhere.get(labelKey);
    if (owner || (speakersByKey.get(labelKey) ?? 0) > 1) {
      log.push(
        `skipped ${c.row.id} "${c.label}": the name is ${owner ? `already ${owner}'s` : 'shared by two speakers'}`,
      );
      continue;
    }
    const aliases = c.aliases.filter((a) => {
      if (a.origin === 'label') return true;
      const key = aliasKey(a.text);
      const other = claimedElsewhere.get(key);
      if (other || (speakersByKey.get(key) ?? 0) > 1) {
        log.push(`alias dropped ${c.row.id} "${a.text}": also ${other ?? 'another speaker'}`);
        return false;
      }
      return true;
    });
    surnames += aliases.filter((a) => a.needsCue).length;
    let id = slug(c.label) || c.row.id.toLowerCase();
    if (usedIds.has(id)) id = `${id}-${c.row.id.toLowerCase()}`;
    usedIds.add(id);
    out.push({
      id,
      type: 'person',
      label: { de: c.label, en: c.label },
      description: { ...(c.row.subType === 'person' ? NAMED_DESCRIPTION : SPEAKER_DESCRIPTION) },
      aliases,
      roles: [],
      wikidata: c.row.id,
      wikipedia: { de: null, en: null },
      cues: [],
      source: input.source(c.row, lineOf.get(c.row.id)),
    });
  }
  out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    entities: out,
    log,
    counts: {
      rows: rows.length,
      imported: out.length,
      known: knownCount,
      skipped: rows.length - knownCount - out.length,
      surnames,
    },
  };
}

/**
 * The older copy's speakers give up a cue-bound surname that a newer speaker (21st Bundestag) also
 * bears: "Bosbach" could be Wolfgang or Caroline, "Lemke" Steffi or Sonja. Decided from the newer
 * speakers' labels, so the result is the same whether they were imported now or kept as committed.
 */
export function yieldSharedSurnames(
  speakers: readonly Entity[],
  newer: readonly Entity[],
  log: string[],
): Entity[] {
  const taken = new Set(newer.filter((e) => e.type === 'person').map((e) => aliasKey(surnameOf(e.label.de))));
  return speakers.map((e) => {
    const aliases = e.aliases.filter((a) => !(a.needsCue && taken.has(aliasKey(a.text))));
    if (aliases.length === e.aliases.length) return e;
    for (const a of e.aliases.filter((x) => !aliases.includes(x)))
      log.push(`alias dropped ${e.wikidata} "${a.text}": also a newer speaker's surname`);
    return { ...e, aliases };
  });
}
