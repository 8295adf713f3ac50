// The import's German-spelling rules (scripts/knowledge-import/translit.ts), on names as the open data
// romanises them. Only some outputs are the newsroom spelling; the tests pin what the rules produce.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { germanSpelling, isOrdinaryWord, ruleFor } from '../../scripts/knowledge-import/translit';

describe('ruleFor', () => {
  it('applies Slavic rules only to Russian, Ukrainian and Belarusian people', () => {
    expect(ruleFor('RU')).toBe('de-translit-ru');
    expect(ruleFor('ua')).toBe('de-translit-ua');
    expect(ruleFor('BY')).toBe('de-translit-by');
    expect(ruleFor('IL')).toBe('de-translit-he');
    expect(ruleFor('IR')).toBe('de-translit-fa');
    expect(ruleFor('SY')).toBe('de-translit-ar');
    expect(ruleFor('US')).toBeNull();
    expect(ruleFor('PL')).toBeNull();
  });
});

describe('germanSpelling, Cyrillic origin', () => {
  it('gives the German newsroom spelling of the brief examples', () => {
    expect(germanSpelling('Sergei Shoigu', 'de-translit-ru')).toBe('Sergej Schoigu');
    expect(germanSpelling('Dmitry Peskov', 'de-translit-ru')).toBe('Dmitri Peskow');
    expect(germanSpelling('Volodymyr Zelenskyy', 'de-translit-ua')).toBe('Wolodymyr Selenskyj');
    expect(germanSpelling('Andriy Yermak', 'de-translit-ua')).toBe('Andrij Jermak');
    expect(germanSpelling('Andrii Yermak', 'de-translit-ua')).toBe('Andrij Jermak');
  });

  it('writes s between vowels as ss, and keeps a z-derived s single', () => {
    expect(germanSpelling('Valery Gerasimov', 'de-translit-ru')).toBe('Waleri Gerassimow');
    expect(germanSpelling('Oleksii Reznikov', 'de-translit-ua')).toBe('Oleksij Resnikow');
    expect(germanSpelling('Maria Zakharova', 'de-translit-ru')).toBe('Maria Sacharowa');
  });

  it('turns zh into sch and -yi into -yj without splitting the ending', () => {
    expect(germanSpelling('Yevgeny Prigozhin', 'de-translit-ru')).toBe('Jewgeni Prigoschin');
    expect(germanSpelling('Valerii Zaluzhnyi', 'de-translit-ua')).toBe('Walerij Saluschnyj');
    expect(germanSpelling('Oleksandr Syrskyi', 'de-translit-ua')).toBe('Oleksandr Syrskyj');
    expect(germanSpelling('Denys Monastyrskyi', 'de-translit-ua')).toBe('Denys Monastyrskyj');
    expect(germanSpelling('Ramzan Kadyrov', 'de-translit-ru')).toBe('Ramsan Kadyrow');
  });

  it('writes ks as x in Russian names but not in Ukrainian ones', () => {
    expect(germanSpelling('Aleksei Overchuk', 'de-translit-ru')).toBe('Alexej Owertschuk');
    expect(germanSpelling('Oleksandr Kubrakov', 'de-translit-ua')).toBe('Oleksandr Kubrakow');
  });

  it('leaves names alone that already look German or need no change', () => {
    expect(germanSpelling('Vitali Klitschko', 'de-translit-ua')).toBeNull();
    expect(germanSpelling('Dmytro Kuleba', 'de-translit-ua')).toBeNull();
  });
});

describe('germanSpelling, Hebrew, Persian and Arabic origin', () => {
  it('writes y as j at a syllable start, kh as ch and sh as sch', () => {
    expect(germanSpelling('Benjamin Netanyahu', 'de-translit-he')).toBe('Benjamin Netanjahu');
    expect(germanSpelling('Yair Lapid', 'de-translit-he')).toBe('Jair Lapid');
    expect(germanSpelling('Ayelet Shaked', 'de-translit-he')).toBe('Ajelet Schaked');
    expect(germanSpelling('Ali Khamenei', 'de-translit-fa')).toBe('Ali Chamenei');
    expect(germanSpelling('Hassan Rouhani', 'de-translit-fa')).toBe('Hassan Ruhani');
    expect(germanSpelling('Bashar al-Assad', 'de-translit-ar')).toBe('Baschar al-Assad');
  });

  it('does not apply the Slavic v → w or z → s to these names', () => {
    expect(germanSpelling('Yoav Gallant', 'de-translit-he')).toBe('Joav Gallant');
    expect(germanSpelling('Israel Katz', 'de-translit-he')).toBeNull();
    expect(germanSpelling('Tzipi Hotovely', 'de-translit-he')).toBe('Zipi Hotovely');
    expect(germanSpelling('Mohammad Javad Zarif', 'de-translit-fa')).toBeNull();
  });
});

const hasWordList = existsSync(process.env.KONTEXT_WORDLIST ?? '/usr/share/dict/ngerman');
describe.skipIf(!hasWordList)('isOrdinaryWord (needs the wngerman word list)', () => {
  it('flags ordinary words but lets names through that the dictionary also lists', () => {
    expect(isOrdinaryWord('Ganz')).toBe(true);
    expect(isOrdinaryWord('Kasse')).toBe(true);
    expect(isOrdinaryWord('Schabbat')).toBe(true);
    expect(isOrdinaryWord('Netanjahu')).toBe(false);
    expect(isOrdinaryWord('Jermak')).toBe(false);
  });
});
