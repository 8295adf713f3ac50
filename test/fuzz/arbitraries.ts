import fc from 'fast-check';

// Generators for the fuzz tests: text that mixes known names with the characters that break naive
// offset arithmetic, and random DOM trees including the elements a reader edits or never sees.

const names = [
  'Putin',
  'Putins',
  'Wladimir Putin',
  'Olaf Scholz',
  'Scholz’',
  'Scholz-Sprecher',
  'Nato-Verbündeten',
  'Kremlchef',
  'Ostukraine',
  'Donbass',
  'Donbas',
  'Kiew',
  'Schoigu',
  'Shoigu',
  'Lloyd Austin',
  'Austin',
  'US-Senat',
  'USA',
  'EU',
  'Moskaus',
];

const odd = [
  ' ',
  '\u00a0',
  '\n',
  '\t',
  '\u00ad', // soft hyphen
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\u200c',
  '\u2060',
  '\ufeff',
  '\u0301', // combining acute
  '\u0308', // combining diaeresis
  '\u034f',
  'ß',
  'ẞ',
  'İ',
  'ﬁ', // ligature: lower-cases to itself, upper-cases to two letters
  'Σ',
  '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', // ZWJ family
  '\u{1F1E9}\u{1F1EA}', // flag (regional indicators)
  '\u{1D400}', // mathematical bold A (surrogate pair)
  '\u{20000}', // CJK extension B
  '\uD800', // lone high surrogate
  '\uDC00', // lone low surrogate
  'مرحبا بوتين',
  'שלום',
  '\u202e', // right-to-left override
  '\u2067',
  "'",
  '’',
  '-',
  '\u2011',
  '–',
  '„',
  '“',
  '.',
];

export const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...names) },
  { weight: 4, arbitrary: fc.constantFrom(...odd) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  // Very long words, with and without a name glued to them.
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 3000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 500 }).map((n) => `Putin${'\u0301'.repeat(n)}`) },
);

export const hostileText = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));

export type Tree =
  | { kind: 'text'; data: string }
  | { kind: 'el'; tag: string; attrs: [string, string][]; children: Tree[] };

const tags = fc.constantFrom(
  'p',
  'div',
  'span',
  'b',
  'i',
  'a',
  'h2',
  'li',
  'br',
  'blockquote',
  'figure',
  'script',
  'style',
  'textarea',
  'code',
  'button',
  'section',
  'em',
);
const attrs = fc.oneof(
  { weight: 6, arbitrary: fc.constant([] as [string, string][]) },
  { weight: 1, arbitrary: fc.constant([['hidden', '']] as [string, string][]) },
  { weight: 1, arbitrary: fc.constant([['aria-hidden', 'true']] as [string, string][]) },
  { weight: 1, arbitrary: fc.constant([['contenteditable', '']] as [string, string][]) },
  { weight: 1, arbitrary: fc.constant([['contenteditable', 'true']] as [string, string][]) },
  { weight: 1, arbitrary: fc.constant([['contenteditable', 'false']] as [string, string][]) },
  { weight: 1, arbitrary: fc.constant([['href', '#x']] as [string, string][]) },
);

const { node } = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ kind: fc.constant('text' as const), data: hostileText }),
    fc.record({
      kind: fc.constant('el' as const),
      tag: tags,
      attrs,
      children: fc.array(tie('node'), { maxLength: 5 }),
    }),
  ),
}));

export const tree = fc.record({ children: fc.array(node, { minLength: 1, maxLength: 6 }) });
