// Renders every state of the popover card and the popup to static HTML (test-artifacts/ui-preview*.html),
// each inside a declarative shadow root with its real stylesheet, and screenshots them in light
// and dark with headless Chromium.
//   npx tsx scripts/render-ui-preview.tsx [--no-screenshots]

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JSX } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { CARD_CSS, EntityCard, type EntityCardProps } from '../components/EntityCard';
import { POPUP_CSS, Popup, type PopupProps } from '../components/Popup';
import { bundledKnowledge } from '../lib/knowledge/bundled';
import { roleOn } from '../lib/knowledge/roles';
import * as F from '../test/components/fixtures';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'test-artifacts');
const noop = () => {};

const cardBase: Omit<EntityCardProps, 'entity' | 'roleThen' | 'roleNow'> = {
  published: '2022-05-13',
  today: '2026-11-26',
  knowledgeAsOf: '2026-11-01',
  lang: 'de',
  onClose: noop,
};

const CARDS: [string, EntityCardProps][] = [
  [
    'Person, Amt damals und heute',
    { ...cardBase, entity: F.SHOIGU, roleThen: F.ROLE_DEFENCE_RU, roleNow: F.ROLE_SECURITY_COUNCIL },
  ],
  [
    'Person, damals wie heute',
    { ...cardBase, entity: F.PUTIN, roleThen: F.ROLE_PRESIDENT_RU, roleNow: F.ROLE_PRESIDENT_RU },
  ],
  ['Person, heute ohne Amt', { ...cardBase, entity: F.SCHOLZ, roleThen: F.ROLE_CHANCELLOR, roleNow: null }],
  ['Ort, keine Ämter', { ...cardBase, entity: F.DONBAS, roleThen: null, roleNow: null }],
  ['Organisation', { ...cardBase, entity: F.NATO, roleThen: null, roleNow: null }],
  [
    'Erscheinungsdatum unbekannt',
    { ...cardBase, published: null, entity: F.PUTIN, roleThen: null, roleNow: F.ROLE_PRESIDENT_RU },
  ],
  ['Lange Wörter, viele Schreibweisen', { ...cardBase, entity: F.LONG_TERM, roleThen: null, roleNow: null }],
  ['Langer Amtstitel', { ...cardBase, entity: F.LONG_PERSON, roleThen: F.ROLE_LONG, roleNow: F.ROLE_LONG }],
  [
    'English',
    {
      ...cardBase,
      lang: 'en',
      entity: F.SHOIGU,
      roleThen: F.ROLE_DEFENCE_RU,
      roleNow: F.ROLE_SECURITY_COUNCIL,
    },
  ],
];

// Rendered inside a page whose CSS tries hard to restyle everything: the card must look the same.
const HOSTILE_CSS = `.hostile, .hostile * { font: italic 30px/3 Impact, serif !important; color: red !important;
  letter-spacing: 4px !important; text-transform: uppercase !important; text-align: center !important;
  background: yellow !important; border: 3px dashed lime !important; white-space: pre !important; }`;

const popupBase: Omit<PopupProps, 'state'> = {
  lang: 'de',
  labels: F.LABELS,
  onToggleSite: noop,
  onSelectEvidence: noop,
  onCopyJson: noop,
  onDownloadCsv: noop,
};

const POPUPS: [string, PopupProps][] = [
  ['Artikel mit Telefonaten', { ...popupBase, state: F.READY_STATE }],
  ['Keine Telefonate', { ...popupBase, state: F.NO_CALLS_STATE }],
  ['Nichts gefunden', { ...popupBase, state: F.EMPTY_STATE }],
  ['Lädt', { ...popupBase, state: F.LOADING_STATE }],
  ['Kein Artikel', { ...popupBase, state: F.NOT_ARTICLE_STATE }],
  ['Website ausgeschaltet', { ...popupBase, state: F.DISABLED_STATE }],
  ['Nicht unterstützt', { ...popupBase, state: F.UNSUPPORTED_STATE }],
  ['Fehler', { ...popupBase, state: F.ERROR_STATE }],
  ['English', { ...popupBase, lang: 'en', state: F.READY_STATE }],
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function shadow(css: string, node: JSX.Element): string {
  return `<div class="host"><template shadowrootmode="open"><style>${css}</style>${renderToString(node)}</template></div>`;
}

function page(title: string, sections: string[]): string {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark">
<title>${esc(title)}</title>
<style>
  body { margin: 0; padding: 16px 20px 32px; background: #eeede9; font: 13px/1.4 system-ui, sans-serif; color: #444; }
  @media (prefers-color-scheme: dark) { body { background: #0f0f12; color: #aaa; } }
  h1 { font-size: 15px; margin: 0 0 12px; }
  .state { margin: 0 0 28px; }
  .state > p { margin: 0 0 6px; font-size: 12px; letter-spacing: 0.04em; text-transform: uppercase; }
  .popup-frame { width: 380px; border: 1px solid rgba(0,0,0,.15); box-shadow: 0 4px 16px rgba(0,0,0,.12); }
</style></head>
<body><h1>${esc(title)}</h1>
${sections.join('\n')}
</body></html>
`;
}

const cardSections = CARDS.map(
  ([name, props]) =>
    `<section class="state"><p>${esc(name)}</p>${shadow(CARD_CSS, <EntityCard {...props} />)}</section>`,
);
cardSections.push(
  `<section class="state"><p>Seiten-CSS versucht alles umzufärben</p><style>${HOSTILE_CSS}</style><div class="hostile">${shadow(
    CARD_CSS,
    <EntityCard
      {...cardBase}
      entity={F.SHOIGU}
      roleThen={F.ROLE_DEFENCE_RU}
      roleNow={F.ROLE_SECURITY_COUNCIL}
    />,
  )}</div></section>`,
);
// The bundled knowledge as the extension ships it, for a few names of the seed article.
const REAL_IDS = [
  'sergei-shoigu',
  'olaf-scholz',
  'friedrich-merz',
  'charles-iii',
  'lloyd-austin',
  'kyiv',
  'nato',
  'donbas',
];
const realSections = REAL_IDS.flatMap((id) => {
  const entity = bundledKnowledge.entities.find((e) => e.id === id);
  if (!entity) return [];
  const props: EntityCardProps = {
    ...cardBase,
    today: bundledKnowledge.asOf,
    knowledgeAsOf: bundledKnowledge.asOf,
    entity,
    roleThen: roleOn(entity, '2022-05-13'),
    roleNow: roleOn(entity, bundledKnowledge.asOf),
  };
  return [
    `<section class="state"><p>Bundle: ${esc(id)}</p>${shadow(CARD_CSS, <EntityCard {...props} />)}</section>`,
  ];
});
const popupSections = POPUPS.map(
  ([name, props]) =>
    `<section class="state"><p>${esc(name)}</p><div class="popup-frame">${shadow(POPUP_CSS, <Popup {...props} />)}</div></section>`,
);

mkdirSync(join(outDir, 'ui-states'), { recursive: true });
const files: Record<string, string> = {
  'ui-preview.html': page('Kontext – alle Zustände', [...cardSections, ...realSections, ...popupSections]),
  'ui-preview-cards.html': page('Kontext – Karten', cardSections),
  'ui-preview-bundle.html': page('Kontext – Karten mit den gebündelten Daten', realSections),
  'ui-preview-popup.html': page('Kontext – Popup', popupSections.slice(0, 1)),
  'ui-preview-popup-states.html': page('Kontext – Popup-Zustände', popupSections.slice(1)),
};
for (const [name, html] of Object.entries(files)) writeFileSync(join(outDir, name), html);
console.log(
  `wrote ${Object.keys(files)
    .map((f) => join('test-artifacts', f))
    .join(', ')}`,
);

if (!process.argv.includes('--no-screenshots')) {
  const { chromium } = await import('playwright-core');
  const axeReport: string[] = [];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ viewport: { width: 420, height: 900 }, colorScheme: scheme });
      const tab = await ctx.newPage();
      for (const name of Object.keys(files)) {
        if (name === 'ui-preview.html') continue;
        await tab.goto(`file://${join(outDir, name)}`);
        // axe-core in a real browser, where contrast can be measured (happy-dom has no layout).
        await tab.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
        const violations = await tab.evaluate(async () => {
          const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
          const out: string[] = [];
          // One state at a time: the preview page itself stacks several popups (several <main>s).
          for (const state of document.querySelectorAll('.state .host')) {
            const r = await axe.run(state, {
              // Each popup is its own document in the extension; only the preview stacks several.
              rules: { region: { enabled: false }, 'landmark-no-duplicate-main': { enabled: false } },
            });
            out.push(...r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`));
            const contrast = r.passes.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0;
            const unsure = r.incomplete.find((p) => p.id === 'color-contrast')?.nodes.length ?? 0;
            out.push(`contrast ok ${contrast}, unsure ${unsure}`);
          }
          return out;
        });
        axeReport.push(`${name} (${scheme}): ${violations.join('; ')}`);
        const png = join(outDir, name.replace('.html', `-${scheme}.png`));
        await tab.screenshot({ path: png, fullPage: true });
        // One image per state as well: the full pages are too tall to inspect at 1:1.
        const states = tab.locator('.state');
        const count = await states.count();
        for (let i = 0; i < count; i++) {
          const one = join(outDir, 'ui-states', name.replace('.html', `-${i + 1}-${scheme}.png`));
          await states.nth(i).screenshot({ path: one });
          // Tall states also in 640 px slices, readable at 1:1.
          const box = await states.nth(i).boundingBox();
          if (box && box.height > 900) {
            // boundingBox is relative to the viewport; a full-page clip is relative to the page.
            const scrollY = await tab.evaluate(() => window.scrollY);
            for (let y = 0, part = 1; y < box.height; y += 640, part++) {
              const clip = {
                x: box.x,
                y: box.y + scrollY + y,
                width: box.width,
                height: Math.min(640, box.height - y),
              };
              await tab.screenshot({ path: one.replace('.png', `-part${part}.png`), clip, fullPage: true });
            }
          }
        }
        console.log(`screenshot ${png}`);
      }
      await ctx.close();
    }
  } finally {
    await browser.close();
  }
  console.log(axeReport.join('\n'));
  firefoxScreenshots();
}

/** Firefox hyphenates and lays out fonts differently: the same pages through firefox-esr --screenshot. */
function firefoxScreenshots(): void {
  const firefox = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((f) => existsSync(f));
  if (!firefox) return;
  for (const scheme of ['light', 'dark'] as const) {
    const profile = mkdtempSync(join(tmpdir(), 'kontext-ff-'));
    writeFileSync(
      join(profile, 'user.js'),
      `user_pref("ui.systemUsesDarkTheme", ${scheme === 'dark' ? 1 : 0});\n`,
    );
    for (const name of ['ui-preview-cards.html', 'ui-preview-popup.html']) {
      const png = join(outDir, name.replace('.html', `-firefox-${scheme}.png`));
      try {
        execFileSync(
          firefox,
          [
            '--headless',
            '--no-remote',
            '--profile',
            profile,
            '--window-size=420,2400',
            '--screenshot',
            png,
            `file://${join(outDir, name)}`,
          ],
          { stdio: 'ignore', timeout: 90_000 },
        );
        console.log(`screenshot ${png}`);
      } catch (e) {
        console.warn(`firefox screenshot failed for ${name}: ${(e as Error).message}`);
      }
    }
    rmSync(profile, { recursive: true, force: true });
  }
}
