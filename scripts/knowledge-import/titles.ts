// German wording of offices for the imported cabinets: a word list for ministries and the country
// forms ("Russlands", "russischer"). Where a title is not in the list, the card shows the English
// title with the country in brackets rather than a guessed translation.

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

/** English office head (lower case, after "minister of/for") → German minister title. */
const MINISTRIES: [RegExp, string][] = [
  [/^(defen[cs]e|armed forces|the armies)$/, 'Verteidigungsminister'],
  [
    /^(foreign affairs|europe and foreign affairs|foreign and commonwealth affairs|foreign, commonwealth and development affairs)$/,
    'Außenminister',
  ],
  [/^(finance|economy and finance|the economy, finance and recovery|(the )?treasury)$/, 'Finanzminister'],
  [/^(internal affairs|interior affairs|interior|the interior|home affairs)$/, 'Innenminister'],
  [/^justice$/, 'Justizminister'],
  [
    /^(health|health care|healthcare|public health|health and social care|russian minister of health)$/,
    'Gesundheitsminister',
  ],
  [
    /^(education|education and science|national education|science and higher education|higher education)$/,
    'Bildungsminister',
  ],
  [/^(agriculture|agriculture and food|agrarian policy and food)$/, 'Landwirtschaftsminister'],
  [
    /^(economy|economic development|economic affairs|industry and trade|trade and industry|economy and industry)$/,
    'Wirtschaftsminister',
  ],
  [/^(energy|fuel and energy|energy and natural resources)$/, 'Energieminister'],
  [/^(transport|transportation|infrastructure)$/, 'Verkehrsminister'],
  [/^culture$/, 'Kulturminister'],
  [/^(labour|labor|labour and social protection|social policy|labour and social policy)$/, 'Arbeitsminister'],
  [
    /^(environment|ecology|natural resources|natural resources and ecology|environmental protection)$/,
    'Umweltminister',
  ],
  [/^(sport|sports|youth and sports|youth and sport)$/, 'Sportminister'],
  [/^(emergency situations)$/, 'Katastrophenschutzminister'],
  [/^(digital development, communications and mass media|digital transformation)$/, 'Digitalminister'],
];

export interface GermanTitle {
  /** Title on the card: "Verteidigungsminister Russlands". */
  de: string;
  /** Phrases that name the holder without naming the person. */
  phrases: string[];
}

/** German title and phrases for an English position label of a country; null when not in the list. */
export function germanTitle(position: string, c: CountryForms): GermanTitle | null {
  const p = position
    .trim()
    .replace(
      /\s+of (the )?(russia|russian federation|ukraine|united states|france|french republic|israel|state of israel|iran|islamic republic of iran|turkey|republic of turkey|belarus|republic of belarus|china|people's republic of china|united kingdom)$/i,
      '',
    )
    .toLowerCase();
  const adjTitle = (t: string) => (c.adj.endsWith('-') ? `${c.adj}${t}` : `${c.adj} ${t}`);
  if (p === 'president') {
    return { de: `Präsident ${c.of}`, phrases: [adjTitle('Präsident'), `Präsident ${c.of}`] };
  }
  if (p === 'prime minister' || p === 'chairman of the government') {
    return {
      de: `Ministerpräsident ${c.of}`,
      phrases: [adjTitle('Ministerpräsident'), `Ministerpräsident ${c.of}`, adjTitle('Regierungschef')],
    };
  }
  if (p === 'vice president') return { de: `Vizepräsident ${c.of}`, phrases: [adjTitle('Vizepräsident')] };
  const m = p.match(
    /^(?:minister|secretary|secretary of state|united states secretary|russian minister)(?: of| for)? (.+)$/,
  );
  const head = m ? m[1]! : p.replace(/^russian minister of /, '');
  // The US Secretary of State is the foreign minister; elsewhere "Minister of State" is a junior rank.
  if (c.cc === 'US' && head === 'state') {
    return { de: `Außenminister ${c.of}`, phrases: [adjTitle('Außenminister'), `Außenminister ${c.of}`] };
  }
  for (const [re, title] of MINISTRIES) {
    if (re.test(head)) return { de: `${title} ${c.of}`, phrases: [adjTitle(title), `${title} ${c.of}`] };
  }
  return null;
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
