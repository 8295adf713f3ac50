import { describe, expect, it } from 'vitest';
import { clauseAround, findTriggers } from '../../lib/calls/triggers';

// The call extractor's first step on a huge page: the popup runs it over the whole annotated text
// (up to the content script's character limit). Text written for this test.

const SENTENCE = 'Bundeskanzler Olaf Scholz hat am Freitag mit Wladimir Putin telefoniert. ';

function triggersOver(sentences: number): number {
  const text = SENTENCE.repeat(sentences);
  let found = 0;
  for (let i = 0; i < sentences; i++)
    found += findTriggers(text, i * SENTENCE.length, (i + 1) * SENTENCE.length).length;
  return found;
}

describe('call triggers on a huge page', () => {
  it('find a trigger in every sentence', () => {
    expect(triggersOver(50)).toBe(50);
  });

  // Robustness fault C1: clauseAround searched for clause breaks from the sentence to the end of the
  // article, so a comma-free sentence cost the whole rest of the text (the popup froze ~42 s on a
  // million-word page). It must look at the sentence only.
  it('clauseAround ignores breaks outside its sentence', () => {
    const text = 'Erst, dann. Scholz telefonierte mit Putin. Danach, später.';
    const lo = text.indexOf('Scholz');
    const hi = text.indexOf('Danach');
    const pos = text.indexOf('telefonierte');
    expect(clauseAround(text, pos, lo, hi)).toEqual([lo, hi]);
    const inner = 'Scholz, der Kanzler, telefonierte mit Putin; danach schwieg er.';
    const [s, e] = clauseAround(inner, inner.indexOf('telefonierte'), 0, inner.length);
    expect(inner.slice(s, e)).toBe('telefonierte mit Putin');
  });

  // Quadratic work here would take minutes (12,000 sentences took 2.9 s, this is 8× as many);
  // linear work takes about a second, well inside the test timeout.
  it('finds every trigger on a 100,000-sentence page', () => {
    expect(triggersOver(100_000)).toBe(100_000);
  }, 60_000);
});
