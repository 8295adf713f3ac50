// What the popup renders; the popup entrypoint builds it from the content script's answer.
import type { CallRecord } from '../lib/calls/types';
import type { EntityType, Localized } from '../lib/knowledge/types';

export interface PopupEntity {
  id: string;
  type: EntityType;
  label: Localized;
  count: number;
}

export interface PopupState {
  status: 'loading' | 'ready' | 'not-article' | 'unsupported' | 'error';
  /** Short technical reason for not-article / unsupported / error, shown small under the message. */
  reason?: string;
  /** Host name of the tab ("tagesschau.de"); null for pages without one. */
  site: string | null;
  /** Whether annotations are on for this site. */
  enabled: boolean;
  page: { title: string | null; published: string | null; url: string | null } | null;
  entities: PopupEntity[];
  calls: CallRecord[];
  /** The entities are listed, the calls are still being extracted (seconds on a huge page). */
  callsPending?: boolean;
  /** The page was too long: only its first N characters were annotated. */
  truncatedAt?: number | null;
}
