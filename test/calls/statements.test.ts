import { describe, expect, it } from 'vitest';
import { extractCalls } from '../../lib/calls/extract';
import { findStatementCues, requestMode } from '../../lib/calls/statements';
import type { CallRecord } from '../../lib/calls/types';
import { fixture, mentionsIn } from './fixtures';

function held(text: string, published = '2022-05-13'): CallRecord[] {
  return extractCalls(text, mentionsIn(text), fixture, published).filter((c) => c.status === 'held');
}
const kinds = (text: string) => findStatementCues(text, 0, text.length).map((c) => c.plover);

describe('statement cues', () => {
  it.each([
    ['Scholz forderte einen Waffenstillstand.', 'REQUEST'],
    ['Macron drängte auf Verhandlungen.', 'REQUEST'],
    ['Biden verlangte den Abzug der Truppen.', 'REQUEST'],
    ['Scholz rief Putin zu einer Waffenruhe auf.', 'REQUEST'],
    ['Macron appellierte an Putin, die Angriffe zu beenden.', 'REQUEST'],
    ['Scholz mahnte eine diplomatische Lösung an.', 'REQUEST'],
    ['Putin wurde aufgefordert, die Truppen abzuziehen.', 'REQUEST'],
    ['Beide vereinbarten weitere Gespräche.', 'AGREE'],
    ['Sie einigten sich auf einen Gefangenenaustausch.', 'AGREE'],
    ['Biden sagte weitere Hilfen zu.', 'AGREE'],
    ['Putin wies die Vorwürfe zurück.', 'REJECT'],
    ['Putin lehnte eine Waffenruhe ab.', 'REJECT'],
    ['Der Vorschlag wurde zurückgewiesen.', 'REJECT'],
    ['Selenskyj warf Russland Kriegsverbrechen vor.', 'ACCUSE'],
    ['Das Gespräch sei konstruktiv gewesen.', 'ASSESS'],
    ['Das Telefonat habe keine akuten Probleme gelöst.', 'ASSESS'],
  ])('%s → %s', (text, plover) => {
    expect(kinds(text)).toEqual([plover]);
  });

  it('does not read agreeing to the call itself as an outcome', () => {
    expect(kinds('Schoigu hat dem Telefonat schließlich zugestimmt.')).toEqual([]);
  });

  it('gives PLOVER request modes from what is asked for', () => {
    expect(requestMode('einen sofortigen Waffenstillstand')).toBe('yield');
    expect(requestMode('mehr Unterstützung für die Luftabwehr')).toBe('assist');
    expect(requestMode('ein baldiges Treffen')).toBe('meet');
    expect(requestMode('die Freilassung der Journalistin')).toBe('change');
  });
});

describe('initiator signals', () => {
  it.each([
    ['Auf Wunsch Putins telefonierten Putin und Macron am Montag.', 'vladimir-putin'],
    ['Macron hatte um das Telefonat mit Putin gebeten, das am Montag stattfand.', 'emmanuel-macron'],
    [
      'Scholz telefonierte mit Putin. „Wir haben um dieses Gespräch gebeten“, sagte ein deutscher Regierungsbeamter.',
      'olaf-scholz',
    ],
    [
      'Putin telefonierte mit Macron. Der Kremlchef war zu einem Gespräch bereit, nachdem Macron mehrfach angefragt hatte.',
      'emmanuel-macron',
    ],
    ['Biden telefonierte mit Selenskyj.', null],
  ])('%s → %s', (text, initiator) => {
    expect(held(text)[0]!.initiator).toBe(initiator);
  });
});

describe('negatives around phones', () => {
  it('a politician speaking to a broadcaster on the phone is an interview', () => {
    expect(held('Scholz sagte dem Sender am Telefon, er sehe keine Lösung mit Putin.')).toEqual([]);
  });

  it('"will … anrufen" is planned and "es gab kein Gespräch" denied', () => {
    const planned = extractCalls(
      'Biden will Selenskyj noch heute anrufen.',
      mentionsIn('Biden will Selenskyj noch heute anrufen.'),
      fixture,
      '2022-05-13',
    );
    expect(planned.map((c) => c.status)).toEqual(['planned']);
    const t = 'Es gab kein Gespräch zwischen Scholz und Putin, sagte Hebestreit.';
    expect(extractCalls(t, mentionsIn(t), fixture, '2022-05-13').map((c) => c.status)).toEqual(['denied']);
  });
});

describe('sentences that refer back to a call', () => {
  it('attach "Das Gespräch …" and "Der Kreml bestätigte das Telefonat" to the call before', () => {
    const text =
      'Macron hat am Dienstag mit Putin telefoniert. Der Kreml bestätigte das Telefonat. Das Gespräch dauerte mehr als zwei Stunden.';
    const [call] = held(text);
    expect(call!.evidence).toHaveLength(3);
    expect(call!.durationMinutes).toBe(120);
    expect(call!.date).toBe('2022-05-10');
  });

  it('attach "Beide sprachen rund 30 Minuten …" and read its duration, but not "30 Minuten nach …"', () => {
    const call = 'Scholz hat am Dienstag mit Macron telefoniert.';
    const [talk] = held(`${call} Beide sprachen nach Angaben aus Berlin rund 30 Minuten über die Ukraine.`);
    expect(talk!.evidence).toHaveLength(2);
    expect(talk!.durationMinutes).toBe(30);
    const [later] = held(`${call} Beide sprachen 30 Minuten nach dem Anschlag erneut.`);
    expect(later!.durationMinutes).toBeNull();
  });

  it('attach a reference to the later of two calls in the sentence before', () => {
    const text =
      'Nach dem Telefonat mit Putin telefonierte Macron auch mit Selenskyj. Das Gespräch habe knapp eine halbe Stunde gedauert.';
    const calls = held(text);
    const zel = calls.find((c) => c.participants.includes('volodymyr-zelensky'))!;
    expect(zel.durationMinutes).toBe(30);
    expect(calls.find((c) => c.participants.includes('vladimir-putin'))!.durationMinutes).toBeNull();
  });
});

describe('demand codes', () => {
  it('codes what is asked for', async () => {
    const { demandCameo } = await import('../../lib/calls/statements');
    expect(demandCameo('forderte einen sofortigen Waffenstillstand')).toBe('107');
    expect(demandCameo('verlangte den Abzug der Truppen')).toBe('106');
    expect(demandCameo('bat um weitere Luftabwehrsysteme')).toBe('1032');
    expect(demandCameo('drängte auf Verhandlungen')).toBe('108');
    expect(demandCameo('forderte die Freilassung der Gefangenen')).toBe('100');
  });

  it('a request for material help is a demand, a request for the call is not', () => {
    expect(kinds('Selenskyj bat um weitere Luftabwehrsysteme.')).toEqual(['REQUEST']);
    expect(kinds('Selenskyj bat um ein Telefonat mit Macron.')).toEqual([]);
  });
});
