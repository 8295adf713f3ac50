import type { Page as PwPage } from 'playwright-core';
import type { KeyInput, Page as PptrPage } from 'puppeteer-core';

// The few page operations the demo and controls suites need, over Playwright (Chromium) and Puppeteer (Firefox).
export interface PageDriver {
  evaluate<T>(source: string): Promise<T>;
  mouseMove(x: number, y: number): Promise<void>;
  /** A touch tap (pointerType 'touch'), as on a phone or tablet. */
  tap(x: number, y: number): Promise<void>;
  /** A key or a combination such as 'Alt+Shift+N' (Playwright's notation). */
  press(combo: string): Promise<void>;
  click(selector: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  url(): string;
  /** Make this tab the visible one (hidden tabs get no animation frames). */
  bringToFront(): Promise<void>;
  reload(): Promise<void>;
  /** Every request URL the page made since the driver was created. */
  requests(): string[];
  /** Console messages ("type: text") and uncaught page errors ("pageerror: …") so far. */
  messages(): string[];
  close(): Promise<void>;
}

export function playwrightDriver(page: PwPage): PageDriver {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  const logged: string[] = [];
  page.on('console', (m) => logged.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logged.push(`pageerror: ${e.message}`));
  return {
    requests: () => [...seen],
    messages: () => [...logged],
    evaluate: (source) => page.evaluate(source),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    tap: (x, y) => page.touchscreen.tap(x, y),
    press: (combo) => page.keyboard.press(combo),
    click: (selector) => page.click(selector),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    url: () => page.url(),
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      await page.reload();
    },
    close: () => page.close(),
  };
}

export function puppeteerDriver(page: PptrPage): PageDriver {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  const logged: string[] = [];
  page.on('console', (m) => logged.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => logged.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  return {
    requests: () => [...seen],
    messages: () => [...logged],
    evaluate: (source) => page.evaluate(source) as Promise<never>,
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    tap: (x, y) => page.touchscreen.tap(x, y),
    press: async (combo) => {
      const keys = combo.split('+') as KeyInput[];
      for (const k of keys) await page.keyboard.down(k);
      for (const k of [...keys].reverse()) await page.keyboard.up(k);
    },
    click: (selector) => page.click(selector),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    url: () => page.url(),
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      await page.reload();
    },
    close: () => page.close(),
  };
}
