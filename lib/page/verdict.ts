// The detector's verdict on a page it turned away. There the detector touches no extension API
// (issue 7: in Firefox the first touch builds the `browser` object, about 1 ms a load), so nobody
// answers the popup's question: the verdict waits in a global of the content-script world, and the
// popup or the background reads it with executeScript (same isolated world / sandbox) when no frame
// answers.
import type { TabState } from '../messages';
import { isSiteEnabled, type Settings, siteOf, withSiteEnabled } from '../settings';

/** Name of the global (in the content-script world) holding the top frame's DetectorVerdict. */
export const VERDICT_GLOBAL = '__kontextVerdict';

export interface DetectorVerdict {
  /** 'handing-over': the annotator was asked for; it answers for the frame once it runs. */
  status: 'not-article' | 'handing-over' | 'error';
  reason: string;
  url: string;
}

const STATUSES = new Set<string>(['not-article', 'handing-over', 'error']);

/** What executeScript brings back is `unknown`: accept only a verdict's shape. */
export function parseVerdict(raw: unknown): DetectorVerdict | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const v = raw as Record<string, unknown>;
  if (typeof v.status !== 'string' || !STATUSES.has(v.status)) return null;
  if (typeof v.reason !== 'string' || typeof v.url !== 'string') return null;
  return { status: v.status as DetectorVerdict['status'], reason: v.reason, url: v.url };
}

/** The TabState the detector answered the popup with before it went quiet (same rules). */
export function tabStateOfVerdict(verdict: DetectorVerdict, settings: Settings): TabState {
  const site = siteOf(verdict.url);
  const enabled = isSiteEnabled(settings, site);
  const status = verdict.status === 'error' ? 'error' : enabled ? 'not-article' : 'disabled';
  return {
    status,
    ...(verdict.reason && status !== 'disabled' ? { reason: verdict.reason } : {}),
    site,
    enabled,
    url: verdict.url,
    page: null,
    text: '',
    mentions: [],
  };
}

/** The toggle shortcut on a page nobody answers for: the site of `url` switched off, or on again. */
export function toggledSite(settings: Settings, url: string): Settings {
  const site = siteOf(url);
  return withSiteEnabled(settings, site, !isSiteEnabled(settings, site));
}

/** The extension API surface readVerdict needs: Chrome's scripting (MV3) or Firefox MV2's tabs. */
export interface VerdictApi {
  scripting?: {
    executeScript(opts: {
      target: { tabId: number; frameIds: number[] };
      func: (name: string) => unknown;
      args: [string];
    }): Promise<{ result?: unknown }[]>;
  };
  tabs: { executeScript?(tabId: number, opts: { code: string; frameId: number }): Promise<unknown[]> };
}

/**
 * The top frame's verdict, or null: no detector there (not a site Kontext runs on), no access, or a
 * page that does not allow scripts (the browser's own pages). Never throws.
 */
export async function readVerdict(api: VerdictApi, tabId: number): Promise<DetectorVerdict | null> {
  try {
    if (api.scripting) {
      const [first] = await api.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        func: (name) => (globalThis as Record<string, unknown>)[name] ?? null,
        args: [VERDICT_GLOBAL],
      });
      return parseVerdict(first?.result);
    }
    const results = await api.tabs.executeScript?.(tabId, {
      code: `globalThis.${VERDICT_GLOBAL}`,
      frameId: 0,
    });
    return parseVerdict(results?.[0]);
  } catch {
    return null;
  }
}
