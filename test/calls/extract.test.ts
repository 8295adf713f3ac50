import { describe, expect, it } from 'vitest';
import { extractCalls } from '../../lib/calls/extract';
import type { CallRecord } from '../../lib/calls/types';
import { fixture, mentionsIn } from './fixtures';

function calls(text: string, published: string | null = '2022-05-13'): CallRecord[] {
  return extractCalls(text, mentionsIn(text), fixture, published);
}
const held = (text: string, published?: string | null) =>
  calls(text, published).filter((c) => c.status === 'held');
const pairs = (list: CallRecord[]) => list.map((c) => c.participants.join('+'));

describe('call triggers', () => {
  it.each([
    [
      'Telefonat',
      'Bundeskanzler Olaf Scholz hat mit Wladimir Putin ein langes Telefonat geführt.',
      'olaf-scholz+vladimir-putin',
    ],
    [
      'Telefongespräch',
      'In einem Telefongespräch mit Emmanuel Macron bat Selenskyj um Luftabwehr.',
      'emmanuel-macron+volodymyr-zelensky',
    ],
    [
      'Anruf',
      'Ein Anruf von Joe Biden bei Selenskyj dauerte rund 90 Minuten.',
      'joe-biden+volodymyr-zelensky',
    ],
    ['telefonierte', 'Macron telefonierte am Montag erneut mit Putin.', 'emmanuel-macron+vladimir-putin'],
    [
      'telefoniert',
      'Scholz und Selenskyj haben am Abend miteinander telefoniert.',
      'olaf-scholz+volodymyr-zelensky',
    ],
    ['rief … an', 'Selenskyj rief am Mittwoch Bundeskanzler Scholz an.', 'olaf-scholz+volodymyr-zelensky'],
    ['angerufen', 'Biden hat Scholz nach dem Gipfel angerufen.', 'joe-biden+olaf-scholz'],
    ['per Telefon', 'Macron und Scholz berieten per Telefon über die Lage.', 'emmanuel-macron+olaf-scholz'],
  ])('%s', (_name, text, pair) => {
    const found = held(text);
    expect(pairs(found)).toEqual([pair]);
    expect(found[0]!.mode).toBe('phone');
    expect(found[0]!.cameo).toBe('041');
    expect(found[0]!.plover).toEqual({ event: 'CONSULT', mode: 'phone' });
  });

  it('reads Videoschalte and Videokonferenz as video calls', () => {
    const a = held('Scholz und Selenskyj berieten in einer Videoschalte über die Lage.');
    expect(pairs(a)).toEqual(['olaf-scholz+volodymyr-zelensky']);
    expect(a[0]!.mode).toBe('video');
    expect(held('In einer Videokonferenz mit Macron sprach Scholz über Gas.')[0]?.mode).toBe('video');
  });

  it('counts "sprach mit" only where the article frames it as a call', () => {
    expect(held('Macron sprach in Paris mit Selenskyj über den Wiederaufbau.')).toEqual([]);
    const framed = held('Biden telefonierte am Dienstag mit Putin, während Macron mit Selenskyj sprach.');
    expect(pairs(framed).sort()).toEqual(['emmanuel-macron+volodymyr-zelensky', 'joe-biden+vladimir-putin']);
  });

  it('does not count the plural "Gespräche" or a lone "Gespräch"', () => {
    expect(held('Die Gespräche zwischen Scholz und Putin über Gas gehen weiter.')).toEqual([]);
    expect(held('Ein Gespräch mit Putin sei derzeit sinnlos, sagte Scholz.')).toEqual([]);
  });
});

describe('what is not a held call', () => {
  it('phone interviews with journalists', () => {
    const text =
      'Trump sagte der Moderatorin Clara Beispiel in einem Telefoninterview, er sei verärgert über Putin. Zuvor hatte Trump die Journalistin Clara Beispiel angerufen.';
    expect(calls(text, '2025-03-31')).toEqual([]);
  });

  it('planned, announced and requested calls are reported as planned', () => {
    for (const text of [
      'Trump will in der kommenden Woche mit Putin telefonieren.',
      'Scholz soll am Freitag mit Putin telefonieren, hieß es.',
      'Schon bald werde er mit dem Kremlchef telefonieren, kündigte Trump an.',
      'Selenskyj bat um ein Telefonat mit Trump.',
    ]) {
      const found = calls(text, '2025-03-31');
      expect(
        found.map((c) => c.status),
        text,
      ).toEqual(['planned']);
      expect(found[0]!.cameo).toBeNull();
    }
  });

  it('a held call referred to with a future verb stays one held call, not a planned one', () => {
    const text =
      'Scholz telefonierte am Freitag mit Putin. Ob aus dem Telefonat zwischen Scholz und Putin ein regelmäßiger Austausch wird, ist offen.';
    expect(calls(text, '2022-05-13').map((c) => c.status)).toEqual(['held']);
    // Without the definite article it is an announcement.
    expect(
      calls('Scholz wird bald ein Telefonat mit Putin führen.', '2022-05-13').map((c) => c.status),
    ).toEqual(['planned']);
  });

  it('denied calls are reported as denied', () => {
    for (const text of [
      'Ein Telefonat zwischen Scholz und Putin ist nicht geplant, sagte Hebestreit.',
      'Es gab kein Telefonat zwischen Scholz und Putin.',
      'Peskow dementierte, dass Putin mit Scholz telefoniert habe.',
    ]) {
      expect(
        calls(text).map((c) => c.status),
        text,
      ).toEqual(['denied']);
    }
  });

  it('in-person meetings', () => {
    expect(calls('Macron traf Scholz am Dienstag in Berlin zu einem Gespräch.')).toEqual([]);
    expect(calls('Selenskyj besuchte Biden in Washington und führte ein Gespräch mit ihm.')).toEqual([]);
  });
});

describe('participants', () => {
  it('resolves role phrases through the office holder on the article date', () => {
    const text = 'Der US-Präsident telefonierte am Abend mit dem Kremlchef.';
    expect(pairs(held(text, '2022-05-13'))).toEqual(['joe-biden+vladimir-putin']);
    expect(pairs(held(text, '2025-03-31'))).toEqual(['donald-trump+vladimir-putin']);
  });

  it('gives Shoigu before and Belousov after May 2024 as the Russian defence minister', () => {
    const text = 'Der US-Verteidigungsminister telefonierte mit dem russischen Verteidigungsminister.';
    expect(pairs(held(text, '2022-05-13'))).toEqual(['lloyd-austin+sergei-shoigu']);
    expect(pairs(held(text, '2024-06-01'))).toEqual(['andrei-belousov+lloyd-austin']);
  });

  it('resolves "seinem russischen Amtskollegen" to the same office in Russia', () => {
    const text = 'Lloyd Austin telefonierte mit seinem russischen Amtskollegen.';
    expect(pairs(held(text, '2022-05-13'))).toEqual(['lloyd-austin+sergei-shoigu']);
    expect(pairs(held(text, '2024-08-01'))).toEqual(['andrei-belousov+lloyd-austin']);
  });

  it('shows spokespeople as the source, not as a participant', () => {
    const found = held('Kremlsprecher Dmitri Peskow sagte, Putin und Scholz hätten am Freitag telefoniert.');
    expect(pairs(found)).toEqual(['olaf-scholz+vladimir-putin']);
  });

  it('pairs each call in a sentence that reports two', () => {
    const found = held(
      'Kurz nach dem Telefonat zwischen Trump und Putin telefonierte der US-Präsident auch mit Selenskyj.',
      '2025-02-12',
    );
    expect(pairs(found).sort()).toEqual(['donald-trump+vladimir-putin', 'donald-trump+volodymyr-zelensky']);
  });
});

describe('one record per call, with its details', () => {
  const text = [
    'US-Verteidigungsminister Lloyd Austin hat erstmals seit dem 18. Februar mit Sergej Schoigu telefoniert und einen sofortigen Waffenstillstand gefordert.',
    'Das Gespräch dauerte etwa eine Stunde, sagte Pentagon-Sprecher John Kirby am Freitag.',
    '„Wir haben wochenlang um dieses Gespräch gebeten, und Schoigu hat dem Telefonat schließlich zugestimmt“, sagte ein Beamter.',
    'Der Anruf zwischen Austin und Schoigu sei professionell gewesen.',
    'Später forderte Kirby den Kongress auf, neue Hilfen zu beschließen.',
  ].join(' ');
  const found = held(text, '2022-05-13');
  const call = found[0]!;

  it('merges all sentences about the same pair', () => {
    expect(pairs(found)).toEqual(['lloyd-austin+sergei-shoigu']);
    expect(call.evidence.length).toBeGreaterThanOrEqual(4);
    for (const e of call.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('finds duration, first-since and initiator', () => {
    expect(call.durationMinutes).toBe(60);
    expect(call.duration).toBe('etwa eine Stunde');
    expect(call.firstSince).toBe('18. Februar');
    expect(call.firstSinceDate).toBe('2022-02-18');
    expect(call.initiator).toBe('lloyd-austin');
  });

  it('does not take the date of the statement as the date of the call', () => {
    expect(call.date).toBeNull();
  });

  it('attributes the demand to Austin, and leaves out the later demand of his spokesman', () => {
    expect(call.demands.map((d) => d.by)).toEqual(['lloyd-austin']);
    expect(call.demands[0]!.plover).toBe('REQUEST');
    expect(call.demands[0]!.ploverMode).toBe('yield');
    expect(call.demands[0]!.cameo).toBe('107');
    expect(call.demands[0]!.text).toContain('Waffenstillstand');
    expect(call.outcomes.some((o) => o.plover === 'ASSESS' && o.text.includes('professionell'))).toBe(true);
  });

  it('fills the roles of the participants on the call date', () => {
    expect(call.roles?.['lloyd-austin']?.de).toBe('US-Verteidigungsminister');
  });
});

describe('dates, initiators and statements', () => {
  it('resolves weekdays and gestern against the publication date', () => {
    expect(held('Macron telefonierte am Montag mit Putin.', '2022-05-13')[0]!.date).toBe('2022-05-09');
    expect(held('Macron hat gestern mit Putin telefoniert.', '2022-05-13')[0]!.date).toBe('2022-05-12');
    const noPub = held('Macron telefonierte am Montag mit Putin.', null)[0]!;
    expect(noPub.date).toBeNull();
    expect(noPub.dateText).toBe('Montag');
    expect(held('Am 3. März 2022 telefonierten Macron und Putin.', null)[0]!.date).toBe('2022-03-03');
  });

  it('finds who called', () => {
    expect(held('Selenskyj rief am Mittwoch Scholz an.')[0]!.initiator).toBe('volodymyr-zelensky');
    expect(held('Ein Anruf von Joe Biden bei Selenskyj dauerte eine Stunde.')[0]!.initiator).toBe(
      'joe-biden',
    );
    expect(held('Auf Initiative von Macron telefonierten Macron und Putin.')[0]!.initiator).toBe(
      'emmanuel-macron',
    );
    expect(held('Putin und Scholz telefonierten am Freitag.')[0]!.initiator).toBeNull();
  });

  it('keeps agreements, rejections and quotes with who made them', () => {
    const text =
      'Biden und Selenskyj telefonierten am Montag. Biden sagte dabei weitere Hilfen zu. Selenskyj wies den Vorwurf zurück, die Ukraine verzögere Verhandlungen. „Wir werden die Ukraine nicht im Stich lassen“, sagte Biden.';
    const call = held(text, '2023-01-10')[0]!;
    expect(call.outcomes.map((o) => [o.plover, o.by])).toEqual([
      ['AGREE', 'joe-biden'],
      ['REJECT', 'volodymyr-zelensky'],
    ]);
    expect(call.quotes.map((q) => [q.text, q.by])).toEqual([
      ['Wir werden die Ukraine nicht im Stich lassen', 'joe-biden'],
    ]);
  });

  it('leaves out demands third parties make after the call', () => {
    const text =
      'Scholz telefonierte am Freitag mit Putin. Scholz forderte dabei einen Waffenstillstand. Nach dem Telefonat forderte Selenskyj mehr Waffen für die Ukraine.';
    const call = held(text)[0]!;
    expect(call.demands.map((d) => d.by)).toEqual(['olaf-scholz']);
  });

  it('takes the source of a statement from the spokesperson', () => {
    const text =
      'Scholz telefonierte am Freitag mit Putin. Hebestreit sagte, Scholz habe Putin zu einem Waffenstillstand aufgefordert.';
    const call = held(text)[0]!;
    expect(call.demands).toHaveLength(1);
    expect(call.demands[0]!.by).toBe('olaf-scholz');
    expect(call.demands[0]!.source).toBe('steffen-hebestreit');
  });

  it('reads "nach zwei Jahren Funkstille" as the previous contact', () => {
    const call = held(
      'Nach fast zwei Jahren Funkstille haben Scholz und Putin wieder telefoniert.',
      '2024-11-15',
    )[0]!;
    expect(call.firstSince).toBe('nach fast zwei Jahren Funkstille');
    expect(call.firstSinceDate).toBeNull();
  });
});

describe('weak triggers next to another call', () => {
  it('a talk in person after a call about another pair is no call', () => {
    const found = held(
      'Scholz telefonierte am Montag mit Putin. Danach führte Scholz in Berlin ein Gespräch mit Macron.',
    );
    expect(pairs(found)).toEqual(['olaf-scholz+vladimir-putin']);
  });

  it('a talk framed by a call word that names nobody is a call', () => {
    const found = held('Scholz sprach am Montag mit Macron. Das Telefonat dauerte eine Stunde.');
    expect(pairs(found)).toEqual(['emmanuel-macron+olaf-scholz']);
    expect(found[0]!.durationMinutes).toBe(60);
  });
});

describe('conference calls and undated articles', () => {
  it('keeps everyone in a video conference', () => {
    const found = held(
      'Scholz, Macron und Biden berieten am Dienstag in einer Videokonferenz über die Ukraine.',
    );
    expect(pairs(found)).toEqual(['emmanuel-macron+joe-biden+olaf-scholz']);
    expect(found[0]!.mode).toBe('video');
  });

  it('without a publication date, resolves a role only to someone the article names', () => {
    // The fixture's as-of date is 2025-06-01: "der Kanzler" would be Merz.
    expect(held('Der Kanzler telefonierte am Abend mit Putin.', null)).toEqual([]);
    expect(
      pairs(held('Merz ist seit Mai im Amt. Der Kanzler telefonierte am Abend mit Putin.', null)),
    ).toEqual(['friedrich-merz+vladimir-putin']);
  });
});

describe('sentences that only look like calls', () => {
  it.each([
    'Nach einem anonymen Anruf rückte die Polizei zu Scholz aus.',
    'Putin sprach von einem Erfolg, Selenskyj von einer Niederlage.',
    'Scholz telefonierte den ganzen Abend.',
    'Im Gespräch mit der Zeitung sagte Scholz, Putin sei isoliert.',
    'Der frühere US-Präsident telefonierte am Montag mit Putin.',
    'Macron kritisierte Putins Truppen, Scholz schwieg am Telefon.',
  ])('%s', (text) => {
    expect(held(text)).toEqual([]);
  });
});

describe('the same pair on different days', () => {
  it('keeps two dated calls apart and attaches undated mentions to the nearest', () => {
    const text =
      'Macron telefonierte am Montag mit Putin. Das Gespräch dauerte eine Stunde. Am Donnerstag telefonierte Macron erneut mit Putin. Das zweite Telefonat zwischen Macron und Putin dauerte zwei Stunden.';
    const found = held(text, '2022-05-13');
    expect(found.map((c) => [c.date, c.durationMinutes])).toEqual([
      ['2022-05-09', 60],
      ['2022-05-12', 120],
    ]);
  });
});
