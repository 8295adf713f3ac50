// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { POPUP_CSS, Popup, type PopupProps } from '../../components/Popup';
import type { PopupState } from '../../components/popup-state';
import * as F from './fixtures';
import { axeViolations, mount, textOf } from './helpers';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
  vi.useRealTimers();
});

function renderPopup(state: PopupState, extra: Partial<PopupProps> = {}) {
  const handlers = {
    onToggleSite: vi.fn(),
    onSelectEvidence: vi.fn(),
    onCopyJson: vi.fn(),
    onDownloadCsv: vi.fn(),
  };
  const m = mount(<Popup state={state} lang="de" labels={F.LABELS} {...handlers} {...extra} />);
  cleanup = m.unmount;
  return { root: m.root.querySelector<HTMLElement>('.popup')!, ...handlers };
}

const headings = (root: Element) =>
  [...root.querySelectorAll('h1, h2, h3')].map((h) => `${h.tagName}:${textOf(h)}`);

describe('Popup, an article with calls', () => {
  it('shows the header, the article, held calls, planned/denied apart, export and entities', async () => {
    const { root } = renderPopup(F.READY_STATE);
    expect(headings(root)).toEqual([
      'H1:Kontext',
      'H2:Telefonate2',
      'H3:Lloyd Austin und Sergei Schoigu',
      'H3:Olaf Scholz und Wladimir Putin',
      'H3:Geplant oder dementiert',
      'H3:Olaf Scholz und Wolodymyr Selenskyj',
      'H3:Wladimir Putin und Wolodymyr Selenskyj',
      'H2:Im Artikel erwähnt',
      'H3:Personen5',
      'H3:Orte3',
      'H3:Organisationen2',
      'H3:Begriffe1',
    ]);
    expect(textOf(root.querySelector('.popup__site'))).toBe('localhost');
    expect(textOf(root.querySelector('.page__date'))).toBe('Artikel vom 13.05.2022');
    const held = root.querySelectorAll('.block')[0]!.querySelectorAll(':scope > .calls > li > .call');
    expect(held).toHaveLength(2);
    const other = [...root.querySelectorAll('.block__sub .call')];
    expect(other.map((c) => textOf(c.querySelector('.call__badge')))).toEqual(['Geplant', 'Dementiert']);
    expect(textOf(root.querySelector('.actions'))).toContain('Als JSON kopieren');
    expect(textOf(root.querySelector('.actions'))).toContain('CSV herunterladen');
    expect(await axeViolations(root)).toEqual([]);
  });

  it('lists entities by type, most mentioned first, with counts for screen readers', () => {
    const { root } = renderPopup(F.READY_STATE);
    const people = root.querySelector('.group[data-type="person"]')!;
    expect([...people.querySelectorAll('.entity__name')].map((e) => textOf(e))).toEqual([
      'Wladimir Putin',
      'Lloyd Austin',
      'Sergei Schoigu',
      'Olaf Scholz',
      'John Kirby',
    ]);
    expect(textOf(people.querySelector('.entity'))).toBe('Wladimir Putin7×, 7 Erwähnungen');
    expect(textOf(people.querySelectorAll('.entity')[4]!)).toBe('John Kirby1×, 1 Erwähnung');
    expect([...root.querySelectorAll('.group')].map((g) => g.getAttribute('data-type'))).toEqual([
      'person',
      'place',
      'organisation',
      'term',
    ]);
  });

  it('has a keyboard switch for the site that reports its state', () => {
    const { root, onToggleSite } = renderPopup(F.READY_STATE);
    const sw = root.querySelector<HTMLButtonElement>('[role="switch"]')!;
    expect(sw.tagName).toBe('BUTTON');
    expect(sw.getAttribute('aria-checked')).toBe('true');
    const label = root.querySelector(`#${sw.getAttribute('aria-labelledby')}`);
    expect(textOf(label)).toBe('Markierungen auf dieser Website');
    sw.click();
    expect(onToggleSite).toHaveBeenCalledWith(false);
  });

  it('sends the offsets of a statement and of the call report when clicked', () => {
    const { root, onSelectEvidence } = renderPopup(F.READY_STATE);
    const first = root.querySelector('.call')!;
    first.querySelector<HTMLButtonElement>('.stmt')!.click();
    expect(onSelectEvidence).toHaveBeenLastCalledWith(120, 186);
    first.querySelector<HTMLButtonElement>('.call__jump')!.click();
    expect(onSelectEvidence).toHaveBeenLastCalledWith(40, 84);
  });

  it('confirms a copy once the handler resolves, and the CSV button calls its handler', async () => {
    let resolve!: () => void;
    const onCopyJson = vi.fn(() => new Promise<void>((r) => (resolve = r)));
    const { root, onDownloadCsv } = renderPopup(F.READY_STATE, { onCopyJson });
    const [copy, csv] = [...root.querySelectorAll<HTMLButtonElement>('.actions .btn')];
    const status = root.querySelector('.actions__status')!;
    expect(status.getAttribute('role')).toBe('status');
    await act(async () => copy!.click());
    expect(onCopyJson).toHaveBeenCalledOnce();
    expect(textOf(status)).toBe('');
    await act(async () => resolve());
    expect(textOf(status)).toBe('In die Zwischenablage kopiert');
    csv!.click();
    expect(onDownloadCsv).toHaveBeenCalledOnce();
  });

  it('does not claim a copy that failed', async () => {
    const onCopyJson = vi.fn(() => Promise.reject(new Error('denied')));
    const { root } = renderPopup(F.READY_STATE, { onCopyJson });
    await act(async () => root.querySelector<HTMLButtonElement>('.actions .btn')!.click());
    expect(textOf(root.querySelector('.actions__status'))).toBe('');
  });
});

describe('Popup, other states', () => {
  it('says when a very long page was annotated only in part', async () => {
    const { root } = renderPopup({ ...F.NO_CALLS_STATE, truncatedAt: 3_000_000 });
    expect(textOf(root.querySelector('.page__notice'))).toBe(
      'Sehr lange Seite: Kontext hat nur die ersten 3.000.000 Zeichen markiert.',
    );
    expect(await axeViolations(root)).toEqual([]);
  });

  it('offers the options page when the entrypoint can open it', () => {
    const onOpenOptions = vi.fn();
    const { root } = renderPopup(F.NO_CALLS_STATE, { onOpenOptions });
    root.querySelector<HTMLButtonElement>('.popup__options')!.click();
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });

  it('says when no calls were found but still lists entities and offers export', async () => {
    const { root } = renderPopup(F.NO_CALLS_STATE);
    expect(textOf(root.querySelector('.block__empty'))).toBe(
      'Auf dieser Seite wurden keine Telefonate gefunden.',
    );
    expect(root.querySelectorAll('.entity').length).toBe(11);
    expect(root.querySelector('.actions')).not.toBeNull();
    expect(await axeViolations(root)).toEqual([]);
  });

  it('shows both empty states and no export when nothing was found', async () => {
    const { root } = renderPopup(F.EMPTY_STATE);
    expect([...root.querySelectorAll('.block__empty')].map((e) => textOf(e))).toEqual([
      'Auf dieser Seite wurden keine Telefonate gefunden.',
      'Im Artikel wurden keine bekannten Namen oder Begriffe gefunden.',
    ]);
    expect(root.querySelector('.actions')).toBeNull();
    expect(await axeViolations(root)).toEqual([]);
  });

  it('lists the entities while the calls are still being extracted, and offers export only after', async () => {
    const { root } = renderPopup({ ...F.READY_STATE, calls: [], callsPending: true });
    const calls = root.querySelector('[aria-labelledby="kontext-calls-heading"]')!;
    expect(calls.getAttribute('aria-busy')).toBe('true');
    expect(textOf(calls.querySelector('[role="status"]'))).toBe('Telefonate werden gesucht …');
    expect(calls.querySelector('.block__empty:not(.block__pending)')).toBeNull();
    expect(root.querySelectorAll('.entity').length).toBe(11);
    expect(root.querySelector('.actions')).toBeNull();
    expect(await axeViolations(root)).toEqual([]);
  });

  it('renders a long call list in batches, all of it in the end', async () => {
    const many = Array.from({ length: 130 }, (_, i) => ({
      ...F.CALL_AUSTIN_SHOIGU,
      evidence: [{ ...F.CALL_AUSTIN_SHOIGU.evidence[0]!, start: i * 1000 }],
    }));
    const { root } = renderPopup({ ...F.READY_STATE, calls: many });
    const cards = () => root.querySelectorAll('.calls > li').length;
    expect(cards()).toBe(30);
    expect(textOf(root.querySelector('.block__count'))).toBe('130');
    for (let i = 0; i < 5 && cards() < 130; i++)
      await act(async () => {
        await new Promise((done) => setTimeout(done, 5));
      });
    expect(cards()).toBe(130);
  });

  it('announces loading', async () => {
    const { root } = renderPopup(F.LOADING_STATE);
    expect(root.querySelector('main')!.getAttribute('aria-busy')).toBe('true');
    expect(textOf(root.querySelector('[role="status"]'))).toBe('Der Artikel wird gelesen …');
    expect(await axeViolations(root)).toEqual([]);
  });

  it('explains a page that is not an article, with the reason', async () => {
    const { root } = renderPopup(F.NOT_ARTICLE_STATE);
    expect(textOf(root.querySelector('.notice__title'))).toBe('Kein Nachrichtenartikel');
    expect(textOf(root.querySelector('.notice__reason'))).toBe(
      'Grund: kein Artikel-Markup (og:type website)',
    );
    expect(root.querySelector('[role="switch"]')).not.toBeNull();
    expect(await axeViolations(root)).toEqual([]);
  });

  it('explains a switched-off site and shows the switch off', async () => {
    const { root, onToggleSite } = renderPopup(F.DISABLED_STATE);
    expect(textOf(root.querySelector('.notice__title'))).toBe('Markierungen ausgeschaltet');
    expect(textOf(root.querySelector('.notice__text'))).toContain('Auf localhost markiert Kontext nichts.');
    const sw = root.querySelector<HTMLButtonElement>('[role="switch"]')!;
    expect(sw.getAttribute('aria-checked')).toBe('false');
    expect(textOf(sw)).toBe('Aus');
    sw.click();
    expect(onToggleSite).toHaveBeenCalledWith(true);
    expect(root.querySelector('.call')).toBeNull();
    expect(await axeViolations(root)).toEqual([]);
  });

  it('has no switch on pages it cannot reach', async () => {
    const { root } = renderPopup(F.UNSUPPORTED_STATE);
    expect(root.querySelector('[role="switch"]')).toBeNull();
    expect(textOf(root.querySelector('.notice__title'))).toBe('Hier nicht verfügbar');
    expect(await axeViolations(root)).toEqual([]);
  });

  it('shows an error with its reason', async () => {
    const { root } = renderPopup(F.ERROR_STATE);
    expect(textOf(root.querySelector('.notice__title'))).toBe('Etwas ist schiefgelaufen');
    expect(textOf(root.querySelector('.notice__reason'))).toBe('Grund: TypeError: x is undefined');
    expect(await axeViolations(root)).toEqual([]);
  });

  it('renders in English', async () => {
    const { root } = renderPopup(F.READY_STATE, { lang: 'en' });
    expect(root.getAttribute('lang')).toBe('en');
    expect(textOf(root.querySelector('#kontext-calls-heading'))).toBe('Phone calls2');
    expect(textOf(root.querySelector('.page__date'))).toBe('Article of 13 May 2022');
    expect(textOf(root.querySelector('.call__facts'))).toBe(
      'Initiated by Lloyd AustinFirst contact since 18 February 2022',
    );
    // Statements quote the German article and keep lang="de" for hyphenation and speech.
    expect(root.querySelector('.stmt__text')!.getAttribute('lang')).toBe('de');
    expect(await axeViolations(root)).toEqual([]);
  });
});

describe('POPUP_CSS', () => {
  it('is 380 px wide, light and dark, with focus outlines and long-word wrapping', () => {
    expect(POPUP_CSS).toMatch(/width: 380px;/);
    expect(POPUP_CSS).toContain('@media (prefers-color-scheme: dark)');
    expect(POPUP_CSS).toContain(':focus-visible');
    expect(POPUP_CSS).toContain('hyphens: auto');
  });
});
