import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/calls/sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits ordinary sentences and keeps offsets into the text', () => {
    const t = 'Die Ministerin reiste ab. Danach kam der Regen!  Wer hätte das gedacht?';
    const s = splitSentences(t);
    expect(s.map((x) => x.text)).toEqual([
      'Die Ministerin reiste ab.',
      'Danach kam der Regen!',
      'Wer hätte das gedacht?',
    ]);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
  });

  it('does not split after German abbreviations', () => {
    expect(
      texts(
        'Dr. Anna Beispiel und Prof. Carl Test sprachen z. B. über Nr. 5 bzw. St. Gallen. Dann gingen sie.',
      ),
    ).toEqual([
      'Dr. Anna Beispiel und Prof. Carl Test sprachen z. B. über Nr. 5 bzw. St. Gallen.',
      'Dann gingen sie.',
    ]);
    expect(texts('Es ging u. a. um Geld, d. h. um viel Geld, vgl. Abs. 3. Das war ca. 5 Mio. Euro.')).toEqual(
      ['Es ging u. a. um Geld, d. h. um viel Geld, vgl. Abs. 3.', 'Das war ca. 5 Mio. Euro.'],
    );
  });

  it('does not split inside dates and ordinals', () => {
    expect(texts('Sie trafen sich am 3. Oktober in Bonn. Am 18. Februar 2022 telefonierten sie.')).toEqual([
      'Sie trafen sich am 3. Oktober in Bonn.',
      'Am 18. Februar 2022 telefonierten sie.',
    ]);
    expect(texts('Der 2. Weltkrieg endete 1945. Das 21. Jahrhundert begann später.')).toEqual([
      'Der 2. Weltkrieg endete 1945.',
      'Das 21. Jahrhundert begann später.',
    ]);
  });

  it('still splits after a number that ends a sentence', () => {
    expect(texts('Die Zahl stieg auf 1945. Niemand war überrascht.')).toEqual([
      'Die Zahl stieg auf 1945.',
      'Niemand war überrascht.',
    ]);
  });

  it('keeps initials together', () => {
    expect(texts('John F. Kennedy rief an. Dann legte er auf.')).toEqual([
      'John F. Kennedy rief an.',
      'Dann legte er auf.',
    ]);
  });

  it('keeps "?“ fragte er" together and splits at newlines', () => {
    expect(
      texts('„Wann kommt er?“ fragte sie. Keiner wusste es.\nNeue Zeile ohne Punkt\n\nNoch ein Absatz.'),
    ).toEqual([
      '„Wann kommt er?“ fragte sie.',
      'Keiner wusste es.',
      'Neue Zeile ohne Punkt',
      'Noch ein Absatz.',
    ]);
  });
});
