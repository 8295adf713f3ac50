// Styles of the popover card, for its shadow root. `all: initial` on the host cuts every inherited
// page style; everything the card needs is declared here, in px (rem would follow the page).

import { FONT_SANS, FONT_SERIF, PROSE, themeCss, WRAP } from './theme';

export const CARD_CSS = `
:host { all: initial; display: block; }
${themeCss('.card')}
.card {
  --k-type: var(--k-person);
  box-sizing: border-box;
  width: 344px;
  max-width: calc(100vw - 16px);
  margin: 0;
  padding: 14px 16px 12px;
  background: var(--k-bg);
  color: var(--k-fg);
  border: 1px solid var(--k-border);
  border-top: 3px solid var(--k-type);
  border-radius: 10px;
  box-shadow: var(--k-shadow);
  font: 400 14px/1.5 ${FONT_SANS};
  text-align: start;
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  text-indent: 0;
  text-shadow: none;
  white-space: normal;
  font-style: normal;
  cursor: auto;
  visibility: visible;
  -webkit-font-smoothing: antialiased;
  ${WRAP}
}
.card[data-type="place"] { --k-type: var(--k-place); }
.card[data-type="organisation"] { --k-type: var(--k-organisation); }
.card[data-type="term"] { --k-type: var(--k-term); }
.card:focus { outline: none; }
.card *, .card *::before, .card *::after { box-sizing: border-box; }
/* Zero-specificity resets, so the component rules below win without !important. */
:where(.card) :where(p, h2, dl, dd) { margin: 0; padding: 0; }

.card__head { display: flex; align-items: flex-start; gap: 8px; }
.card__heading { flex: 1 1 auto; min-width: 0; }
.card__type {
  display: flex; align-items: center; gap: 6px;
  font-size: 11.5px; line-height: 16px; font-weight: 600;
  letter-spacing: 0.06em; text-transform: uppercase;
  color: var(--k-fg-muted);
}
.card__marker {
  flex: none; width: 8px; height: 8px; border-radius: 2px;
  background: var(--k-type);
}
.card[data-type="person"] .card__marker { border-radius: 50%; }
.card__name {
  margin-top: 2px;
  font: 600 19px/1.25 ${FONT_SERIF};
  color: var(--k-fg);
  ${WRAP}
}
.card__name--long { font-size: 17px; }
.card__close {
  flex: none; display: grid; place-items: center;
  width: 28px; height: 28px; margin: -4px -6px 0 0; padding: 0;
  border: 0; border-radius: 6px; background: transparent; color: var(--k-fg-muted);
  cursor: pointer;
}
.card__close:hover { background: var(--k-bg-hover); color: var(--k-fg); }

.card__desc { margin-top: 8px; color: var(--k-fg); ${PROSE} }

.card__roles-box {
  margin-top: 10px; padding: 8px 10px;
  background: var(--k-bg-soft); border-radius: 6px;
}
.card__roles { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 6px 12px; }
.card__role { display: contents; }
.card__role dt {
  font-size: 12.5px; line-height: 20px; color: var(--k-fg-muted);
  font-variant-numeric: tabular-nums; white-space: nowrap;
}
.card__role dd { font-size: 14px; line-height: 20px; min-width: 0; }
.card__role-title { display: block; font-weight: 500; ${PROSE} }
.card__note { display: block; font-size: 12.5px; line-height: 18px; color: var(--k-fg-muted); }
.card__none { display: block; font-style: italic; color: var(--k-fg-muted); }
.card__undated { margin-top: 4px; }

.card__aliases { margin-top: 10px; font-size: 13px; line-height: 1.45; color: var(--k-fg-muted); }
.card__label { font-weight: 600; }
.card__alias-list { color: var(--k-fg); }

.card__links { margin-top: 8px; display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 13.5px; }
.card__link {
  display: inline-flex; align-items: center; gap: 4px;
  color: var(--k-accent); text-decoration: underline; text-decoration-thickness: 1px;
  text-underline-offset: 3px; border-radius: 3px;
}
.card__link:hover { text-decoration-thickness: 2px; }
.card__ext { flex: none; }

.card__foot {
  margin-top: 12px; padding-top: 8px; border-top: 1px solid var(--k-rule);
  font-size: 11.5px; line-height: 1.45; color: var(--k-fg-muted);
}

@media (forced-colors: active) {
  .card { border-top-color: CanvasText; }
  .card__marker { forced-color-adjust: none; }
}
.card :focus-visible { outline: 2px solid var(--k-focus); outline-offset: 2px; }
.card button:focus:not(:focus-visible) { outline: none; }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}
@media (prefers-reduced-motion: no-preference) {
  .card__close, .card__link { transition: background-color 120ms ease, color 120ms ease; }
}
`;
