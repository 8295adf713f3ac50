// Colour and type tokens shared by the popover card (shadow root) and the popup page. Dark values
// apply through prefers-color-scheme, or through data-theme="dark" so a preview or a test can force
// them. Sizes are in px: inside a page's shadow root rem would follow the page's root font size.

const LIGHT = `
  --k-bg: #ffffff;
  --k-bg-soft: #f5f4f0;
  --k-bg-hover: #eceae4;
  --k-fg: #1b1b1f;
  --k-fg-muted: #55555f;
  --k-border: #d8d6cf;
  --k-rule: #e7e5df;
  --k-accent: #1d4ed8;
  --k-focus: #1d4ed8;
  --k-shadow: 0 1px 2px rgba(20, 20, 30, 0.08), 0 8px 28px rgba(20, 20, 30, 0.16);
  --k-person: #1d5bd8;
  --k-place: #17803d;
  --k-organisation: #b0520c;
  --k-term: #7a3bd0;
  --k-planned: #8a5a00;
  --k-planned-bg: #fdf3dc;
  --k-denied: #a3262a;
  --k-denied-bg: #fbe6e6;
  --k-switch-off: #8c8a93;
  --k-switch-on: #1d4ed8;
  color-scheme: light;
`;

const DARK = `
  --k-bg: #1c1c21;
  --k-bg-soft: #25252b;
  --k-bg-hover: #2f2f37;
  --k-fg: #ececef;
  --k-fg-muted: #a9a9b4;
  --k-border: #3a3a43;
  --k-rule: #2f2f37;
  --k-accent: #8ab4ff;
  --k-focus: #8ab4ff;
  --k-shadow: 0 1px 2px rgba(0, 0, 0, 0.4), 0 10px 32px rgba(0, 0, 0, 0.55);
  --k-person: #7fa8ff;
  --k-place: #5cc98a;
  --k-organisation: #f0a35e;
  --k-term: #c39bff;
  --k-planned: #f2c66b;
  --k-planned-bg: #3a3020;
  --k-denied: #ff9a9a;
  --k-denied-bg: #3d2325;
  --k-switch-off: #6e6c76;
  --k-switch-on: #5b8cff;
  color-scheme: dark;
`;

export const FONT_SANS =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif';
export const FONT_SERIF =
  '"Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "Noto Serif", "DejaVu Serif", "Liberation Serif", serif';

/** Custom properties for `selector` in light, in dark by preference, and when forced with data-theme. */
export function themeCss(selector: string): string {
  return `
${selector} {${LIGHT}}
@media (prefers-color-scheme: dark) {
  ${selector}:not([data-theme="light"]) {${DARK}}
}
${selector}[data-theme="dark"] {${DARK}}
`;
}

/**
 * Every text block: never overflow (a word longer than the line breaks anywhere), hyphenate only
 * where we put soft hyphens. Names, aliases and footers stay whole.
 */
export const WRAP = 'hyphens: manual; -webkit-hyphens: manual; overflow-wrap: anywhere; word-break: normal;';

/**
 * Prose (descriptions, office titles, quoted sentences): the browser's hyphenation for the element's
 * lang, but only in long words, so a narrow box does not read as a row of broken syllables.
 */
export const PROSE = 'hyphens: auto; -webkit-hyphens: auto; hyphenate-limit-chars: 10 4 4;';
