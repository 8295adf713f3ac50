import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type PopoverState,
  type PopupEntityItem,
  PROBE_DOM_VS_SERVED,
  PROBE_MARKS,
  PROBE_POPOVER,
  PROBE_POPUP_ENTITIES,
  type ProbedMark,
  type ProbeResult,
  pollUntil,
} from '../../../scripts/page-probe';
import { type Served, startServer } from '../../../scripts/serve';
import type { PageDriver } from './driver';
import { artifact, DEMO_DIR, VIEWPORT } from './paths';
import { countPixels, readPng } from './png';

/** One browser with the built extension loaded, as the demo suite needs it. */
export interface BrowserUnderTest {
  name: 'chromium' | 'firefox';
  /** A new tab at `url`; `initScript` runs in every document of it before the page's own scripts. */
  openPage(url: string, opts?: { initScript?: string }): Promise<PageDriver>;
  /** The toolbar popup for `page`'s tab, opened as a page of its own. */
  openPopup(page: PageDriver): Promise<PageDriver>;
  /**
   * Delivers an extension command (manifest `commands`) to the page's tab the way the background does
   * when its shortcut is pressed; for browsers whose automation cannot press browser-level shortcuts.
   */
  sendCommand?(page: PageDriver, command: string): Promise<void>;
  close(): Promise<void>;
}

// Words of the demo article that must carry a mark, and for compounds the part that is the name.
const MUST_MARK: Record<string, string[] | null> = {
  Schoigu: null,
  Shoigu: null,
  Donbass: null,
  Donbas: null,
  Putins: null,
  Austins: null,
  Russlands: null,
  Moskaus: null,
  Kiew: null,
  Mariupol: null,
  Ostukraine: null,
  Kirby: null, // surname only: links because "John Kirby" occurs earlier
  Hebestreit: null,
  'Nato-Verbündeten': ['Nato'],
  'Scholz-Sprecher': ['Scholz'],
  'Donbass-Region': ['Donbass'],
  'US-Senat': ['US-Senat', 'US'],
  'Ukraine-Krieg': ['Ukraine', 'Ukraine-Krieg'], // the war itself is a term
};

const visible = (m: ProbedMark, height: number = VIEWPORT.height) =>
  m.rect !== null && m.rect.y > 0 && m.rect.y < height - 40;
const center = (r: { x: number; y: number; width: number; height: number }) =>
  [r.x + r.width / 2, r.y + r.height / 2] as const;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export function defineDemoSuite(create: () => Promise<BrowserUnderTest>): void {
  let bt: BrowserUnderTest;
  let server: Served;
  let page: PageDriver;
  let firstMarks: ProbeResult;
  const marks = () => page.evaluate<ProbeResult>(PROBE_MARKS);
  const popover = () => page.evaluate<PopoverState>(PROBE_POPOVER);
  const waitPopover = (open: boolean, ms = 2500) => pollUntil(popover, (p) => p.open === open, ms, 50);

  async function hover(mark: ProbedMark): Promise<void> {
    const [x, y] = center(mark.rect!);
    await page.mouseMove(5, VIEWPORT.height - 10); // start from the empty margin so the move is a fresh enter
    await page.mouseMove(x, y);
  }

  beforeAll(async () => {
    const started = Date.now();
    server = await startServer({ root: DEMO_DIR });
    bt = await create();
    page = await bt.openPage(server.url);
    firstMarks = await pollUntil(marks, (r) => r.marks.length > 0, 15_000, 150);
    console.log(`[e2e] ${bt.name}: launched, loaded and annotated in ${Date.now() - started} ms`);
  });

  afterAll(async () => {
    await bt?.close();
    await server?.close();
  });

  it('marks names, spellings, inflected forms and compounds inside the article only', async () => {
    await page.screenshot(artifact(`${bt.name}-annotated.png`));
    const { marks: found, source } = firstMarks;
    expect(source, 'marks are painted as kontext-* CSS highlights').toBe('highlights');
    const words = new Map<string, ProbedMark[]>();
    for (const m of found) words.set(m.word, [...(words.get(m.word) ?? []), m]);
    const missing = Object.keys(MUST_MARK).filter((w) => !words.has(w));
    expect(missing, `words without a mark (marked: ${[...words.keys()].join(', ')})`).toEqual([]);
    for (const [word, parts] of Object.entries(MUST_MARK)) {
      if (!parts) continue;
      const texts = words.get(word)!.map((m) => m.text);
      expect(parts, `marked part of ${word}`).toContain(texts[0]);
    }
    const split = found.find((m) => m.text.replace(/\s+/g, ' ') === 'Wladimir Putin');
    expect(split, '<b>Wladimir</b> Putin is one mark across two elements').toBeDefined();
    const soft = found.find((m) => m.text.includes('\u00ad'));
    expect(soft?.text.replace('\u00ad', ''), 'a name with a soft hyphen').toMatch(/Hebestreit$/);
    expect(words.get('Schoigu')![0]!.type).toBe('person');
    expect(words.get('Donbas')![0]!.type).toBe('place');
    expect(words.get('Nato-Verbündeten')![0]!.type).toBe('organisation');
    const outside = found.filter((m) => m.landmark !== 'article').map((m) => `${m.text} in <${m.landmark}>`);
    expect(outside, 'no marks in navigation, teaser box or footer').toEqual([]);
    console.log(`[e2e] ${bt.name}: ${found.length} marks`);
  });

  it('makes no network request of its own', async () => {
    expect(page.requests(), 'the recorder sees the page loading its stylesheet').toContain(
      `${server.url}assets/article.css`,
    );
    const foreign = page
      .requests()
      .filter((u) => !u.startsWith(server.url) && !/^(chrome|moz)-extension:|^data:|^blob:/.test(u));
    expect(foreign, 'requests leaving localhost').toEqual([]);
  });

  it('painting leaves the DOM exactly as served', async () => {
    const { live, served } = await page.evaluate<{ live: string; served: string }>(PROBE_DOM_VS_SERVED);
    expect(live).toBe(served);
  });

  it('opens a card on hover after a short delay; Escape and moving away close it', async () => {
    const { marks: found } = await marks();
    const target = found.find((m) => m.text === 'Schoigu' && visible(m));
    expect(target, 'a visible Schoigu mark').toBeDefined();
    await hover(target!);
    const t0 = Date.now();
    await sleep(60);
    expect((await popover()).open, 'not instantly: hover intent waits ~150-300 ms').toBe(false);
    const card = await waitPopover(true);
    const delay = Date.now() - t0;
    expect(card.open, 'card opens on hover').toBe(true);
    console.log(`[e2e] ${bt.name}: card opened ${delay} ms after the pointer arrived`);
    await page.screenshot(artifact(`${bt.name}-popover.png`));
    expect(card.name).toMatch(/Schoigu/);
    expect(card.text).toMatch(/Person/);
    // Role on the publication date (13 May 2022): Russia's defence minister (until May 2024).
    expect(card.text).toMatch(/13\.05\.2022.*Verteidigungsminister/);
    // ... and the role now (Secretary of the Security Council since May 2024).
    expect(card.text).toMatch(/Sicherheitsrat/);
    expect(card.links.some((href) => href.startsWith('https://de.wikipedia.org/wiki/'))).toBe(true);

    expect(card.text, 'aliases include the other spelling').toMatch(/Shoigu/);
    // Moving into the card keeps it open.
    const [cx, cy] = center(card.rect!);
    const onTop = await page.evaluate<string>(`document.elementFromPoint(${cx}, ${cy})?.localName ?? ''`);
    expect(onTop, 'nothing of the page covers the card').toBe('kontext-popover');
    await page.mouseMove(cx, cy);
    await sleep(700);
    expect((await popover()).open, 'card stays open while the pointer is on it').toBe(true);

    await page.press('Escape');
    expect((await waitPopover(false)).open, 'Escape closes').toBe(false);

    await hover(target!);
    expect((await waitPopover(true)).open).toBe(true);
    await page.mouseMove(5, VIEWPORT.height - 10);
    expect((await waitPopover(false, 3000)).open, 'moving away closes').toBe(false);
  });

  it('opens a card on tap and closes it on a tap elsewhere', async () => {
    await page.mouseMove(5, VIEWPORT.height - 10);
    const { marks: found } = await marks();
    const target =
      found.find((m) => m.word === 'Putin' && visible(m)) ??
      found.find((m) => m.text.endsWith('Putin') && visible(m));
    expect(target, 'a visible Putin mark').toBeDefined();
    const [x, y] = center(target!.rect!);
    await page.tap(x, y);
    const card = await waitPopover(true, 1500);
    expect(card.open, 'tap opens the card').toBe(true);
    expect(card.name).toMatch(/Putin/);
    await page.tap(5, VIEWPORT.height - 10);
    expect((await waitPopover(false)).open, 'a tap elsewhere closes it').toBe(false);
  });

  // KEYBOARD (contract with the lead, 2026-11-26): manifest command `next-mark`, default Alt+Shift+. (Period),
  // steps to the next mark and opens and focuses its card. Synthetic key events may not reach the
  // browser's shortcut handling in headless automation; then the command is delivered through the
  // background (`sendCommand`) and the test says so.
  it('steps to the next mark from the keyboard and opens its card', async () => {
    await page.mouseMove(5, VIEWPORT.height - 10);
    await page.evaluate(
      'document.activeElement && document.activeElement.blur && document.activeElement.blur()',
    );
    await page.press('Alt+Shift+Period');
    let card = await waitPopover(true, 1500);
    if (!card.open && bt.sendCommand) {
      console.log(
        `[e2e] ${bt.name}: Alt+Shift+Period did not reach the extension (automation cannot press browser shortcuts); delivering the next-mark command through the test path`,
      );
      await bt.sendCommand(page, 'next-mark');
      card = await waitPopover(true);
    }
    expect(card.open, 'next-mark opens a card').toBe(true);
    expect(card.name).toBeTruthy();
    const focusedInCard = await page.evaluate<boolean>(
      `(() => { const h = document.activeElement; return !!h && h.localName === 'kontext-popover'; })()`,
    );
    expect(focusedInCard, 'focus moves into the card').toBe(true);
    await page.press('Escape');
    expect((await waitPopover(false)).open).toBe(false);
  });

  it('lists the entities in the popup and switching off removes every mark without a trace', async () => {
    // The marks must be seen, not only registered: the stylesheet comes with the annotator (HIGHLIGHT_CSS).
    const shown = (await marks()).marks.filter((m) => m.type === 'person' && visible(m));
    await page.screenshot(artifact(`${bt.name}-on.png`));
    const popup = await bt.openPopup(page);
    try {
      const items = await pollUntil(
        () => popup.evaluate<PopupEntityItem[]>(PROBE_POPUP_ENTITIES),
        (list) => list.length > 0,
        10_000,
      );
      // The calls come from the popup's worker, after the entities; the export waits for them.
      const where = await pollUntil(
        () => popup.evaluate<string | null>('document.documentElement.dataset.callsWhere ?? null'),
        (w) => w !== null,
        10_000,
      );
      expect(where, 'calls extracted in a worker, off the popup thread').toBe('worker');
      expect(
        await popup.evaluate<number>(`document.querySelectorAll('.call').length`),
      ).toBeGreaterThanOrEqual(2);
      expect(await popup.evaluate<number>(`document.querySelectorAll('.block__pending').length`)).toBe(0);
      await popup.screenshot(artifact(`${bt.name}-popup-calls.png`));
      await popup.evaluate(`(document.querySelector('.entities') || document.body).scrollIntoView()`);
      await popup.screenshot(artifact(`${bt.name}-popup.png`));
      // The popup follows the browser's UI language: German or English labels.
      const groupOf = (name: RegExp) => items.find((i) => name.test(i.text))?.group;
      const expected: [RegExp, string][] = [
        [/Lloyd Austin/, 'person'],
        [/Scho[iy]gu|Shoigu/, 'person'],
        [/Olaf Scholz/, 'person'],
        [/Putin/, 'person'],
        [/Hebestreit/, 'person'],
        [/Kirby/, 'person'],
        [/Donbass?/, 'place'],
        [/Mariupol/, 'place'],
        [/Nato|NATO/, 'organisation'],
      ];
      for (const [name, type] of expected)
        expect(groupOf(name), `popup lists ${name} under ${type}`).toBe(type);
      expect(
        items.every((i) => /\d/.test(i.text)),
        'every item shows its mention count',
      ).toBe(true);
      const names = items.map((i) => i.id ?? i.text);
      expect(new Set(names).size, 'each entity listed once').toBe(names.length);
      const countBefore = firstMarks.marks.length;

      await popup.click('[role=switch]');
      const off = await pollUntil(marks, (r) => r.marks.length === 0, 5000);
      expect(off.marks, 'no marks after switching off').toEqual([]);
      expect(await popover().then((p) => p.open)).toBe(false);
      const { live, served } = await page.evaluate<{ live: string; served: string }>(PROBE_DOM_VS_SERVED);
      expect(live, 'DOM after switching off equals the served page').toBe(served);
      await page.screenshot(artifact(`${bt.name}-off.png`));
      // The person underline (#2563eb at 75 % over white) and its tint, in each mark's box and below it.
      const blueIn = (file: string) => {
        const img = readPng(artifact(file));
        return shown.map((m) =>
          countPixels(img, { ...m.rect!, height: m.rect!.height + 4 }, (r, _g, b) => b - r > 80 && b > 150),
        );
      };
      const [onBlue, offBlue] = [blueIn(`${bt.name}-on.png`), blueIn(`${bt.name}-off.png`)];
      expect(shown.length, 'person marks in view').toBeGreaterThan(0);
      for (const [i, m] of shown.entries())
        expect(onBlue[i], `blue pixels under "${m.text}"`).toBeGreaterThanOrEqual(m.rect!.width / 2);
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      expect(sum(offBlue), 'the same places after switching off').toBeLessThan(sum(onBlue) / 20);

      // The popup re-reads the tab's state after a toggle; click again only once it shows "off".
      const switchState = () =>
        popup.evaluate<string | null>(
          `document.querySelector('[role=switch]')?.getAttribute('aria-checked') ?? null`,
        );
      expect(await pollUntil(switchState, (v) => v === 'false', 5000), 'switch shows off').toBe('false');
      await popup.click('[role=switch]');
      // The toolbar popup leaves the page visible; the popup opened as a tab hides it, and a hidden tab
      // gets no animation frames, in which Kontext may schedule its work.
      await page.bringToFront();
      const on = await pollUntil(marks, (r) => r.marks.length > 0, 5000);
      expect(on.marks.length, 'switching on again paints the same marks, no duplicates').toBe(countBefore);
      await popup.screenshot(artifact(`${bt.name}-popup-on-again.png`));
    } finally {
      await popup.close();
    }
  });
}
