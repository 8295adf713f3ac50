// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_CSS, EntityCard, type EntityCardProps } from '../../components/EntityCard';
import * as F from './fixtures';
import { axeViolations, mount, textOf, wordsOf } from './helpers';

const base: Omit<EntityCardProps, 'entity' | 'roleThen' | 'roleNow'> = {
  published: '2022-05-13',
  today: '2026-11-26',
  knowledgeAsOf: '2026-11-01',
  lang: 'de',
  onClose: () => {},
};

let cleanup: (() => void) | null = null;
function renderCard(props: Partial<EntityCardProps> & Pick<EntityCardProps, 'entity'>) {
  const m = mount(<EntityCard roleThen={null} roleNow={null} {...base} {...props} />);
  cleanup = m.unmount;
  return m.root.querySelector<HTMLElement>('.card')!;
}
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

describe('EntityCard', () => {
  it('shows name, type, description, the role then and now, aliases, link and the as-of footer', async () => {
    const card = renderCard({
      entity: F.SHOIGU,
      roleThen: F.ROLE_DEFENCE_RU,
      roleNow: F.ROLE_SECURITY_COUNCIL,
    });
    expect(textOf(card.querySelector('h2'))).toBe('Sergei Schoigu');
    expect(textOf(card.querySelector('.card__type'))).toBe('Person');
    expect(card.dataset.type).toBe('person');
    expect(textOf(card.querySelector('.card__desc'))).toContain('Verteidigungsministerium');
    const rows = [...card.querySelectorAll('.card__role')].map((r) => wordsOf(r));
    expect(rows).toEqual([
      'Am 13.05.2022 Verteidigungsminister Russlands',
      'Heute Sekretär des Sicherheitsrats Russlands seit Mai 2024',
    ]);
    expect(textOf(card.querySelector('.card__aliases'))).toBe(
      'Auch: Sergei Shoigu, Schojgu, Sergej Schoigu, Shoigu',
    );
    // The surname alone ("Schoigu") is part of the name shown and is not repeated.
    const link = card.querySelector<HTMLAnchorElement>('a.card__link')!;
    expect(link.getAttribute('href')).toBe('https://de.wikipedia.org/wiki/Sergei_Kuschugetowitsch_Schoigu');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(textOf(link)).toBe('Wikipedia (de) (öffnet in neuem Tab)');
    expect(textOf(card.querySelector('.card__foot'))).toBe(
      'Stand der Angaben: 01.11.2026 · Quelle: Wikidata, tagesschau.de',
    );
    expect(await axeViolations(card)).toEqual([]);
  });

  it('says "damals wie heute" when the same term of office still holds', async () => {
    const card = renderCard({ entity: F.PUTIN, roleThen: F.ROLE_PRESIDENT_RU, roleNow: F.ROLE_PRESIDENT_RU });
    const rows = [...card.querySelectorAll('.card__role')].map((r) => wordsOf(r));
    expect(rows).toEqual(['Am 13.05.2022 Präsident Russlands damals wie heute · seit Mai 2012']);
    expect(await axeViolations(card)).toEqual([]);
  });

  it('says how old the knowledge of an open role is when its source is over a year old', () => {
    const snapshot = {
      ...F.ROLE_SECURITY_COUNCIL,
      source: { cite: 'wikidata:Q1990#P39', asOf: '2022-07-23' },
    };
    const card = renderCard({ entity: F.SHOIGU, roleThen: F.ROLE_DEFENCE_RU, roleNow: snapshot });
    expect(textOf(card.querySelector('[data-row="now"] .card__note'))).toBe(
      'seit Mai 2024 · Stand Juli 2022',
    );
    cleanup?.();
    const fresh = renderCard({
      entity: F.SHOIGU,
      roleThen: F.ROLE_DEFENCE_RU,
      roleNow: F.ROLE_SECURITY_COUNCIL,
    });
    expect(textOf(fresh.querySelector('[data-row="now"] .card__note'))).toBe('seit Mai 2024');
  });

  it('says until when an office ended when there is none today', () => {
    const card = renderCard({ entity: F.SCHOLZ, roleThen: F.ROLE_CHANCELLOR, roleNow: null });
    const rows = [...card.querySelectorAll('.card__role')].map((r) => wordsOf(r));
    expect(rows).toEqual(['Am 13.05.2022 Bundeskanzler bis Mai 2025']);
    // The role's source is an open-data row: the footer names it as such.
    expect(textOf(card.querySelector('.card__foot'))).toContain('Quelle: Wikidata, offene Daten');
  });

  it('marks a date without a recorded office instead of leaving a gap', () => {
    const card = renderCard({ entity: F.SHOIGU, roleThen: null, roleNow: F.ROLE_SECURITY_COUNCIL });
    const rows = [...card.querySelectorAll('.card__role')].map((r) => wordsOf(r));
    expect(rows[0]).toBe('Am 13.05.2022 kein Amt verzeichnet');
    expect(rows[1]).toContain('Heute Sekretär des Sicherheitsrats Russlands');
  });

  it('has no role block for places and organisations', async () => {
    const card = renderCard({ entity: F.DONBAS });
    expect(card.querySelector('.card__roles')).toBeNull();
    expect(textOf(card.querySelector('.card__type'))).toBe('Ort');
    expect(textOf(card.querySelector('.card__aliases'))).toBe('Auch: Donbas, Donezbecken');
    expect(await axeViolations(card)).toEqual([]);
    cleanup?.();
    const nato = renderCard({ entity: F.NATO });
    expect(textOf(nato.querySelector('.card__type'))).toBe('Organisation');
    // "NATO" differs from the shown "Nato" only in case: not worth a line of its own.
    expect(textOf(nato.querySelector('.card__aliases'))).toBe('Auch: Nordatlantikpakt');
  });

  it('shows only today and says the article date is unknown', async () => {
    const card = renderCard({
      published: null,
      entity: F.PUTIN,
      roleThen: null,
      roleNow: F.ROLE_PRESIDENT_RU,
    });
    const rows = [...card.querySelectorAll('.card__role')].map((r) => wordsOf(r));
    expect(rows).toEqual(['Heute Präsident Russlands seit Mai 2012']);
    expect(textOf(card.querySelector('.card__undated'))).toBe('Erscheinungsdatum des Artikels unbekannt');
    expect(await axeViolations(card)).toEqual([]);
  });

  it('hyphenates long German words softly and shortens long alias lists', async () => {
    const card = renderCard({ entity: F.LONG_TERM });
    const h2 = card.querySelector('h2')!;
    expect(h2.textContent).toContain('\u00AD');
    expect(h2.className).toContain('card__name--long');
    expect(textOf(h2)).toBe('Bundeswehrsondervermögensfinanzierungsgesetz');
    expect(textOf(card.querySelector('.card__more'))).toBe('und 3 weitere');
    // Neither an article title nor a Wikidata id: a search for the name, said to be one.
    const links = [...card.querySelectorAll<HTMLAnchorElement>('a.card__link')];
    expect(links).toHaveLength(1);
    expect(links[0]!.href).toBe(
      'https://de.wikipedia.org/w/index.php?search=Bundeswehrsonderverm%C3%B6gensfinanzierungsgesetz&title=Special%3ASearch&go=Go',
    );
    expect(textOf(links[0]!)).toBe('In Wikipedia suchen (öffnet in neuem Tab)');
    expect(textOf(card.querySelector('.card__foot'))).toContain('Quelle: Deutscher Bundestag');
    expect(await axeViolations(card)).toEqual([]);
  });

  it('finds the Wikipedia article through the Wikidata item when there is no German title, and links the item', () => {
    const card = renderCard({ entity: { ...F.LONG_TERM, wikidata: 'Q123' } });
    const [wiki, item] = [...card.querySelectorAll<HTMLAnchorElement>('a.card__link')];
    expect(wiki!.href).toBe(
      'https://www.wikidata.org/wiki/Special:GoToLinkedPage?site=dewiki,enwiki&itemid=Q123',
    );
    expect(textOf(wiki!)).toBe('Wikipedia (öffnet in neuem Tab)');
    expect(item!.href).toBe('https://www.wikidata.org/wiki/Q123');
    expect(item!.rel).toBe('noopener noreferrer');
    expect(textOf(item!)).toBe('Wikidata (öffnet in neuem Tab)');
  });

  it('renders in English with the English link as well', async () => {
    const card = renderCard({
      lang: 'en',
      entity: F.SHOIGU,
      roleThen: F.ROLE_DEFENCE_RU,
      roleNow: F.ROLE_SECURITY_COUNCIL,
    });
    expect(card.getAttribute('lang')).toBe('en');
    expect(textOf(card.querySelector('h2'))).toBe('Sergei Shoigu');
    const rows = [...card.querySelectorAll('.card__role')].map((r) => wordsOf(r));
    expect(rows).toEqual([
      'On 13 May 2022 Minister of Defence of Russia',
      'Today Secretary of the Security Council of Russia since May 2024',
    ]);
    const links = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      'https://de.wikipedia.org/wiki/Sergei_Kuschugetowitsch_Schoigu',
      'https://en.wikipedia.org/wiki/Sergei_Shoigu',
    ]);
    expect(textOf(card.querySelector('.card__foot'))).toBe(
      'Facts as of 1 November 2026 · Source: Wikidata, tagesschau.de',
    );
    expect(await axeViolations(card)).toEqual([]);
  });

  it('closes from the close button and from Escape', () => {
    const onClose = vi.fn();
    const card = renderCard({ entity: F.PUTIN, onClose });
    const close = card.querySelector<HTMLButtonElement>('button.card__close')!;
    expect(close.getAttribute('aria-label')).toBe('Schließen');
    close.click();
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('is a labelled dialog that can take focus', () => {
    const card = renderCard({ entity: F.PUTIN });
    expect(card.getAttribute('role')).toBe('dialog');
    const labelledBy = card.getAttribute('aria-labelledby')!;
    expect(textOf(card.querySelector(`#${labelledBy}`))).toBe('Wladimir Putin');
    expect(card.tabIndex).toBe(-1);
  });

  it('forces dark colours through data-theme and styles dark by preference otherwise', () => {
    const card = renderCard({ entity: F.PUTIN, theme: 'dark' });
    expect(card.dataset.theme).toBe('dark');
    expect(CARD_CSS).toMatch(/@media \(prefers-color-scheme: dark\)/);
    expect(CARD_CSS).toContain('.card[data-theme="dark"]');
  });
});

describe('CARD_CSS', () => {
  it('resets the host, uses system-ui, caps the width and shows focus', () => {
    expect(CARD_CSS).toMatch(/:host\s*\{\s*all: initial;/);
    expect(CARD_CSS).toContain('system-ui');
    expect(CARD_CSS).toMatch(/width: 344px;/);
    expect(CARD_CSS).toContain(':focus-visible');
    expect(CARD_CSS).toContain('hyphens: auto');
    expect(CARD_CSS).toContain('hyphenate-limit-chars');
    expect(CARD_CSS).toContain('overflow-wrap: anywhere');
    // Inside a page's shadow root rem would follow the page's font size.
    expect(CARD_CSS).not.toMatch(/\d(?:\.\d+)?rem\b/);
  });
});
