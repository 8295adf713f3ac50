// German wording of offices for the imported cabinets: ranks (Minister, Staatssekretär, Gouverneur)
// around the portfolio glossary of title-glossary.ts, the country forms ("Russlands", "russischer")
// and feminine titles. Where a title is not in the glossary, the card shows the English title with
// the country in brackets rather than a guessed translation.

import { IN_COUNTRY, OFFICES, PLACES, PORTFOLIOS, type Portfolio } from './title-glossary';

export interface CountryForms {
  /** ISO 3166-1 alpha-2. */
  cc: string;
  /** Genitive or "der/von" form after a title: "Verteidigungsminister Russlands". */
  of: string;
  /** Masculine adjective before a title, lower case: "russischer Verteidigungsminister". */
  adj: string;
  /** Adjective for people in descriptions, capitalised: "Russischer Politiker" / "Russische Politikerin". */
  personM: string;
  personF: string;
  en: string;
}

export const COUNTRIES: Record<string, CountryForms> = {
  RU: {
    cc: 'RU',
    of: 'Russlands',
    adj: 'russischer',
    personM: 'Russischer',
    personF: 'Russische',
    en: 'Russian',
  },
  UA: {
    cc: 'UA',
    of: 'der Ukraine',
    adj: 'ukrainischer',
    personM: 'Ukrainischer',
    personF: 'Ukrainische',
    en: 'Ukrainian',
  },
  US: {
    cc: 'US',
    of: 'der USA',
    adj: 'US-',
    personM: 'US-amerikanischer',
    personF: 'US-amerikanische',
    en: 'American',
  },
  GB: {
    cc: 'GB',
    of: 'des Vereinigten Königreichs',
    adj: 'britischer',
    personM: 'Britischer',
    personF: 'Britische',
    en: 'British',
  },
  FR: {
    cc: 'FR',
    of: 'Frankreichs',
    adj: 'französischer',
    personM: 'Französischer',
    personF: 'Französische',
    en: 'French',
  },
  IL: {
    cc: 'IL',
    of: 'Israels',
    adj: 'israelischer',
    personM: 'Israelischer',
    personF: 'Israelische',
    en: 'Israeli',
  },
  IR: {
    cc: 'IR',
    of: 'des Iran',
    adj: 'iranischer',
    personM: 'Iranischer',
    personF: 'Iranische',
    en: 'Iranian',
  },
  TR: {
    cc: 'TR',
    of: 'der Türkei',
    adj: 'türkischer',
    personM: 'Türkischer',
    personF: 'Türkische',
    en: 'Turkish',
  },
  BY: {
    cc: 'BY',
    of: 'von Belarus',
    adj: 'belarussischer',
    personM: 'Belarussischer',
    personF: 'Belarussische',
    en: 'Belarusian',
  },
  CN: {
    cc: 'CN',
    of: 'Chinas',
    adj: 'chinesischer',
    personM: 'Chinesischer',
    personF: 'Chinesische',
    en: 'Chinese',
  },
};

export interface GermanTitle {
  /** Title on the card: "Verteidigungsminister Russlands". */
  de: string;
  /** Phrases that name the holder without naming the person. */
  phrases: string[];
}

const COUNTRY_SUFFIX =
  /\s+of (the )?(russia|russian federation|ukraine|united states|france|french republic|israel|state of israel|iran|islamic republic of iran|turkey|republic of turkey|belarus|republic of belarus|china|people's republic of china|united kingdom)$/i;
const NATIONALITY =
  /^(united states|russian|ukrainian|french|british|israeli|iranian|turkish|belarusian|chinese) /;

/** Lower case, country and nationality stripped, one spelling of "defence" and "vice president". */
export function normalisePosition(position: string): string {
  return position
    .trim()
    .replace(/\s+/g, ' ')
    .replace(COUNTRY_SUFFIX, '')
    .toLowerCase()
    .replace(NATIONALITY, '')
    .replace(/defense/g, 'defence')
    .replace(/^vice-president/, 'vice president');
}

/** A portfolio from the glossary, whole or (only when every part is known) part by part. */
export function portfolio(head: string): Portfolio | null {
  const h = head.replace(/^the /, '').trim();
  const whole = PORTFOLIOS[h];
  if (whole) return whole;
  const parts = h.split(/,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.replace(/^the /, '').trim());
  if (parts.length < 2) return null;
  const found = parts.map((x) => PORTFOLIOS[x]);
  if (found.some((f) => !f)) return null;
  const f = found.map((x) => x!.fuer);
  return { fuer: `${f.slice(0, -1).join(', ')} und ${f[f.length - 1]}` };
}

/** "Arbeitsminister" where German news has one word, else "Minister für Arbeit und soziale Sicherheit". */
function ministerNoun(head: string): { noun: string; compound: boolean; of: string } | null {
  const p = portfolio(head);
  if (!p) return null;
  if (p.stem) {
    return {
      noun: p.stem.endsWith('-') ? `${p.stem}Minister` : `${p.stem}minister`,
      compound: true,
      of: ofFor(p),
    };
  }
  return { noun: `Minister für ${p.fuer}`, compound: false, of: ofFor(p) };
}

/** The country after a title, unless the portfolio is a part of it ("Minister für Wales"). */
const ofFor = (p: Portfolio) => (p.place ? '' : ' {of}');

/** Masculine title with "{of}" for the country, and the noun for call phrases (cabinet posts only). */
function wording(p: string, cc: string): { de: string; phrase?: string } | null {
  const special = OFFICES[cc]?.[p] ?? OFFICES['*']![p];
  if (special) return typeof special === 'string' ? { de: special } : { de: special[0], phrase: special[1] };
  let m = p.match(/^(first )?deputy prime minister(?: for (.+))?$/);
  if (m) {
    const rank = m[1]
      ? 'Erster stellvertretender Ministerpräsident'
      : cc === 'GB'
        ? 'Vizepremierminister'
        : 'Stellvertretender Ministerpräsident';
    if (!m[2]) return { de: `${rank} {of}` };
    const pf = portfolio(m[2]);
    return pf ? { de: `${rank} für ${pf.fuer}${ofFor(pf)}` } : null;
  }
  m = p.match(/^vice president for (.+)$/);
  if (m) {
    const pf = portfolio(m[1]!);
    return pf ? { de: `Vizepräsident für ${pf.fuer} {of}` } : null;
  }
  m = p.match(/^minister delegate (?:for|to|of) (.+)$/);
  if (m) {
    const n = ministerNoun(m[1]!);
    return n ? { de: `Beigeordneter ${n.noun}${n.of}` } : null;
  }
  m = p.match(/^(first )?deputy (?:minister|secretary) (?:of|for) (.+)$/);
  if (m) {
    const n = cc === 'US' && m[2] === 'state' ? { noun: 'Außenminister', of: ' {of}' } : ministerNoun(m[2]!);
    return n ? { de: `${m[1] ? 'Erster stellvertretender' : 'Stellvertretender'} ${n.noun}${n.of}` } : null;
  }
  m = p.match(/^parliamentary under-secretary of state for (.+)$/);
  if (m && cc === 'GB') {
    const pf = portfolio(m[1]!);
    return pf ? { de: `Parlamentarischer Staatssekretär für ${pf.fuer}${ofFor(pf)}` } : null;
  }
  // In France "Minister of State" and "Secretary of State" both render secrétaire d'État.
  m = p.match(/^(minister|secretary) of state for (.+)$/);
  if (m && (cc === 'FR' || (cc === 'GB' && m[1] === 'minister'))) {
    const pf = portfolio(m[2]!);
    const rank = cc === 'FR' ? 'Staatssekretär' : 'Staatsminister';
    return pf ? { de: `${rank} für ${pf.fuer}${ofFor(pf)}` } : null;
  }
  m = p.match(/^(?:secretary of state for|minister|secretary)(?: of| for)? (.+)$/);
  if (m) {
    // The US Secretary of State is the foreign minister; elsewhere "Minister of State" is a junior rank.
    const n =
      cc === 'US' && m[1] === 'state'
        ? { noun: 'Außenminister', compound: true, of: ' {of}' }
        : ministerNoun(m[1]!);
    if (!n) return null;
    return n.compound ? { de: `${n.noun}${n.of}`, phrase: n.noun } : { de: `${n.noun}${n.of}` };
  }
  m = p.match(/^(lieutenant )?governor of (.+)$/);
  if (m) {
    const place = PLACES[placeKey(m[2]!)];
    return place ? { de: `${m[1] ? 'Vizegouverneur' : 'Gouverneur'} ${place}` } : null;
  }
  m = p.match(/^mayor of (.+)$/);
  if (m) {
    const place = PLACES[placeKey(m[1]!)];
    return place ? { de: `Bürgermeister ${place}` } : null;
  }
  return null;
}

/** "İstanbul" lower-cases with a combining dot. */
const placeKey = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\u0307/g, '')
    .normalize('NFC');

const FEMININE_ADJ =
  /^(erster|stellvertretender|beigeordneter|parlamentarischer|nationaler|oberster|amtierender|alternierender|vorsitzender|ständiger)$/i;
const FEMININE_NOUN =
  /(minister|präsident|gouverneur|meister|sekretär|kanzler|direktor|chef|leiter|sprecher|richter|berater|vertreter|botschafter|premier|führer|bewahrer|befehlshaber|senator|kommandant)$/i;
const HEAD_END = new Set(['der', 'des', 'von', 'für', 'im', 'am', 'bei', 'in', 'ohne', 'zur', 'zum']);

function feminineNoun(w: string): string {
  if (/Generalstaatsanwalt$/.test(w)) return w.replace(/anwalt$/, 'anwältin');
  if (w === 'Staatsrat') return 'Staatsrätin';
  if (/(beauftragter|Vorsitzender)$/.test(w)) return w.slice(0, -1);
  return FEMININE_NOUN.test(w) ? `${w}in` : w;
}

/**
 * The feminine form of a masculine German title: the words before its first article or preposition
 * ("Erster stellvertretender Ministerpräsident der Ukraine" → "Erste stellvertretende
 * Ministerpräsidentin der Ukraine"). A title whose noun is not known stays as it is.
 */
export function feminine(de: string): string {
  const words = de.split(' ');
  let end = words.findIndex((w) => HEAD_END.has(w));
  if (end < 0) end = words.length;
  const head = words.slice(0, end).map(feminineNoun);
  const changed = head.some((w, i) => w !== words[i]);
  if (!changed) return de;
  const adjusted = head.map((w) => (FEMININE_ADJ.test(w) ? w.slice(0, -1) : w));
  return [...adjusted, ...words.slice(end)].join(' ');
}

/**
 * German title and phrases for an English position label of a country; null when not in the
 * glossary. `female` gives the card title in the feminine; the phrases stay generic.
 */
export function germanTitle(position: string, c: CountryForms, female = false): GermanTitle | null {
  const p = normalisePosition(position);
  const adjTitle = (t: string) => (c.adj.endsWith('-') ? `${c.adj}${t}` : `${c.adj} ${t}`);
  const gender = (de: string) => (female ? feminine(de) : de);
  if (p === 'president') {
    return { de: gender(`Präsident ${c.of}`), phrases: [adjTitle('Präsident'), `Präsident ${c.of}`] };
  }
  if (p === 'prime minister' || p === 'chairman of the government') {
    // German news calls the British and French heads of government Premierminister, most others
    // Ministerpräsident (which still names the British and French ones now and then).
    const premier = c.cc === 'GB' || c.cc === 'FR';
    const t = premier ? 'Premierminister' : 'Ministerpräsident';
    return {
      de: gender(`${t} ${c.of}`),
      phrases: [
        adjTitle(t),
        `${t} ${c.of}`,
        adjTitle('Regierungschef'),
        ...(premier ? [adjTitle('Ministerpräsident')] : []),
      ],
    };
  }
  if (p === 'vice president') {
    return { de: gender(`Vizepräsident ${c.of}`), phrases: [adjTitle('Vizepräsident')] };
  }
  const w = wording(p, c.cc);
  if (!w) return null;
  const de = gender(w.de.replace('{of}', c.of));
  return { de, phrases: w.phrase ? [adjTitle(w.phrase), `${w.phrase} ${c.of}`] : [] };
}

/** Where an ambassador serves: "im Vereinigten Königreich", "in den Vereinigten Staaten", "in Kanada". */
export function inCountry(countryDe: string): string {
  return IN_COUNTRY[countryDe] ?? `in ${countryDe}`;
}

/** Offices that one person holds at a time, judged from the English label. */
export function isSingleHolder(position: string): boolean {
  const p = position.toLowerCase();
  if (
    /deputy|vice[- ]chairman|without portfolio|minister of state|under-secretary|assistant|member|ambassador|governor|judge|commissioner/.test(
      p,
    )
  ) {
    return /^vice president of/.test(p);
  }
  return /^(president|prime minister|chancellor|minister|secretary|united states secretary|russian minister|chairman of the government|vice president)/.test(
    p,
  );
}
