// Styles of the toolbar popup page (380 px wide). The popup entry injects POPUP_CSS in a <style>.

import { FONT_SANS, FONT_SERIF, PROSE, themeCss, WRAP } from './theme';

export const POPUP_CSS = `
${themeCss('.popup')}
html, body { margin: 0; padding: 0; background: #ffffff; }
@media (prefers-color-scheme: dark) { html, body { background: #1c1c21; } }
body { width: 380px; }
.popup {
  box-sizing: border-box;
  width: 380px;
  min-height: 120px;
  background: var(--k-bg);
  color: var(--k-fg);
  font: 400 14px/1.5 ${FONT_SANS};
  -webkit-font-smoothing: antialiased;
  ${WRAP}
}
.popup *, .popup *::before, .popup *::after { box-sizing: border-box; }
/* Zero-specificity resets, so the component rules below win without !important. */
:where(.popup) :where(h1, h2, h3, h4, p, ul, ol) { margin: 0; padding: 0; }
:where(.popup) :where(ul, ol) { list-style: none; }
:where(.popup button) { font: inherit; color: inherit; }
.popup :focus-visible { outline: 2px solid var(--k-focus); outline-offset: 2px; }
.popup button:focus:not(:focus-visible) { outline: none; }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}

/* Header */
.popup__head {
  display: flex; align-items: center; justify-content: space-between; gap: 12px;
  padding: 12px 16px; border-bottom: 1px solid var(--k-rule);
}
.popup__brand { min-width: 0; }
.popup__name {
  display: flex; align-items: center; gap: 8px;
  font: 700 18px/1.2 ${FONT_SERIF}; letter-spacing: 0.01em;
}
.popup__logo { flex: none; display: block; }
.popup__site {
  margin-top: 2px; padding-left: 32px; font-size: 12px; color: var(--k-fg-muted);
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
}

/* Switch */
.switch { display: flex; align-items: center; gap: 8px; flex: none; max-width: 190px; }
.switch__label { font-size: 12px; line-height: 1.3; color: var(--k-fg-muted); text-align: end; hyphens: manual; }
.switch__control {
  display: inline-flex; align-items: center; gap: 6px; flex: none;
  padding: 2px; border: 0; border-radius: 999px; background: transparent; cursor: pointer;
}
.switch__track {
  position: relative; width: 34px; height: 20px; border-radius: 999px;
  background: var(--k-switch-off);
}
.switch__thumb {
  position: absolute; top: 2px; left: 2px; width: 16px; height: 16px; border-radius: 50%;
  background: #fff; box-shadow: 0 1px 2px rgba(0, 0, 0, 0.3);
}
.switch__control[aria-checked="true"] .switch__track { background: var(--k-switch-on); }
.switch__control[aria-checked="true"] .switch__thumb { left: 16px; }
.switch__state { min-width: 22px; font-size: 12px; font-weight: 600; color: var(--k-fg); text-align: start; }
.switch__control:disabled { cursor: not-allowed; opacity: 0.5; }
@media (prefers-reduced-motion: no-preference) {
  .switch__thumb { transition: left 140ms ease; }
  .switch__track { transition: background-color 140ms ease; }
}

/* Windows high contrast and other forced colours: keep the switch and markers visible. */
@media (forced-colors: active) {
  .switch__track { border: 1px solid CanvasText; background: Canvas; }
  .switch__thumb { background: CanvasText; box-shadow: none; }
  .switch__control[aria-checked="true"] .switch__track { background: Highlight; }
  .group__marker, .call__person::before { forced-color-adjust: none; }
  .call, .btn { border-color: CanvasText; }
}

/* Body */
.popup__body { padding: 4px 16px 8px; }
.page { padding: 12px 0 10px; border-bottom: 1px solid var(--k-rule); }
.page__title { font: 600 15px/1.35 ${FONT_SERIF}; }
.page__date { margin-top: 2px; font-size: 12.5px; color: var(--k-fg-muted); }

.block { padding: 14px 0 6px; }
.block + .block { border-top: 1px solid var(--k-rule); }
.block__title {
  display: flex; align-items: baseline; gap: 8px;
  font-size: 12px; font-weight: 700; letter-spacing: 0.07em; text-transform: uppercase;
  color: var(--k-fg-muted); margin-bottom: 10px;
}
.block__count {
  font-size: 11px; font-weight: 600; letter-spacing: 0; padding: 0 6px; border-radius: 999px;
  background: var(--k-bg-soft); color: var(--k-fg);
}
.block__empty { color: var(--k-fg-muted); font-size: 13.5px; padding-bottom: 6px; ${PROSE} }
.block__sub { margin-top: 14px; }
.block__subtitle { font-size: 12.5px; font-weight: 600; color: var(--k-fg-muted); margin-bottom: 8px; }

/* Notices (loading, not an article, switched off, error) */
.notice { padding: 20px 0 16px; }
.notice__title { font: 600 16px/1.3 ${FONT_SERIF}; margin-bottom: 6px; }
.notice__text { color: var(--k-fg); ${PROSE} }
.notice__reason {
  margin-top: 8px; font-size: 12px; color: var(--k-fg-muted);
  font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
}
.notice--loading { color: var(--k-fg-muted); }

/* Call cards */
.calls { display: grid; gap: 10px; }
.call {
  padding: 12px 12px 10px; border: 1px solid var(--k-border); border-radius: 8px;
  background: var(--k-bg);
}
.call[data-status="planned"], .call[data-status="denied"] { border-style: dashed; }
.call__meta {
  display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px;
  font-size: 12.5px; color: var(--k-fg-muted); font-variant-numeric: tabular-nums;
}
.call__badge {
  font-size: 11px; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase;
  padding: 1px 6px; border-radius: 4px;
}
.call[data-status="planned"] .call__badge { color: var(--k-planned); background: var(--k-planned-bg); }
.call[data-status="denied"] .call__badge { color: var(--k-denied); background: var(--k-denied-bg); }
.call__people { margin-top: 8px; display: grid; gap: 6px; position: relative; }
.call__person { position: relative; padding-left: 16px; }
.call__person::before {
  content: ""; position: absolute; left: 2px; top: 7px; width: 7px; height: 7px; border-radius: 50%;
  background: var(--k-person);
}
.call__person + .call__person::after {
  content: ""; position: absolute; left: 5px; top: -12px; height: 17px; border-left: 1px solid var(--k-border);
}
.call__name { display: block; font: 600 15px/1.3 ${FONT_SERIF}; }
.call__role { display: block; font-size: 12.5px; line-height: 1.4; color: var(--k-fg-muted); ${PROSE} }
.call__facts { margin-top: 8px; display: grid; gap: 2px; font-size: 13px; color: var(--k-fg); }
.call__facts li { padding-left: 16px; position: relative; }
.call__facts li::before {
  content: "–"; position: absolute; left: 2px; color: var(--k-fg-muted);
}
.call__section { margin-top: 10px; }
.call__section-title {
  font-size: 11px; font-weight: 700; letter-spacing: 0.07em; text-transform: uppercase;
  color: var(--k-fg-muted); margin-bottom: 2px;
}
.call__statements { display: grid; gap: 2px; }
.stmt {
  display: block; margin: 0 -6px; width: calc(100% + 12px);
  padding: 5px 6px; border: 0; border-radius: 5px; background: transparent;
  text-align: start; cursor: pointer; font-size: 13.5px; line-height: 1.45;
}
.stmt:hover { background: var(--k-bg-hover); }
.stmt__text {
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; overflow: hidden;
  ${PROSE}
}
.stmt__by { display: block; margin-top: 1px; font-size: 12px; color: var(--k-fg-muted); }
.call__foot {
  display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 6px 12px;
  margin-top: 10px; padding-top: 8px; border-top: 1px solid var(--k-rule);
}
.call__jump {
  display: inline-flex; align-items: center; gap: 5px; padding: 3px 6px; margin-left: -6px;
  border: 0; border-radius: 5px; background: transparent; cursor: pointer;
  font-size: 12.5px; font-weight: 600; color: var(--k-accent);
}
.call__jump:hover { background: var(--k-bg-hover); }
.call__codes {
  font-size: 11px; color: var(--k-fg-muted); letter-spacing: 0.02em;
  font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
}

/* Export */
.actions { margin-top: 12px; }
.actions__buttons { display: flex; flex-wrap: wrap; gap: 8px; }
.btn {
  display: inline-flex; align-items: center; gap: 6px;
  padding: 6px 10px; border: 1px solid var(--k-border); border-radius: 6px;
  background: var(--k-bg); cursor: pointer; font-size: 13px; font-weight: 500;
}
.btn:hover { background: var(--k-bg-hover); }
.actions__status { min-height: 18px; margin-top: 4px; font-size: 12px; color: var(--k-fg-muted); }

/* Entities */
.entities { display: grid; gap: 12px; }
.group { --k-type: var(--k-person); }
.group[data-type="place"] { --k-type: var(--k-place); }
.group[data-type="organisation"] { --k-type: var(--k-organisation); }
.group[data-type="term"] { --k-type: var(--k-term); }
.group__title {
  display: flex; align-items: center; gap: 6px; margin-bottom: 4px;
  font-size: 13px; font-weight: 600; color: var(--k-fg);
}
.group__marker { width: 8px; height: 8px; border-radius: 2px; background: var(--k-type); }
.group[data-type="person"] .group__marker { border-radius: 50%; }
.group__total { font-size: 12px; font-weight: 400; color: var(--k-fg-muted); }
.group__list { display: grid; }
.entity {
  display: flex; align-items: baseline; justify-content: space-between; gap: 12px;
  padding: 3px 0 3px 14px; border-bottom: 1px dotted var(--k-rule); font-size: 13.5px;
}
.entity:last-child { border-bottom: 0; }
.entity__name { min-width: 0; }
.entity__count { flex: none; font-size: 12px; color: var(--k-fg-muted); font-variant-numeric: tabular-nums; }

.page__notice {
  margin: 6px 0 0; padding: 6px 8px; border-radius: 6px; font-size: 12px; line-height: 1.4;
  color: var(--k-fg); background: var(--k-bg-soft); border: 1px solid var(--k-rule);
}

/* Enable on this site */
.site-offer__enable { margin-top: 14px; }
.btn--primary {
  background: var(--k-accent); border-color: var(--k-accent); color: var(--k-bg); font-weight: 600;
  padding: 8px 14px;
}
.btn--primary:hover { background: var(--k-accent); filter: brightness(1.1); }
.btn:disabled { cursor: progress; opacity: 0.6; }
.site-offer__note { margin-top: 8px; font-size: 12px; line-height: 1.45; color: var(--k-fg-muted); ${PROSE} }
.site-offer__status { min-height: 18px; margin-top: 6px; font-size: 12.5px; color: var(--k-fg); }
.site-extra {
  display: flex; align-items: center; justify-content: space-between; gap: 12px;
  padding: 7px 16px; border-bottom: 1px solid var(--k-rule); font-size: 12px; color: var(--k-fg-muted);
  background: var(--k-bg-soft);
}
.site-offer .site-extra { padding: 10px 0 0; margin-top: 12px; border-bottom: 0; background: none; }
.site-extra__remove {
  font: inherit; font-weight: 600; color: var(--k-accent); background: none; border: 0; padding: 0;
  cursor: pointer; text-decoration: underline; text-underline-offset: 2px;
}
.site-extra__remove:disabled { cursor: progress; opacity: 0.6; }
@media (forced-colors: active) { .btn--primary { border-color: ButtonText; } }

.popup__foot {
  display: flex; gap: 12px; align-items: flex-start; justify-content: space-between;
  padding: 10px 16px 12px; border-top: 1px solid var(--k-rule);
  font-size: 11.5px; line-height: 1.45; color: var(--k-fg-muted); background: var(--k-bg-soft);
}
.popup__options {
  flex: none; font: inherit; font-weight: 600; color: var(--k-accent); background: none;
  border: 0; padding: 0; cursor: pointer; text-decoration: underline; text-underline-offset: 2px;
}
.popup__options:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; border-radius: 2px; }
`;
