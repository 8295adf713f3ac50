// The import's small rules, on names and labels written for this test.
import { describe, expect, it } from 'vitest';
import { cleanAlias, slug, span } from '../../scripts/knowledge-import/common';
import { COUNTRIES, germanTitle, isSingleHolder } from '../../scripts/knowledge-import/titles';
import { germanTranscription } from '../../scripts/knowledge-import/translit';

describe('germanTranscription', () => {
  it('turns English romanisation into the German newsroom form', () => {
    expect(germanTranscription('Sergey Lavrov')).toBe('Sergej Lawrow');
    expect(germanTranscription('Mikhail Mishustin')).toBe('Michail Mischustin');
    expect(germanTranscription('Yuri Chaika')).toBe('Juri Tschaika');
    expect(germanTranscription('Sergey Naryshkin')).toBe('Sergej Naryschkin');
    expect(germanTranscription('Olga Golodets')).toBe('Olga Golodez');
  });

  it('leaves names alone that are already German or need no change', () => {
    expect(germanTranscription('Vitali Klitschko')).toBeNull();
    expect(germanTranscription('Dmytro Kuleba')).toBeNull();
  });
});

describe('germanTitle', () => {
  it('words ministers and heads of government for the card and the call phrases', () => {
    expect(germanTitle('Minister of Defence', COUNTRIES.RU!)?.de).toBe('Verteidigungsminister Russlands');
    expect(germanTitle('Minister of Defence', COUNTRIES.RU!)?.phrases).toContain(
      'russischer Verteidigungsminister',
    );
    expect(germanTitle('United States Secretary of State', COUNTRIES.US!)?.phrases).toContain(
      'US-Außenminister',
    );
    expect(germanTitle('President of the French Republic', COUNTRIES.FR!)?.de).toBe('Präsident Frankreichs');
    expect(
      germanTitle('Minister for the Development of the Russian Far East and Arctic', COUNTRIES.RU!),
    ).toBeNull();
  });

  it('marks only one-holder offices as single-holder', () => {
    expect(isSingleHolder('Minister of Defence of Ukraine')).toBe(true);
    expect(isSingleHolder('Vice President of the United States')).toBe(true);
    expect(isSingleHolder('Deputy Prime Minister of Ukraine')).toBe(false);
    expect(isSingleHolder('ambassador to Turkey')).toBe(false);
  });
});

describe('alias hygiene', () => {
  it('drops encoding damage, numbers and stray spaces', () => {
    expect(cleanAlias('????????')).toBeNull();
    expect(cleanAlias('2022')).toBeNull();
    expect(cleanAlias('Fabio  De Masi')).toBe('Fabio De Masi');
    expect(cleanAlias('EG ')).toBe('EG');
  });

  it('makes ASCII slugs from any Latin name', () => {
    expect(slug('Akif Çağatay Kılıç')).toBe('akif-cagatay-kilic');
    expect(slug('Bjørn Arild Gram')).toBe('bjorn-arild-gram');
  });

  it('says when an open term was last known to hold', () => {
    expect(span('2012-11-06', '2024-05-12', '2022-08-03')).toBe('2012–2024');
    expect(span('2020-01-16', null, '2022-08-03')).toBe('seit 2020, Stand 2022-08');
  });
});
