// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsPageProps } from '../../components/options/OptionsPage';
import { addPack } from '../../lib/packs-store';
import { DEFAULT_SETTINGS, type Settings, withDefaults } from '../../lib/settings';
import { axeViolations, fire, mount, text } from './dom';
import { samplePack } from './fixtures';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

const NOW = new Date('2025-03-01T10:00:00Z');
const SHORTCUTS = [
  { name: '_execute_action', description: '', shortcut: '' },
  { name: 'toggle-annotations', description: 'Toggle', shortcut: 'Alt+Shift+K' },
  { name: 'next-mark', description: 'Next', shortcut: '' },
];

function renderPage(extra: Partial<OptionsPageProps> = {}) {
  const handlers = {
    onChange: vi.fn<(s: Settings) => void>(),
    onImportPack: vi.fn<(f: File) => void>(),
    onTogglePack: vi.fn(),
    onExportPack: vi.fn(),
    onRemovePack: vi.fn(),
    onUndoRemovePack: vi.fn(),
    onOpenShortcutSettings: vi.fn(),
  };
  const props: OptionsPageProps = {
    lang: 'de',
    settings: withDefaults({ ...DEFAULT_SETTINGS, disabledSites: ['spiegel.de', 'zeit.de'] }),
    packs: addPack([], samplePack(), NOW).packs,
    bundled: { asOf: '2026-05-01', entityCount: 1234 },
    shortcuts: SHORTCUTS,
    browser: 'chrome',
    packNotice: null,
    ...handlers,
    ...extra,
  };
  const m = mount(<OptionsPage {...props} />);
  cleanup = m.unmount;
  return {
    root: m.root,
    props,
    ...handlers,
    rerender: (p: Partial<OptionsPageProps>) => m.rerender(<OptionsPage {...props} {...p} />),
  };
}

const byLabel = (root: Element, label: string) => {
  const l = [...root.querySelectorAll('label')].find((x) => text(x) === label);
  const id = l?.getAttribute('for');
  return (id ? root.querySelector(`#${id}`) : l?.querySelector('input')) as HTMLInputElement | null;
};

describe('OptionsPage', () => {
  it('is clean under axe, with a pack, a rejected import and every section', async () => {
    const { root } = renderPage({
      packNotice: { kind: 'rejected', fileName: 'x.json', errors: ['x.json: entities[0] (a).type: bad'] },
    });
    expect(await axeViolations(root)).toEqual([]);
    const headings = [...root.querySelectorAll('h1, h2')].map(text);
    expect(headings).toEqual([
      'Kontext Einstellungen',
      'Anmerkungen',
      'Markierungen',
      'Sprache',
      'Tastenkombinationen',
      'Wissenspakete',
    ]);
  });

  it('English throughout when the reader chose English, and clean under axe', async () => {
    const { root } = renderPage({ lang: 'en' });
    expect(root.querySelector('.opt')?.getAttribute('lang')).toBe('en');
    expect(text(root.querySelector('h1'))).toBe('Kontext Settings');
    expect(text(root)).toContain('Bundled knowledge');
    expect(text(root)).toContain('1,234 entries, as of 1 May 2026');
    expect(text(root)).not.toContain('Einstellungen');
    expect(await axeViolations(root)).toEqual([]);
  });

  it('the global switch and "wieder aktivieren" write the whole next settings', () => {
    const { root, onChange } = renderPage();
    const sw = root.querySelector<HTMLButtonElement>('#opt-enabled')!;
    expect(sw.getAttribute('role')).toBe('switch');
    expect(sw.getAttribute('aria-checked')).toBe('true');
    act(() => sw.click());
    expect(onChange.mock.lastCall?.[0]).toMatchObject({
      enabled: false,
      disabledSites: ['spiegel.de', 'zeit.de'],
    });
    const again = root.querySelector<HTMLButtonElement>('button[aria-label="Wieder aktivieren: zeit.de"]')!;
    expect(text(again)).toBe('Wieder aktivieren');
    act(() => again.click());
    expect(onChange.mock.lastCall?.[0]).toMatchObject({ enabled: true, disabledSites: ['spiegel.de'] });
  });

  it('keeps keyboard focus in the site list when a site leaves it', () => {
    const { root, rerender, props } = renderPage();
    const sites = (list: string[]) => ({ settings: { ...props.settings, disabledSites: list } });
    const zeit = root.querySelector<HTMLButtonElement>('button[aria-label="Wieder aktivieren: zeit.de"]')!;
    zeit.focus();
    act(() => zeit.click());
    rerender(sites(['spiegel.de']));
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Wieder aktivieren: spiegel.de');
    act(() => (document.activeElement as HTMLButtonElement).click());
    rerender(sites([]));
    expect(document.activeElement?.id).toBe('opt-sites');
  });

  it('says so when no site is switched off', () => {
    const { root } = renderPage({ settings: withDefaults(DEFAULT_SETTINGS) });
    expect(root.querySelector('.opt-sites')).toBeNull();
    expect(text(root)).toContain('Keine. Eine Seite schalten Sie');
  });

  it('type checkboxes, style radios, hover slider and language each change one field', () => {
    const { root, onChange, rerender } = renderPage();
    const terms = byLabel(root, 'Begriffe')!;
    terms.checked = false;
    fire(terms, 'change');
    expect(onChange.mock.lastCall?.[0].types).toEqual({
      person: true,
      place: true,
      organisation: true,
      term: false,
    });

    const underline = byLabel(root, 'Unterstrichen')!;
    expect(underline.type).toBe('radio');
    underline.checked = true;
    fire(underline, 'change');
    expect(onChange.mock.lastCall?.[0].markStyle).toBe('underline');

    const slider = root.querySelector<HTMLInputElement>('#opt-hover')!;
    expect(text(root.querySelector('label[for="opt-hover"]'))).toBe('Karte öffnen nach');
    slider.value = '650';
    fire(slider, 'input');
    expect(onChange.mock.lastCall?.[0].hoverDelayMs).toBe(650);

    const select = root.querySelector<HTMLSelectElement>('#opt-ui-language')!;
    select.value = 'en';
    fire(select, 'change');
    expect(onChange.mock.lastCall?.[0].uiLanguage).toBe('en');

    // The preview follows the settings it is given.
    const off = withDefaults({ ...DEFAULT_SETTINGS, types: { term: false }, markStyle: 'background' });
    rerender({ settings: off });
    const preview = root.querySelector('.opt-preview')!;
    expect(preview.getAttribute('data-mark-style')).toBe('background');
    expect([...preview.querySelectorAll('.opt-mark')].map(text)).toEqual([
      'Friedrich Merz',
      'Brüssel',
      'Nato',
    ]);
    expect(text(root.querySelector('.opt-range__value'))).toBe('200 ms');
  });

  it('lists the shortcuts with their keys and opens the browser settings', () => {
    const { root, onOpenShortcutSettings } = renderPage();
    const rows = [...root.querySelectorAll('.opt-table tbody tr')].map((tr) => text(tr));
    expect(rows).toEqual([
      'Anmerkungen auf dieser Seite ein- und ausschalten Alt + Shift + K',
      'Zur nächsten Markierung, Karte öffnen keine',
      'Kontext-Menü in der Symbolleiste öffnen keine',
    ]);
    expect(root.querySelectorAll('.opt-table kbd.opt-key')).toHaveLength(3);
    expect(text(root)).toContain('chrome://extensions/shortcuts');
    expect(text(root)).toContain('about:addons');
    const open = [...root.querySelectorAll('button')].find((b) => text(b) === 'Tastenkombinationen ändern')!;
    act(() => open.click());
    expect(onOpenShortcutSettings).toHaveBeenCalledOnce();
  });

  it('says when the shortcuts cannot be read', () => {
    const { root } = renderPage({ shortcuts: null });
    expect(root.querySelector('.opt-table')).toBeNull();
    expect(text(root)).toContain('Der Browser nennt hier keine Tastenkombinationen.');
  });

  it('shows the bundled knowledge and each pack with counts; switch, export and remove name the pack', () => {
    const { root, onTogglePack, onExportPack, onRemovePack } = renderPage();
    expect(text(root.querySelector('.opt-bundled'))).toBe(
      'Mitgeliefertes Wissen 1.234 Einträge, Stand 01.05.2026',
    );
    const pack = root.querySelector('.opt-pack')!;
    expect(text(pack.querySelector('.opt-pack__name'))).toBe('Lokalpolitik Testhausen');
    expect(text(pack.querySelector('.opt-pack__meta'))).toBe(
      '3 Einträge Stand 15.01.2025 importiert am 01.03.2025',
    );
    expect(text(pack.querySelector('.opt-pack__types'))).toBe('Personen: 1 Orte: 1 Organisationen: 1');
    expect([...pack.querySelectorAll('.opt-entries__label')].map(text)).toEqual([
      'Erika Testfrau',
      'Testhausen',
      'Testhausener Bürgerbund',
    ]);
    const sw = pack.querySelector<HTMLButtonElement>('[role="switch"]')!;
    expect(sw.getAttribute('aria-label')).toBe('Verwenden: Lokalpolitik Testhausen');
    act(() => sw.click());
    expect(onTogglePack).toHaveBeenCalledWith('Lokalpolitik Testhausen', false);
    act(() =>
      pack
        .querySelector<HTMLButtonElement>('button[aria-label="Exportieren: Lokalpolitik Testhausen"]')!
        .click(),
    );
    expect(onExportPack).toHaveBeenCalledWith('Lokalpolitik Testhausen');
    act(() =>
      pack
        .querySelector<HTMLButtonElement>('button[aria-label="Entfernen: Lokalpolitik Testhausen"]')!
        .click(),
    );
    expect(onRemovePack).toHaveBeenCalledWith('Lokalpolitik Testhausen');
  });

  it('hands the chosen file to the import and clears the input for the next try', () => {
    const { root, onImportPack } = renderPage({ packs: [] });
    expect(text(root)).toContain('Noch keine eigenen Pakete.');
    const input = byLabel(root, 'Paket importieren …')!;
    expect(input.type).toBe('file');
    const file = new File(['{}'], 'pack.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fire(input, 'change');
    expect(onImportPack).toHaveBeenCalledWith(file);
  });

  it('lists every validation message of a rejected pack in an alert', () => {
    const errors = Array.from(
      { length: 7 },
      (_, i) => `bad.json: entities[${i}] (e${i}).wikidata: must be a Wikidata QID`,
    );
    const { root } = renderPage({ packNotice: { kind: 'rejected', fileName: 'bad.json', errors } });
    const alert = root.querySelector('[role="alert"]')!;
    expect(text(alert)).toContain(
      '„bad.json“ wurde nicht importiert, gespeicherte Pakete bleiben unverändert. Gefundene Fehler: 7',
    );
    expect([...alert.querySelectorAll('li')].map(text)).toEqual(errors);
  });

  it('offers undo after a removal and confirms imports in the live region', () => {
    const { root, onUndoRemovePack, rerender } = renderPage({ packNotice: { kind: 'removed', name: 'Alt' } });
    const live = root.querySelector('[aria-live="polite"]')!;
    expect(text(live)).toBe('„Alt“ entfernt. Rückgängig');
    expect(document.activeElement).toBe(live.querySelector('button'));
    act(() => live.querySelector('button')!.click());
    expect(onUndoRemovePack).toHaveBeenCalledOnce();
    rerender({ packNotice: { kind: 'restored', name: 'Lokalpolitik Testhausen' } });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Verwenden: Lokalpolitik Testhausen');
    rerender({ packNotice: { kind: 'imported', name: 'Neu', count: 1, replaced: false } });
    expect(text(live)).toBe('„Neu“ importiert: 1 Eintrag.');
    rerender({ packNotice: { kind: 'imported', name: 'Neu', count: 12, replaced: true } });
    expect(text(live)).toBe('„Neu“ ersetzt: jetzt 12 Einträge.');
  });

  it('renders strings from a pack as text, never as markup', () => {
    const evil = samplePack('<img src=x onerror="window.pwned=1">');
    evil.entities[0]!.label.de = '<b id="injected">fett</b>';
    const { root } = renderPage({
      packs: addPack([], evil, NOW).packs,
      packNotice: {
        kind: 'rejected',
        fileName: '<i id="f">x</i>.json',
        errors: ['<script>alert(1)</script>'],
      },
    });
    expect(root.querySelector('img, #injected, #f, script')).toBeNull();
    expect(text(root.querySelector('.opt-pack__name'))).toBe('<img src=x onerror="window.pwned=1">');
    expect(text(root)).toContain('<b id="injected">fett</b>');
  });
});

describe('the axe check itself', () => {
  it('does catch an unlabelled control in this environment', async () => {
    const m = mount(
      <div>
        <input type="checkbox" />
      </div>,
    );
    cleanup = m.unmount;
    expect((await axeViolations(m.root)).join('\n')).toMatch(/^label/m);
  });
});
