// Typed messages between the extension's parts, named by direction (darkreader's MessageTypeCStoBG
// habit): a reader of a handler sees at once who may send what.
import type { CallRecord } from './calls/types';
import type { EntityType } from './knowledge/types';
import type { PageInfo } from './page/types';

export interface EntitySummary {
  id: string;
  type: EntityType;
  label: { de: string; en: string };
  wikidata: string | null;
  count: number;
}

/** What the content script knows about its page; the popup renders it, the export serialises it. */
export interface TabState {
  status: 'ready' | 'not-article' | 'disabled' | 'error';
  reason?: string;
  site: string;
  enabled: boolean;
  url: string;
  page: PageInfo | null;
  entities: EntitySummary[];
  /** Every mention with its sentence, for the export. */
  mentions: { entityId: string; text: string; start: number; end: number; sentence: string }[];
  calls: CallRecord[];
  labels: Record<string, { de: string; en: string }>;
  /** Set when the page was too long to annotate whole: the characters that were annotated. */
  truncatedAt?: number | null;
}

export type PopupToContent =
  | { type: 'popup:get-state' }
  | { type: 'popup:show-evidence'; start: number; end: number };

export type BackgroundToContent =
  | { type: 'bg:command'; command: 'toggle-annotations' | 'next-mark' | 'previous-mark' }
  | { type: 'bg:site-enabled'; site: string; enabled: boolean };

export type ContentToBackground =
  | { type: 'cs:count'; count: number }
  /** Only honoured for localhost pages: lets e2e tests open the popup as a tab in Firefox. */
  | { type: 'cs:test-open-popup' };

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
  return type === 'cs:count' || type === 'cs:test-open-popup';
}
