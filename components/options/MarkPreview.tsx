// A sample sentence marked the way the reader's settings would mark an article: the chosen style,
// and only the chosen types. Plain spans; this is our own page, not a news site.
import type { JSX } from 'preact';
import type { EntityType } from '../../lib/knowledge/types';
import type { MarkStyle } from '../../lib/settings';

type Part = string | { text: string; type: EntityType };

// Sample article text (German, like the articles Kontext reads), written for this page.
const SENTENCE: readonly Part[] = [
  'Bundeskanzler ',
  { text: 'Friedrich Merz', type: 'person' },
  ' traf in ',
  { text: 'Brüssel', type: 'place' },
  ' die Spitzen der ',
  { text: 'Nato', type: 'organisation' },
  ' und sprach über die ',
  { text: 'Energiewende', type: 'term' },
  '.',
];

export interface MarkPreviewProps {
  style: MarkStyle;
  types: Record<EntityType, boolean>;
  label: string;
}

export function MarkPreview({ style, types, label }: MarkPreviewProps): JSX.Element {
  return (
    <figure class="opt-preview" data-mark-style={style}>
      <figcaption class="opt-preview__label">{label}</figcaption>
      <p class="opt-preview__text" lang="de">
        {SENTENCE.map((part, i) =>
          typeof part === 'string' ? (
            part
          ) : types[part.type] ? (
            <span key={i} class={`opt-mark opt-mark--${part.type}`}>
              {part.text}
            </span>
          ) : (
            part.text
          ),
        )}
      </p>
    </figure>
  );
}

/** One marked word, for the style choices themselves. */
export function MarkSample({ style, text }: { style: MarkStyle; text: string }): JSX.Element {
  return (
    <span class="opt-sample" data-mark-style={style} aria-hidden="true" lang="de">
      <span class="opt-mark opt-mark--person">{text}</span>
    </span>
  );
}
