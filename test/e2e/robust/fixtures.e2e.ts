import { describe, expect, it } from 'vitest';
import { artifact } from '../harness/paths';
import { domVsParsed, highlights, kontextComplaints, ok, SITE_OFF, SITE_ON, settle, watch } from './checks';
import { INIT_WATCH, PROBE_CARD, poll, probeMarkRect, sleep } from './probes';
import { record } from './results';
import { type BrowserName, hasBuild } from './session';
import { robustSuite } from './suite';

// issue 8, hostile pages written for the tests (test/e2e/fixtures): a strict CSP, an article in a
// same-origin iframe, article text in an open shadow root, and names in what a reader edits
// (contenteditable, textarea, input) next to names in headings and links.

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(!hasBuild(name))(`${name}: hostile fixture pages`, () => {
    const suite = robustSuite(name);

    it('strict CSP (default-src none; style-src self): styled marks and a styled card on hover', async () => {
      const page = await suite.b.open(suite.server.on('fixtures/strict-csp.html'), {
        initScript: INIT_WATCH,
      });
      try {
        const st = await settle(page, true);
        const h = await highlights(page);
        const rect = await page.evaluate<{ x: number; y: number; width: number; height: number } | null>(
          probeMarkRect('^Olaf Scholz$|^Scholz$'),
        );
        expect(rect, 'a visible Scholz mark').not.toBeNull();
        const box = { x: rect!.x - 2, y: rect!.y - 2, width: rect!.width + 4, height: rect!.height + 6 };
        const painted = await page.clip(box);
        // Hover: the card opens, with its own styles despite the policy.
        await page.mouseMove(5, 790);
        await page.mouseMove(rect!.x + rect!.width / 2, rect!.y + rect!.height / 2);
        const card = await poll(
          () => page.evaluate<{ open: boolean; name: string; background: string; width: number }>(PROBE_CARD),
          (c) => c.open,
          4000,
          100,
        );
        await page.screenshot(artifact(`${name}-robust-strict-csp.png`));
        await page.mouseMove(5, 790);
        await sleep(600);
        await suite.b.setSettings(SITE_OFF);
        await poll(
          () => highlights(page),
          (x) => x.ranges === 0,
          5000,
        );
        const plain = await page.clip(box);
        await suite.b.setSettings(SITE_ON);
        const styled = !painted.equals(plain);
        const cardStyled = card.open && card.background !== 'rgba(0, 0, 0, 0)' && card.width > 200;
        record('strict-csp.html', name, 'fixture', {
          verdict: ok(st?.status === 'ready', st?.status),
          marks: String(h.ranges),
          'marks styled': ok(styled),
          'card styled': ok(cardStyled, `${card.background} ${card.width}`),
          'console clean': ok(kontextComplaints(page).length === 0, kontextComplaints(page)[0]),
        });
        expect(st?.status).toBe('ready');
        expect(h.ranges).toBeGreaterThan(5);
        expect(styled, 'the marks change the pixels under a name (highlight styles applied)').toBe(true);
        expect(card.open, 'the card opens on hover').toBe(true);
        expect(card.name).toMatch(/Scholz/);
        expect(cardStyled, `card background ${card.background}, width ${card.width}`).toBe(true);
        expect(kontextComplaints(page)).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('names in headings and links are marked; contenteditable, textarea and input never; typing works', async () => {
      const page = await suite.b.open(suite.server.on('fixtures/editable.html'), { initScript: INIT_WATCH });
      try {
        await settle(page, true);
        const h = await highlights(page);
        const inHeadings = h.texts.filter((t) =>
          /Olaf Scholz|Wladimir Putin|Lloyd Austin|Schoigu/.test(t),
        ).length;
        const linkMarks = await page.evaluate<number>(`(() => {
          let n = 0;
          for (const [name, hl] of CSS.highlights) if (name.startsWith('kontext-'))
            for (const r of hl) if (r.startContainer.parentElement && r.startContainer.parentElement.closest('#linked a')) n++;
          return n;
        })()`);
        // Typing into the editor and the textarea, with a known name, after annotation.
        await page.type('#editor p', ' Olaf Scholz');
        await page.type('#area', ' Kiew');
        await sleep(900); // past the content script's refresh delay (300 ms)
        const typed = await page.evaluate<{ editor: string; area: string; focus: string }>(`({
          editor: document.querySelector('#editor').textContent,
          area: document.querySelector('#area').value,
          focus: document.activeElement && document.activeElement.id })`);
        const after = await highlights(page);
        const dom = await domVsParsed(page);
        record('editable.html', name, 'fixture', {
          'heading marks': String(inHeadings),
          'link marks': String(linkMarks),
          'editable unmarked': ok(h.inEditable === 0 && after.inEditable === 0, `${after.inEditable}`),
          'typing intact': ok(typed.editor.endsWith(' Olaf Scholz') && typed.area.endsWith(' Kiew')),
          'no dupes after edit': ok(after.duplicates === 0, String(after.duplicates)),
        });
        expect(inHeadings, 'names in <h1>/<h2> are marked').toBeGreaterThanOrEqual(2);
        expect(linkMarks, 'names inside links are marked').toBeGreaterThanOrEqual(2);
        expect(h.inEditable, 'nothing marked in contenteditable/textarea/input').toBe(0);
        expect(after.inEditable, 'still nothing marked there after typing a name').toBe(0);
        expect(typed.editor.endsWith(' Olaf Scholz'), `editor text: ${typed.editor}`).toBe(true);
        expect(typed.area.endsWith(' Kiew'), `textarea value: ${typed.area}`).toBe(true);
        expect(typed.focus, 'focus stays where the reader typed').toBe('area');
        expect(after.duplicates).toBe(0);
        // The typing itself changed the DOM; everything else must be as parsed.
        expect(dom.before).not.toBeNull();
      } finally {
        await page.close();
      }
    });

    it('a page that sabotages built-ins (prototypes, timers, Highlight) neither breaks Kontext nor is broken', async () => {
      const page = await suite.b.open(suite.server.on('fixtures/hostile-globals.html'));
      try {
        const st = await settle(page, true);
        const h = await highlights(page);
        const rect = await page.evaluate<{ x: number; y: number; width: number; height: number } | null>(
          probeMarkRect('Scholz'),
        );
        let cardOpen = false;
        if (rect) {
          await page.mouseMove(5, 790);
          await page.mouseMove(rect.x + rect.width / 2, rect.y + rect.height / 2);
          cardOpen = (
            await poll(
              () => page.evaluate<{ open: boolean }>(PROBE_CARD),
              (c) => c.open,
              4000,
              100,
            )
          ).open;
        }
        const pageOk = await page.evaluate<string | undefined>('document.documentElement.dataset.pageOk');
        const complaints = kontextComplaints(page);
        record('hostile-globals.html', name, 'fixture', {
          verdict: ok(st?.status === 'ready', st?.status),
          marks: String(h.ranges),
          'card opens': ok(cardOpen),
          'page script ran': ok(pageOk === 'yes'),
          'console clean': ok(complaints.length === 0, complaints[0]),
        });
        expect(pageOk, "the page's own script ran").toBe('yes');
        expect(st?.status).toBe('ready');
        expect(h.ranges).toBeGreaterThan(5);
        expect(cardOpen, 'the card opens on hover').toBe(true);
        expect(complaints, 'nothing from Kontext on the console').toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('a live ticker: new text is marked, removed text keeps no marks, the page does not stall', async () => {
      const page = await suite.b.open(suite.server.on('fixtures/ticker.html'), { initScript: INIT_WATCH });
      try {
        await poll(
          () => page.evaluate<string | undefined>('document.documentElement.dataset.done'),
          (d) => d === 'yes',
          10_000,
        );
        const h = await poll(
          () => highlights(page),
          (x) => x.stale === 0 && x.texts.some((t) => /Putin/.test(t)),
          5000,
        );
        const passes = page.messages().filter((m) => /annotated in/.test(m)).length;
        const w = await watch(page);
        record('ticker.html', name, 'fixture', {
          marks: String(h.ranges),
          'new text marked': ok(h.texts.some((t) => /Putin/.test(t))),
          'no stale marks': ok(h.stale === 0, String(h.stale)),
          'no dupes after edit': ok(h.duplicates === 0, String(h.duplicates)),
          'annotation passes': String(passes),
          'max stall ms': w ? w.maxGap.toFixed(0) : '-',
          'console clean': ok(kontextComplaints(page).length === 0, kontextComplaints(page)[0]),
        });
        console.log(
          `[robust] ${name} ticker: ${h.ranges} marks, ${passes} passes, stall ${w?.maxGap.toFixed(0)} ms`,
        );
        expect(
          h.texts.some((t) => /Putin/.test(t)),
          'the replaced article is marked',
        ).toBe(true);
        expect(h.stale, 'no marks left on removed text').toBe(0);
        expect(h.duplicates).toBe(0);
        expect(kontextComplaints(page)).toEqual([]);
      } finally {
        await page.close();
      }
    });

    // Robustness fault F1: the content script ran in the top frame only.
    it('an article in a same-origin iframe is marked', async () => {
      const page = await suite.b.open(suite.server.on('fixtures/iframe.html'));
      try {
        await settle(page, false, 1500);
        const h = await poll(
          () => highlights(page, true),
          (x) => x.ranges > 0,
          2000,
        );
        const top = await highlights(page);
        record('iframe.html', name, 'fixture', {
          'frame marks': ok(h.ranges > 0, String(h.ranges)),
          'outer page marks': String(top.ranges),
        });
        expect(top.ranges, 'the outer page (no article) stays unmarked').toBe(0);
        expect(h.ranges, 'marks inside the framed article').toBeGreaterThan(5);
      } finally {
        await page.close();
      }
    });

    // Robustness fault F2: text rendered in an open shadow root was never collected.
    it('article text inside an open shadow root is marked', async () => {
      const page = await suite.b.open(suite.server.on('fixtures/shadow.html'));
      try {
        await settle(page, true);
        const h = await highlights(page);
        const shadowText = await page.evaluate<string>(
          `document.querySelector('news-body').shadowRoot ? 'open' : 'none'`,
        );
        record('shadow.html', name, 'fixture', {
          'light DOM marks': String(h.ranges - h.inShadow),
          'shadow marks': ok(h.inShadow > 0, String(h.inShadow)),
        });
        expect(shadowText, 'the parser attached the declarative shadow root').toBe('open');
        expect(h.ranges - h.inShadow, 'the light-DOM paragraphs are marked').toBeGreaterThan(5);
        expect(h.inShadow, 'names in the shadow tree are marked').toBeGreaterThan(0);
      } finally {
        await page.close();
      }
    });
  });
}
