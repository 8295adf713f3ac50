import { describe, expect, it } from 'vitest';
import { compileIndex } from '../../lib/match/compile';
import { findMentions, findMentionsInSteps } from '../../lib/match/find';
import { competingBundle } from './fixtures';
import { find, fixtureIndex, found } from './helpers';

describe('transliteration variants', () => {
  const cases: [string, string[]][] = [
    ['sergei-shoigu', ['Schoigu', 'Shoigu', 'Schojgu']],
    ['volodymyr-zelensky', ['Selenskyj', 'Selenskij', 'Selensky', 'Zelensky', 'Zelenskyy']],
    ['kyiv', ['Kiew', 'Kyjiw', 'Kyiv']],
    ['kharkiv', ['Charkiw', 'Charkow', 'Kharkiv']],
    ['lviv', ['Lwiw', 'Lviv', 'Lemberg']],
    ['donbas', ['Donbass', 'Donbas']],
    ['sergei-lavrov', ['Lawrow', 'Lavrov']],
    ['dmitry-peskov', ['Peskow', 'Peskov']],
    ['recep-tayyip-erdogan', ['Erdogan', 'Erdoğan']],
    ['viktor-orban', ['Orban', 'Orbán']],
    ['bashar-al-assad', ['Assad', 'Asad']],
    ['kim-jong-un', ['Kim Jong Un', 'Kim Jong-un']],
  ];
  for (const [id, variants] of cases) {
    for (const v of variants) {
      it(`${v} → ${id}`, () => {
        expect(found(`Am Montag äußerte sich ${v} in einer Erklärung.`)).toEqual([`${id}:${v}`]);
      });
    }
  }
  it('a decomposed accent (a + U+0301) matches and stays inside the mention', () => {
    const ms = find('Gestern sprach Orba\u0301n lange.');
    expect(ms.map((m) => [m.entityId, m.text])).toEqual([['viktor-orban', 'Orba\u0301n']]);
  });
});

describe('inflection', () => {
  it.each([
    ['Putins Sprecher', 'vladimir-putin:Putins'],
    ['Schoigus Ministerium', 'sergei-shoigu:Schoigus'],
    ['Russlands Armee', 'russia:Russlands'],
    ['Moskaus Haltung', 'moscow:Moskaus'],
    ['Kiews Bürgermeister', 'kyiv:Kiews'],
    ['Wladimir Putins Rede', 'vladimir-putin:Wladimir Putins'],
  ])('genitive -s: %s', (text, expected) => {
    expect(found(`Gestern kritisierte man ${text} scharf.`)).toEqual([expected]);
  });

  it('names that open with adjectives decline (der Europäischen Union, den Vereinten Nationen)', () => {
    expect(
      found(
        'Der Rat der Europäischen Union, die Vereinten Nationen, der Internationale Strafgerichtshof, ' +
          'ein Urteil des Internationalen Strafgerichtshofs, das Weiße Haus und ein Sprecher des Weißen Hauses.',
      ),
    ).toEqual([
      'european-union:Europäischen Union',
      'united-nations:Vereinten Nationen',
      'icc:Internationale Strafgerichtshof',
      'icc:Internationalen Strafgerichtshofs',
      'white-house:Weiße Haus',
      'white-house:Weißen Hauses',
    ]);
  });

  it('a declined form reports the alias as listed', () => {
    expect(find('bei den Vereinten Nationen')[0]?.alias).toBe('Vereinte Nationen');
  });

  it('apostrophe after s/x/z marks the name with its apostrophe', () => {
    expect(found("Das ist Scholz' Plan.")).toEqual(["olaf-scholz:Scholz'"]);
    expect(found("Das ist Merz' Antwort.")).toEqual(["friedrich-merz:Merz'"]);
  });

  it('typographic apostrophe after s/x/z', () => {
    expect(found('Das ist Scholz\u2019 Plan und Merz\u2019 Antwort.')).toEqual([
      'olaf-scholz:Scholz\u2019',
      'friedrich-merz:Merz\u2019',
    ]);
  });

  it('‘ after a name closes a German single quote and stays outside the mention', () => {
    expect(found('Er nannte es ‚die Linie von Scholz‘, nicht mehr.')).toEqual(['olaf-scholz:Scholz']);
  });

  it('no genitive -s after a sibilant (Scholzs is not a form)', () => {
    expect(found('Ein Scholzs ist kein Wort.')).toEqual([]);
  });

  it('-es genitive after a consonant (Kremles is not, but the stem rule applies to consonant endings)', () => {
    expect(found('Der Sprecher des Pentagones sagte nichts.')).toEqual(['pentagon:Pentagones']);
  });

  it('adjectives and declension endings are not the name', () => {
    expect(found('Die russische Armee und das russisch besetzte Gebiet. Ein Russlandfreund.')).toEqual([]);
    expect(found('Die Putinisten jubelten.')).toEqual([]);
  });

  it('an inflected form does not continue into a hyphen', () => {
    expect(found('Die Putins-Rede war lang.')).toEqual([]);
  });
});

describe('hyphen compounds mark the name part', () => {
  it.each([
    ['Nato-Verbündeten', 'nato', 'Nato'],
    ['NATO-Treffen', 'nato', 'NATO'],
    ['Scholz-Sprecher', 'olaf-scholz', 'Scholz'],
    ['Donbass-Region', 'donbas', 'Donbass'],
    ['Ukraine-Krieg', 'ukraine', 'Ukraine'],
    ['US-Präsident', 'united-states', 'US'],
    ['EU-Außenbeauftragte', 'european-union', 'EU'],
  ])('%s', (compound, id, name) => {
    const ms = find(`Gestern sagte der ${compound} etwas.`);
    expect(ms.map((m) => [m.entityId, m.text, m.compound])).toEqual([[id, name, compound]]);
  });

  it('the name as the tail of a hyphen compound (US-Pentagon)', () => {
    const ms = find('Das US-Pentagon schwieg.');
    expect(ms.map((m) => [m.entityId, m.text, m.compound])).toEqual([
      ['united-states', 'US', 'US-Pentagon'],
      ['pentagon', 'Pentagon', 'US-Pentagon'],
    ]);
  });

  it('a full alias covering the hyphenated word wins (US-Senat)', () => {
    expect(find('Der US-Senat stimmte zu.').map((m) => [m.entityId, m.text, m.compound])).toEqual([
      ['united-states-senate', 'US-Senat', undefined],
    ]);
    expect(found('Die Mehrheit des US-Senats.')).toEqual(['united-states-senate:US-Senats']);
  });

  it('two names in one compound (Russland-Ukraine-Krieg)', () => {
    expect(found('Der Russland-Ukraine-Krieg dauert an.')).toEqual(['russia:Russland', 'ukraine:Ukraine']);
  });

  it('a dash with spaces is no compound', () => {
    expect(find('Die Nato - und nur sie.')[0]?.compound).toBeUndefined();
  });

  it('a non-breaking hyphen (U+2011) joins a compound', () => {
    const ms = find('Die Nato\u2011Verbündeten berieten.');
    expect(ms.map((m) => [m.text, m.compound])).toEqual([['Nato', 'Nato\u2011Verbündeten']]);
  });
});

describe('closed compounds', () => {
  it('head: Kremlchef and Kremlsprecher mark Kreml', () => {
    const ms = find('Kremlchef Putin und Kremlsprecher Peskow.');
    expect(ms.map((m) => [m.entityId, m.text, m.compound])).toEqual([
      ['kremlin', 'Kreml', 'Kremlchef'],
      ['vladimir-putin', 'Putin', undefined],
      ['kremlin', 'Kreml', 'Kremlsprecher'],
      ['dmitry-peskov', 'Peskow', undefined],
    ]);
  });

  it('tail: Ostukraine marks Ukraine, also in the genitive', () => {
    expect(find('In der Ostukraine.').map((m) => [m.entityId, m.text, m.compound])).toEqual([
      ['ukraine', 'ukraine', 'Ostukraine'],
    ]);
    expect(found('Die Städte der Westukraines.')).toEqual(['ukraine:ukraines']);
  });

  it('markWholeCompound marks the whole word', () => {
    expect(find('Die Brexitgegner protestierten.').map((m) => [m.text, m.compound])).toEqual([
      ['Brexitgegner', 'Brexitgegner'],
    ]);
  });

  it('aliases without inCompound never match inside a word', () => {
    expect(found('Die Natoländer und Ostrussland und Superputin.')).toEqual([]);
  });

  it('the genitive of a head-compound alias alone is the alias (Kremls)', () => {
    expect(found('Die Mauern des Kremls.')).toEqual(['kremlin:Kremls']);
  });
});

describe('normalisation in the text', () => {
  it('soft hyphens inside a name', () => {
    const text = 'Gestern sprach Se\u00ADlens\u00ADkyj.';
    expect(found(text)).toEqual(['volodymyr-zelensky:Se\u00ADlens\u00ADkyj']);
  });

  it('zero-width space and joiner inside a name', () => {
    expect(found('Gestern sprach Scho\u200Bigu mit Pu\u200Dtin.')).toEqual([
      'sergei-shoigu:Scho\u200Bigu',
      'vladimir-putin:Pu\u200Dtin',
    ]);
  });

  it('NBSP, narrow NBSP, thin and double spaces inside a multi-word name', () => {
    for (const sp of ['\u00a0', '\u202f', '  ', '\u2009']) {
      expect(found(`Gestern sprach Wladimir${sp}Putin.`)).toEqual([`vladimir-putin:Wladimir${sp}Putin`]);
    }
  });

  it('a line break is a block boundary: no name runs across it', () => {
    // The collector turns source line breaks into spaces and writes "\n" only between blocks.
    for (const sp of ['\n', ' \n  ']) {
      expect(found(`Gestern sprach Wladimir${sp}Putin.`)).toEqual(['vladimir-putin:Putin']);
    }
  });

  it('typographic apostrophes are apostrophes', () => {
    expect(found('Merz\u02bc Antwort.')).toEqual(['friedrich-merz:Merz\u02bc']);
  });

  it('Swiss spelling: ss in the text matches an alias written with ß', () => {
    expect(found('Die Grenze zu Weissrussland und Weißrusslands Armee.')).toEqual([
      'belarus:Weissrussland',
      'belarus:Weißrusslands',
    ]);
  });

  it('Swiss spelling: ß and ss inside words around a name do not disturb offsets', () => {
    const text = 'Die Aussenministerin und der Außenminister trafen die Europäische Union.';
    expect(found(text)).toEqual(['european-union:Europäische Union']);
    expect(find(text)[0]!.start).toBe(text.indexOf('Europäische'));
  });

  it('case: NATO and Nato are the same by default', () => {
    expect(found('NATO und Nato.').map((s) => s.split(':')[0])).toEqual(['nato', 'nato']);
    expect(found('Der NATO-Gipfel in KIEW.')).toEqual(['nato:NATO', 'kyiv:KIEW']);
  });

  it('a capitalised alias needs a capital in the text (die Grünen, not die grünen Wiesen)', () => {
    expect(found('Die Grünen verloren. Auf den grünen Wiesen der nato.')).toEqual(['die-gruenen:Grünen']);
  });

  it('case-sensitive aliases link only as written (US, not us or Us)', () => {
    expect(found('Let us go. Us und US.')).toEqual(['united-states:US']);
  });
});

describe('disambiguation', () => {
  it('"Austin" alone is not linked', () => {
    expect(found('Austin sagte am Freitag, die Gespräche gingen weiter.')).toEqual([]);
  });

  it('"Austin" is linked when "Lloyd Austin" is elsewhere in the article', () => {
    expect(found('Austin sagte etwas. Später bestätigte Lloyd Austin das.')).toEqual([
      'lloyd-austin:Austin',
      'lloyd-austin:Lloyd Austin',
    ]);
  });

  it('"Austin, Texas" is not linked to the minister', () => {
    expect(found('Die Konferenz fand in Austin, Texas statt.')).toEqual([]);
  });

  it('"Verteidigungsminister Austin" links by the role cue, and then every Austin in the article', () => {
    expect(found('US-Verteidigungsminister Austin telefonierte. Austins Sprecher bestätigte.')).toEqual([
      'united-states:US',
      'lloyd-austin:Austin',
      'lloyd-austin:Austins',
    ]);
  });

  it('an entity cue right before the surname (Minister Shoigu, Pentagon-Sprecher Kirby)', () => {
    expect(found('Minister Shoigu sprach.')).toEqual(['sergei-shoigu:Shoigu']);
    expect(found('Pentagon-Sprecher Kirby sagte.')).toEqual(['pentagon:Pentagon', 'john-kirby:Kirby']);
  });

  it('a cue far away does not license', () => {
    expect(
      found('Ein Pentagon-Sprecher sagte etwas. Danach sprach man lange über das Wetter in Kirby.'),
    ).toEqual(['pentagon:Pentagon']);
  });

  it('one sense per article: "Kim" goes to the Kim the article names', () => {
    expect(found('Kim Jong Un reiste ab. Kim sagte nichts.')).toEqual([
      'kim-jong-un:Kim Jong Un',
      'kim-jong-un:Kim',
    ]);
    expect(found('Kim Yo Jong reiste ab. Kim sagte nichts.')).toEqual([
      'kim-yo-jong:Kim Yo Jong',
      'kim-yo-jong:Kim',
    ]);
  });

  it('one sense per article: "Kim" is dropped when both Kims are named, or neither', () => {
    expect(found('Kim Jong Un und Kim Yo Jong reisten ab. Kim sagte nichts.')).toEqual([
      'kim-jong-un:Kim Jong Un',
      'kim-yo-jong:Kim Yo Jong',
    ]);
    expect(found('Kim sagte nichts.')).toEqual([]);
  });
});

describe('stop-list', () => {
  it('the platform X only with "(vormals Twitter)"-style context', () => {
    expect(found('Er schrieb auf X (vormals Twitter), dass …')).toEqual([
      'x-platform:X',
      'x-platform:Twitter',
    ]);
    expect(found('Auf der Plattform X schrieb er.')).toEqual(['x-platform:X']);
    expect(found('Am Tag X kam Herr X nach Hause.')).toEqual([]);
  });

  it('"Deutsch" and "deutsche" never link to Deutschland', () => {
    expect(found('Er spricht Deutsch. Die deutsche Regierung in Deutschland.')).toEqual([
      'germany:Deutschland',
    ]);
  });

  it('numbers and single letters are never entities', () => {
    expect(found('Es waren 7 von 8 Staaten, die G7 und nicht die G 7.')).toEqual(['g7:G7']);
  });

  it('an ordinary word at the start of a sentence is not the party', () => {
    expect(found('Linke Gruppen demonstrierten. Die Partei Linke verlor.')).toEqual(['die-linke:Linke']);
  });
});

describe('output', () => {
  it('is sorted, non-overlapping and maps back to the original text', () => {
    const text =
      'Kreml\u00ADchef Putin, Selenskyj und US-Verteidigungsminister Lloyd Austin: die Nato-Verbündeten in Kiew, Charkiw und Lwiw.';
    const ms = find(text);
    expect(ms.length).toBe(9);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reports the alias as written in the knowledge', () => {
    expect(find('Gestern in Kyjiw.')[0]?.alias).toBe('Kyjiw');
    expect(find('Gestern sprach Erdogan.')[0]?.alias).toBe('Erdoğan');
  });
});

describe('stop-list: the platform X in news phrasing', () => {
  it('"auf X" links, "auf X Prozent" and lower-case x do not', () => {
    expect(found('Er schrieb auf X: „Wir helfen.“')).toEqual(['x-platform:X']);
    expect(found('Wie er auf X mitteilte, ist alles gut.')).toEqual(['x-platform:X']);
    expect(found('Der Wert stieg auf X Prozent.')).toEqual([]);
    expect(found('Er schrieb auf x (vormals Twitter).')).toEqual(['x-platform:Twitter']);
  });

  it('"von X" and platform compounds (X-Chef, X-Inhalte) link; "von X Euro" and "X-Achse" do not', () => {
    expect(found('Daten von X werden geladen.')).toEqual(['x-platform:X']);
    expect(found('Der X-Chef schwieg, die X-Inhalte blieben.')).toEqual(['x-platform:X', 'x-platform:X']);
    expect(found('Eine Summe von X Euro auf der X-Achse.')).toEqual([]);
  });
});

describe('names with particles', () => {
  it('von der Leyen, with and without first name, and in the genitive', () => {
    expect(found('Ursula von der Leyen reiste ab. Von der Leyens Sprecher und von der Leyen.')).toEqual([
      'ursula-von-der-leyen:Ursula von der Leyen',
      'ursula-von-der-leyen:Von der Leyens',
      'ursula-von-der-leyen:von der Leyen',
    ]);
  });

  it('al-Assad in the genitive', () => {
    expect(found('Baschar al-Assads Regierung fiel.')).toEqual(['bashar-al-assad:Baschar al-Assads']);
  });
});

describe('one sense per article with competing entities', () => {
  const index = compileIndex(competingBundle);

  it('"Austin, Texas" links the city by its cue', () => {
    expect(found('Die Konferenz fand in Austin, Texas statt.', index)).toEqual(['austin-texas:Austin']);
  });

  it('"Austin" goes to the minister when only he is named', () => {
    expect(found('Lloyd Austin reiste ab. Austin sagte nichts.', index)).toEqual([
      'lloyd-austin:Lloyd Austin',
      'lloyd-austin:Austin',
    ]);
  });

  it('"Austin" is dropped when both senses have evidence', () => {
    expect(found('Lloyd Austin sprach in Austin, Texas. Austin sagte nichts.', index)).toEqual([
      'lloyd-austin:Lloyd Austin',
    ]);
  });

  it('a full alias shared by two entities links only with other evidence', () => {
    expect(found('Wahlen in Georgia.', index)).toEqual([]);
    expect(found('Georgien wählt. In Georgia gab es Proteste.', index)).toEqual([
      'georgia-country:Georgien',
      'georgia-country:Georgia',
    ]);
  });
});

describe('findMentionsInSteps', () => {
  it('yields between chunks and returns exactly what findMentions returns', () => {
    const text = 'Kremlchef Putin traf Selenskyj in Kiew. Lloyd Austin und Austin. '.repeat(50);
    const steps = findMentionsInSteps(text, fixtureIndex, 300);
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(yields).toBeGreaterThan(5);
    expect(r.value).toEqual(findMentions(text, fixtureIndex));
    expect(r.value.length).toBe(300);
  });
});

describe('more cue positions and English possessives', () => {
  it('a role cue in an apposition after a comma licenses the surname', () => {
    expect(found('Austin, der Verteidigungsminister der USA, sagte nichts.')).toEqual([
      'lloyd-austin:Austin',
      'united-states:USA',
    ]);
  });

  it('a cue in the previous sentence does not license', () => {
    expect(found('Er war Verteidigungsminister. Austin sagte nichts.')).toEqual([]);
  });

  it("an English possessive 's stays with the name", () => {
    expect(found("Putin's Rede war kurz.")).toEqual(["vladimir-putin:Putin's"]);
  });
});
