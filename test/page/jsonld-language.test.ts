import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { firstString, jsonLdTypes, readJsonLd } from '../../lib/page/jsonld';
import { isGermanTag, normalizeLanguage } from '../../lib/page/language';
import { guessGerman } from '../../lib/page/language-guess';
import { notNewsType } from '../../lib/page/schema-types';

const withScripts = (...blocks: string[]) =>
  parseHTML(
    `<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`,
  ).document;

describe('readJsonLd', () => {
  it('flattens arrays, @graph and mainEntity, and strips schema.org prefixes from types', () => {
    const doc = withScripts(
      JSON.stringify([{ '@type': 'BreadcrumbList' }]),
      JSON.stringify({
        '@graph': [{ '@type': 'WebPage', mainEntity: { '@type': 'http://schema.org/NewsArticle' } }],
      }),
    );
    expect(readJsonLd(doc).nodes.flatMap((n) => n.types)).toEqual([
      'BreadcrumbList',
      'WebPage',
      'NewsArticle',
    ]);
  });

  it('keeps the @type names of a block that is not valid JSON', () => {
    const result = readJsonLd(withScripts('{"@type": "Recipe", "name": "Kuchen",, }'));
    expect(result.nodes).toEqual([]);
    expect(result.looseTypes).toEqual(['Recipe']);
  });

  it('lists every type, parsed blocks first, with schema: and URL prefixes and non-strings dropped', () => {
    const doc = withScripts(
      '{"@type": "Event",, }',
      JSON.stringify({ '@type': ['schema:NewsArticle', 7, 'https://schema.org/Report'] }),
    );
    expect(jsonLdTypes(readJsonLd(doc))).toEqual(['NewsArticle', 'Report', 'Event']);
  });
});

describe('notNewsType', () => {
  it.each([
    [['NewsArticle'], undefined],
    [['NewsArticle', 'Recipe'], 'Recipe'],
    [['Product', 'NewsArticle'], undefined],
    [['NewsArticle', 'Product'], undefined],
    [['WebPage', 'Product', 'Event'], 'Product'],
    [['Event', 'Recipe'], 'Recipe'],
    [[], undefined],
  ])('%j → %s', (types, veto) => {
    expect(notNewsType(types)).toBe(veto);
  });
});

describe('firstString', () => {
  it('reads strings, objects with name, and arrays of either', () => {
    expect(firstString('Testzeitung')).toBe('Testzeitung');
    expect(firstString({ '@type': 'Organization', name: 'Testzeitung' })).toBe('Testzeitung');
    expect(firstString([{ url: 'x' }, { name: 'Zweite' }])).toBe('Zweite');
    expect(firstString({ name: '  ' })).toBeNull();
  });
});

describe('language', () => {
  it.each([
    ['de_DE', 'de-de'],
    ['DE-at', 'de-at'],
    ['de, en', 'de'],
    ['', null],
    ['x y', null],
    [' de-CH ', 'de-ch'],
    ['gsw', 'gsw'],
    ['de-DE-1996', 'de-de-1996'],
    ['zh_Hant_TW', 'zh-hant-tw'],
    ['de-', null],
    ['-de', null],
    ['d', null],
    ['deutsch', null],
    ['de-x', null],
    ['d1-de', null],
    ['de-toolongsubtag', null],
    ['de.DE', null],
    [null, null],
  ])('normalizeLanguage(%s) = %s', (raw, tag) => {
    expect(normalizeLanguage(raw)).toBe(tag);
  });

  it('knows German tags, Swiss German included', () => {
    expect(['de', 'de-ch', 'gsw'].every(isGermanTag)).toBe(true);
    expect(['en', 'da', null].some(isGermanTag)).toBe(false);
  });

  it('guesses German from function words, and not from too little text', () => {
    const de =
      'Der Rat hat sich nach der Sitzung auf einen Plan geeinigt, der auch für die Schulen in der Stadt gelten soll. Es ist nicht klar, wie die Eltern darauf reagieren werden, aber die Lehrer sind mit dem Ergebnis zufrieden.';
    const nl =
      'De raad heeft na de vergadering een plan goedgekeurd dat ook voor de scholen in de stad moet gelden. Het is niet duidelijk hoe de ouders zullen reageren, maar de leraren zijn tevreden met het resultaat van het overleg.';
    expect(guessGerman(de).german).toBe(true);
    expect(guessGerman(nl).german).toBe(false);
    expect(guessGerman('Der Rat und die Stadt.').german).toBe(false);
  });
});
