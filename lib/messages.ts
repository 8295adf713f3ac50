// Typed messages between the extension's parts, named by direction (darkreader's MessageTypeCStoBG
// habit): a reader of a handler sees at once who may send what.
import type { EntityType } from './knowledge/types';
import type { PageInfo } from './page/types';

export interface EntitySummary {
  id: string;
  type: EntityType;
  label: { de: string; en: string };
  wikidata: string | null;
  count: number;
}

/**
 * What the content script knows about its page. The popup turns it into entity lists, call cards and
 * exports with the knowledge it loads itself (lib/annotate/tab-state.ts), so the page's script stays small.
 */
export interface TabState {
  status: 'ready' | 'not-article' | 'disabled' | 'error';
  reason?: string;
  site: string;
  enabled: boolean;
  url: string;
  page: PageInfo | null;
  /** The article text the offsets refer to; empty when the page was not annotated. */
  text: string;
  /** Every mention found, painted or not (the reader may have switched a type off). */
  mentions: { entityId: string; text: string; start: number; end: number }[];
  /** Set when the page was too long to annotate whole: the characters that were annotated. */
  truncatedAt?: number | null;
}

export type PopupToContent =
  | { type: 'popup:get-state' }
  /** `url` names the frame whose text the offsets index (an article may sit in an iframe). */
  | { type: 'popup:show-evidence'; start: number; end: number; url: string };

export type BackgroundToContent =
  | { type: 'bg:command'; command: 'toggle-annotations' | 'next-mark' | 'previous-mark' }
  | { type: 'bg:site-enabled'; site: string; enabled: boolean };

export type ContentToBackground =
  | { type: 'cs:count'; count: number }
  /** Answered with PageKnowledge: the match index and entity types, once a page is an article. */
  | { type: 'cs:knowledge' }
  /** Answered with the Entity (or null) whose card is about to open. */
  | { type: 'cs:entity'; id: string }
  /** Only honoured for localhost pages: lets e2e tests open the popup as a tab in Firefox. */
  | { type: 'cs:test-open-popup' }
  /**
   * The detector found a likely article: inject the annotator into the sending frame. Answered with
   * true once it runs; rejected when the browser refused.
   */
  | { type: 'cs:start-annotator' };

export type ToContent = PopupToContent | BackgroundToContent;

const TO_CONTENT_TYPES = new Set<string>([
  'popup:get-state',
  'popup:show-evidence',
  'bg:command',
  'bg:site-enabled',
]);

/** Messages arrive as `unknown`: accept only the shapes we send. */
export function isToContent(msg: unknown): msg is ToContent {
  return (
    typeof msg === 'object' &&
    msg !== null &&
    typeof (msg as { type?: unknown }).type === 'string' &&
    TO_CONTENT_TYPES.has((msg as { type: string }).type)
  );
}

export function isContentToBackground(msg: unknown): msg is ContentToBackground {
  const type = typeof msg === 'object' && msg !== null ? (msg as { type?: unknown }).type : undefined;
  return (
    type === 'cs:count' ||
    type === 'cs:test-open-popup' ||
    type === 'cs:knowledge' ||
    type === 'cs:entity' ||
    type === 'cs:start-annotator'
  );
}
