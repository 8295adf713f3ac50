import { describe, expect, it } from 'vitest';
import { callSteps, extractCalls } from '../../lib/calls/extract';
import { findPeople } from '../../lib/calls/participants';
import { drain } from '../../lib/steps';
import { fixture, mentionsIn } from './fixtures';

// The popup runs the extraction in a worker, or in time slices when no worker starts: the steps must
// give exactly what extractCalls gives, and pause often enough on a long text. Text written here.

const PARAGRAPHS = [
  'Bundeskanzler Olaf Scholz hat am Freitag mit Wladimir Putin telefoniert. Das Gespräch dauerte 75 Minuten.',
  'Kremlsprecher Dmitri Peskow sagte, Putin habe Scholz über die Lage informiert.',
  'Der US-Verteidigungsminister telefonierte mit dem russischen Verteidigungsminister.',
  'Er forderte eine sofortige Waffenruhe. Die beiden vereinbarten, in Kontakt zu bleiben.',
  'Die Lage an der Front bleibt nach Angaben von Beobachtern angespannt.',
  'Lloyd Austin telefonierte mit seinem russischen Amtskollegen, wie das Pentagon mitteilte.',
];

function longText(paragraphs: number): string {
  return Array.from({ length: paragraphs }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]).join('\n');
}

function people(text: string) {
  const byId = new Map(fixture.entities.map((e) => [e.id, e]));
  return findPeople(text, mentionsIn(text), fixture, byId, '2022-05-13');
}

describe('call extraction in steps', () => {
  it('gives the same calls as extractCalls, and pauses many times on a long text', () => {
    const text = longText(600);
    const mentions = mentionsIn(text);
    const steps = callSteps(text, mentions, fixture, '2022-05-13');
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    expect(r.value).toEqual(extractCalls(text, mentions, fixture, '2022-05-13'));
    expect(r.value.length).toBeGreaterThan(0);
    // 600 paragraphs, ~1,000 sentences: at least one pause per 64 sentences in each pass.
    expect(pauses).toBeGreaterThan(40);
  });

  it('drain runs the same steps in one go', () => {
    const text = longText(12);
    const mentions = mentionsIn(text);
    expect(drain(callSteps(text, mentions, fixture, null))).toEqual(
      extractCalls(text, mentions, fixture, null),
    );
  });
});

describe('people the text names, on any text', () => {
  // Office phrases are found in the text folded to lower case. A text where that changes lengths (İ),
  // contains astral characters (emoji) or a capital sigma takes the char-by-char path; the result,
  // moved by the added characters, must be the same.
  it.each([
    ['an astral character', '😀 '],
    ['a capital I with dot', 'İ '],
    ['a capital sigma', 'ΣΑΣ '],
  ])('finds the same people after %s', (_, prefix) => {
    const text = 'Der Kremlchef telefonierte mit dem Bundeskanzler. Sprecher Peskow bestätigte das.';
    const plain = people(text);
    const moved = people(prefix + text);
    const shift = prefix.length;
    expect(moved.persons.map((p) => ({ ...p, start: p.start - shift, end: p.end - shift }))).toEqual(
      plain.persons,
    );
    expect(plain.persons.filter((p) => p.via === 'role').map((p) => p.entityId)).toEqual([
      'vladimir-putin',
      'olaf-scholz',
    ]);
  });

  it('reads the word before a name across quotes and spaces, letters outside the BMP included', () => {
    const spokes = (text: string) => people(text).persons.find((p) => p.entityId === 'dmitry-peskov')?.voice;
    expect(spokes('Kremlsprecher „Peskow“ sagte, Putin und Scholz hätten telefoniert.')).toBe('spokesperson');
    expect(spokes('Kreml-Sprecher Peskow sagte das.')).toBe('spokesperson');
    // A letter outside the BMP (a surrogate pair) belongs to the word, which still ends in "Sprecher".
    expect(spokes('Der 𝐀Sprecher Peskow sagte das.')).toBe('spokesperson');
  });

  it('takes a name right after an office phrase as its holder, not the phrase on its own', () => {
    const found = people('Der Bundeskanzler Olaf Scholz telefonierte mit dem Kremlchef.');
    expect(found.persons.map((p) => [p.entityId, p.via])).toEqual([
      ['olaf-scholz', 'name'],
      ['vladimir-putin', 'role'],
    ]);
  });
});
