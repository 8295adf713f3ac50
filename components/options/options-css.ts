// Styles of the options page. The entry injects OPTIONS_CSS in a <style>; the preview and the
// screenshots use the same string. Mark colours follow entrypoints/article.content/highlights.css,
// so the preview looks like an annotated article.

import { FONT_SANS, FONT_SERIF, themeCss, WRAP } from '../theme';

const MARKS_LIGHT = `
  --m-person-bg: rgb(59 130 246 / 0.14); --m-person-line: rgb(37 99 235 / 0.75);
  --m-place-bg: rgb(16 185 129 / 0.14); --m-place-line: rgb(5 150 105 / 0.75);
  --m-organisation-bg: rgb(245 158 11 / 0.16); --m-organisation-line: rgb(217 119 6 / 0.8);
  --m-term-bg: rgb(168 85 247 / 0.13); --m-term-line: rgb(147 51 234 / 0.7);
`;
const MARKS_DARK = `
  --m-person-bg: rgb(96 165 250 / 0.2); --m-person-line: rgb(147 197 253 / 0.85);
  --m-place-bg: rgb(52 211 153 / 0.18); --m-place-line: rgb(110 231 183 / 0.85);
  --m-organisation-bg: rgb(251 191 36 / 0.18); --m-organisation-line: rgb(252 211 77 / 0.85);
  --m-term-bg: rgb(192 132 252 / 0.18); --m-term-line: rgb(216 180 254 / 0.85);
`;

export const OPTIONS_CSS = `
${themeCss('.opt')}
.opt {${MARKS_LIGHT}}
@media (prefers-color-scheme: dark) { .opt:not([data-theme="light"]) {${MARKS_DARK}} }
.opt[data-theme="dark"] {${MARKS_DARK}}

html, body { margin: 0; padding: 0; background: #f5f4f0; }
@media (prefers-color-scheme: dark) { html, body { background: #141417; } }
.opt {
  box-sizing: border-box;
  min-height: 100vh;
  padding: 32px 20px 48px;
  background: var(--k-bg-soft);
  color: var(--k-fg);
  font: 400 15px/1.55 ${FONT_SANS};
  -webkit-font-smoothing: antialiased;
  ${WRAP}
}
@media (prefers-color-scheme: dark) { .opt:not([data-theme="light"]) { background: #141417; } }
.opt[data-theme="dark"] { background: #141417; }
/* Resets in :where() weigh nothing, so every component rule below wins over them. */
:where(.opt) *, :where(.opt) *::before, :where(.opt) *::after { box-sizing: border-box; }
:where(.opt) :where(h1, h2, h3, h4, p, ul, dl, dd, figure) { margin: 0; padding: 0; }
:where(.opt) ul { list-style: none; }
:where(.opt) :where(button, select, input) { font: inherit; color: inherit; }
.opt :focus-visible { outline: 2px solid var(--k-focus); outline-offset: 2px; }
.opt button:focus:not(:focus-visible) { outline: none; }
.opt code { font: 12.5px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; }
.sr-only {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}

.opt-head, .opt-main, .opt-foot { max-width: 720px; margin: 0 auto; }
.opt-head { padding: 0 4px 20px; }
.opt-head__title { display: flex; align-items: center; gap: 12px; font: 700 26px/1.2 ${FONT_SERIF}; }
.opt-head__logo {
  display: inline-grid; place-items: center; width: 34px; height: 34px; border-radius: 8px; flex: none;
  background: var(--k-fg); color: var(--k-bg); font: 700 21px/1 ${FONT_SERIF};
}
.opt-head__sub { font: 400 20px/1.2 ${FONT_SANS}; color: var(--k-fg-muted); margin-left: 4px; }
.opt-head__intro { margin-top: 8px; color: var(--k-fg-muted); }
.opt-main { display: grid; gap: 16px; }
.opt-foot { padding: 24px 4px 0; font-size: 13px; color: var(--k-fg-muted); }

.opt-section {
  padding: 20px 24px 22px; border: 1px solid var(--k-border); border-radius: 12px; background: var(--k-bg);
}
.opt-section__title { font: 600 19px/1.3 ${FONT_SERIF}; margin-bottom: 14px; }
.opt-subtitle { font-size: 14px; font-weight: 600; margin: 20px 0 8px; }
.opt-hint { font-size: 13.5px; color: var(--k-fg-muted); margin-top: 6px; }
.opt-muted { color: var(--k-fg-muted); }
.opt-row { display: flex; align-items: center; justify-content: space-between; gap: 16px; }

/* Buttons */
.opt-button {
  display: inline-flex; align-items: center; justify-content: center; gap: 6px;
  min-height: 34px; padding: 5px 14px; border: 1px solid var(--k-border); border-radius: 8px;
  background: var(--k-bg); color: var(--k-fg); font-size: 14px; font-weight: 500; cursor: pointer;
  white-space: nowrap; hyphens: manual;
}
.opt-button:hover { background: var(--k-bg-hover); }
.opt-button--primary { background: var(--k-accent); border-color: var(--k-accent); color: var(--k-bg); font-weight: 600; }
.opt-button--primary:hover { background: var(--k-accent); filter: brightness(1.08); }
.opt-button--danger { color: var(--k-denied); }
.opt-button--danger:hover { background: var(--k-denied-bg); }
.opt-button--small { min-height: 28px; padding: 2px 10px; font-size: 13px; }

/* Switch (same look as the popup's) */
.switch { display: flex; align-items: center; gap: 12px; justify-content: space-between; width: 100%; }
.switch__label { font-weight: 600; }
.switch__control, .opt-toggle {
  display: inline-flex; align-items: center; gap: 8px; flex: none;
  padding: 2px; border: 0; border-radius: 999px; background: transparent; cursor: pointer;
}
.switch__track { position: relative; width: 40px; height: 24px; border-radius: 999px; background: var(--k-switch-off); }
.switch__thumb {
  position: absolute; top: 3px; left: 3px; width: 18px; height: 18px; border-radius: 50%;
  background: #fff; box-shadow: 0 1px 2px rgba(0, 0, 0, 0.3);
}
[aria-checked="true"] > .switch__track { background: var(--k-switch-on); }
[aria-checked="true"] > .switch__track .switch__thumb { left: 19px; }
.switch__state { min-width: 26px; font-size: 13px; font-weight: 600; text-align: start; }
@media (prefers-reduced-motion: no-preference) {
  .switch__thumb { transition: left 140ms ease; }
  .switch__track { transition: background-color 140ms ease; }
}

/* Disabled sites */
.opt-sites { display: grid; gap: 6px; }
.opt-sites__item {
  display: flex; align-items: center; justify-content: space-between; gap: 12px;
  padding: 6px 6px 6px 12px; border: 1px solid var(--k-rule); border-radius: 8px; background: var(--k-bg-soft);
}
.opt-sites__name { font-weight: 500; overflow-wrap: anywhere; }

/* Fieldsets */
.opt-fieldset { border: 0; margin: 0 0 20px; padding: 0; min-width: 0; }
.opt-legend { display: block; padding: 0; margin-bottom: 8px; font-size: 14px; font-weight: 600; }
.opt-checks { display: flex; flex-wrap: wrap; gap: 8px; }
.opt-check {
  display: inline-flex; align-items: center; gap: 8px; padding: 6px 12px 6px 10px;
  border: 1px solid var(--k-border); border-radius: 999px; cursor: pointer; user-select: none;
}
.opt-check:hover { background: var(--k-bg-hover); }
.opt-check input { margin: 0; width: 16px; height: 16px; accent-color: var(--k-accent); }
.opt-check__swatch { width: 10px; height: 10px; border-radius: 50%; }
.opt-check--person .opt-check__swatch { background: var(--k-person); }
.opt-check--place .opt-check__swatch { background: var(--k-place); }
.opt-check--organisation .opt-check__swatch { background: var(--k-organisation); }
.opt-check--term .opt-check__swatch { background: var(--k-term); }
.opt-check:has(input:focus-visible), .opt-style:has(input:focus-visible) { outline: 2px solid var(--k-focus); outline-offset: 2px; }
.opt-check:has(input:checked) { border-color: var(--k-accent); }
/* The whole pill or tile shows focus; a second ring on the box inside it would only add noise. */
.opt-check input:focus-visible, .opt-style input:focus-visible { outline: none; }

.opt-styles { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 8px; }
.opt-style {
  display: grid; grid-template-columns: auto 1fr; align-items: center; gap: 4px 8px;
  padding: 10px 12px; border: 1px solid var(--k-border); border-radius: 10px; cursor: pointer;
}
.opt-style:hover { background: var(--k-bg-hover); }
.opt-style:has(input:checked) { border-color: var(--k-accent); box-shadow: inset 0 0 0 1px var(--k-accent); }
.opt-style input { margin: 0; width: 16px; height: 16px; accent-color: var(--k-accent); }
.opt-style__name { font-weight: 500; }
.opt-sample { grid-column: 2; font: 400 17px/1.5 ${FONT_SERIF}; }

/* Marks: the same three looks the content script paints */
.opt-mark { border-radius: 2px; text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
[data-mark-style="underline"] .opt-mark, [data-mark-style="both"] .opt-mark { text-decoration-line: underline; }
.opt-mark--person { text-decoration-color: var(--m-person-line); }
.opt-mark--place { text-decoration-color: var(--m-place-line); }
.opt-mark--organisation { text-decoration-color: var(--m-organisation-line); }
.opt-mark--term { text-decoration-color: var(--m-term-line); }
[data-mark-style="background"] .opt-mark--person, [data-mark-style="both"] .opt-mark--person { background: var(--m-person-bg); }
[data-mark-style="background"] .opt-mark--place, [data-mark-style="both"] .opt-mark--place { background: var(--m-place-bg); }
[data-mark-style="background"] .opt-mark--organisation, [data-mark-style="both"] .opt-mark--organisation { background: var(--m-organisation-bg); }
[data-mark-style="background"] .opt-mark--term, [data-mark-style="both"] .opt-mark--term { background: var(--m-term-bg); }

.opt-preview {
  margin-top: 12px; padding: 14px 16px 16px; border-radius: 10px;
  background: var(--k-bg-soft); border: 1px dashed var(--k-border);
}
.opt-preview__label {
  font-size: 11.5px; font-weight: 700; letter-spacing: 0.07em; text-transform: uppercase; color: var(--k-fg-muted);
}
.opt-preview__text { margin-top: 6px; font: 400 18px/1.7 ${FONT_SERIF}; }

/* Range */
.opt-field { margin-top: 4px; }
.opt-range__head { display: flex; align-items: baseline; justify-content: space-between; gap: 12px; }
.opt-range__value { font-variant-numeric: tabular-nums; font-weight: 600; }
.opt-range { display: block; width: 100%; margin: 4px 0 0; accent-color: var(--k-accent); }
.opt-range__scale { display: flex; justify-content: space-between; font-size: 12.5px; color: var(--k-fg-muted); }

.opt-select {
  min-width: 240px; min-height: 36px; padding: 4px 10px; border: 1px solid var(--k-border); border-radius: 8px;
  background: var(--k-bg); color: var(--k-fg);
}

/* Shortcuts */
.opt-table { width: 100%; border-collapse: collapse; margin-bottom: 12px; }
.opt-table th { text-align: start; font-size: 12px; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; color: var(--k-fg-muted); padding: 0 8px 6px 0; }
.opt-table td { padding: 8px 8px 8px 0; border-top: 1px solid var(--k-rule); vertical-align: middle; }
.opt-table td:last-child { white-space: nowrap; width: 1%; }
.opt-keys { font: inherit; }
.opt-keys__plus { margin: 0 3px; color: var(--k-fg-muted); }
.opt-key {
  display: inline-block; min-width: 24px; padding: 1px 7px; text-align: center;
  font: 600 12.5px/1.6 ${FONT_SANS}; border: 1px solid var(--k-border); border-bottom-width: 2px; border-radius: 5px;
  background: var(--k-bg-soft);
}
.opt-howto { margin: 6px 0 14px; display: grid; gap: 4px; font-size: 14px; }
.opt-howto li { padding-left: 14px; position: relative; }
.opt-howto li::before { content: ""; position: absolute; left: 2px; top: 0.62em; width: 5px; height: 5px; border-radius: 50%; background: var(--k-fg-muted); }
.opt-howto li[data-current] { font-weight: 600; }
.opt-howto li:not([data-current]) { color: var(--k-fg-muted); }

/* Packs */
.opt-bundled { display: flex; flex-wrap: wrap; gap: 4px 10px; margin: 14px 0 16px; padding: 10px 14px; border-radius: 8px; background: var(--k-bg-soft); }
.opt-bundled dt { font-weight: 600; }
.opt-import { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 14px; }
.opt-import .opt-hint { margin: 0; flex: 1 1 240px; }
.opt-file:focus-visible + label { outline: 2px solid var(--k-focus); outline-offset: 2px; }
.opt-notice-region:not(:empty) { margin-top: 14px; }
.opt-notice { padding: 10px 14px; border-radius: 8px; background: var(--k-bg-soft); border: 1px solid var(--k-rule); }
.opt-notice--ok { border-color: var(--k-place); }
.opt-notice--error { border-color: var(--k-denied); background: var(--k-denied-bg); }
.opt-notice__title { font-weight: 600; color: var(--k-denied); }
.opt-errors { margin-top: 8px; display: grid; gap: 4px; max-height: 320px; overflow: auto; }
.opt-errors li { padding-left: 12px; border-left: 2px solid var(--k-denied); }
.opt-errors code { overflow-wrap: anywhere; }

.opt-packs { display: grid; gap: 10px; }
.opt-pack { padding: 12px 14px; border: 1px solid var(--k-border); border-radius: 10px; }
.opt-pack[data-enabled="false"] .opt-pack__name, .opt-pack[data-enabled="false"] .opt-pack__meta { color: var(--k-fg-muted); }
.opt-pack__head { display: flex; align-items: center; justify-content: space-between; gap: 12px; }
.opt-pack__name { font: 600 16px/1.3 ${FONT_SERIF}; overflow-wrap: anywhere; }
.opt-pack__meta { display: flex; flex-wrap: wrap; gap: 2px 14px; font-size: 13px; color: var(--k-fg-muted); margin-top: 2px; }
.opt-pack__types { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.opt-chip { font-size: 12px; padding: 1px 8px; border-radius: 999px; background: var(--k-bg-soft); border-left: 3px solid var(--k-border); }
.opt-chip--person { border-left-color: var(--k-person); }
.opt-chip--place { border-left-color: var(--k-place); }
.opt-chip--organisation { border-left-color: var(--k-organisation); }
.opt-chip--term { border-left-color: var(--k-term); }
.opt-pack__entries { margin-top: 8px; font-size: 14px; }
.opt-pack__entries summary { cursor: pointer; color: var(--k-accent); font-weight: 500; width: fit-content; }
.opt-entries { margin-top: 6px; max-height: 260px; overflow: auto; display: grid; gap: 2px; padding-left: 4px; }
.opt-entries__label { font-weight: 500; }
.opt-pack__actions { display: flex; gap: 8px; margin-top: 10px; justify-content: flex-end; }

@media (max-width: 560px) {
  .opt { padding: 16px 10px 32px; }
  .opt-section { padding: 16px 14px 18px; }
  .opt-styles { grid-template-columns: 1fr; }
}
`;
