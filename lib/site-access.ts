// "Enable on this site": which pages Kontext may be switched on for, the match pattern it asks the
// browser for, and the reader's list of such extra sites. The browser calls (permissions, content
// script registration, injection) live in the background and the popup; this module only decides.
import { NEWS_DOMAINS } from './page/news-sites';

/**
 * Where the content script runs without asking: the news sites with their subdomains, and localhost,
 * which serves the bundled demo article (`npm start`) and the end-to-end tests.
 */
export const NEWS_SITE_MATCHES: string[] = [
  ...NEWS_DOMAINS.flatMap((d) => [`https://${d}/*`, `https://*.${d}/*`]),
  'http://localhost/*',
  'http://127.0.0.1/*',
];

/** Storage key of the reader's extra sites (origin match patterns, e.g. "https://example.org/*"). */
export const EXTRA_SITES_KEY = 'local:extraSites';
/** Id of the one dynamically registered content script that covers every extra site. */
export const EXTRA_SCRIPT_ID = 'kontext-extra-sites';
/**
 * The content script (the small detector, entrypoints/detector.ts), as WXT writes it into the package:
 * what runs on every page of a site.
 */
export const CONTENT_SCRIPT_JS = 'detector.js';
/** The annotator (entrypoints/annotator.ts), injected by the background into a frame the detector names. */
export const ANNOTATOR_JS = 'annotator.js';
/**
 * The marks' ::highlight() rules (entrypoints/article.content.css), inserted into a frame together
 * with the annotator, not declared with the content script: Firefox adds a content script's stylesheet
 * at document_idle, and a new sheet restyles the whole page, ~2 ms a load on a big one (issue 7).
 */
export const HIGHLIGHT_CSS = 'content-scripts/article.css';

/** What the popup can offer for a tab's page. */
export type SiteAccess =
  /** On the built-in list: runs without asking. */
  | { kind: 'builtin' }
  /** Switched on by the reader: can be removed again. */
  | { kind: 'extra'; pattern: string }
  /** An ordinary web page: Kontext can ask for this one site. */
  | { kind: 'available'; pattern: string }
  /** Browser pages, extension pages, files, the stores: nothing to offer. */
  | { kind: 'impossible' };

const PATTERN = /^(\*|https?|wss?|file|ftp):\/\/(\*|\*\.[^/*]+|[^/*]*)(\/.*)$/;
const OWN_PATTERN = /^https?:\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)\/\*$/;

/**
 * The pattern for one site: scheme and host, any path. Without the port: Firefox's match patterns have
 * none, and Chrome's pattern without one covers every port. Only http(s) pages can be asked for.
 */
export function originPatternOf(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return null;
  const pattern = `${u.protocol}//${u.hostname.toLowerCase()}/*`;
  return OWN_PATTERN.test(pattern) ? pattern : null;
}

/** WebExtension match-pattern semantics (scheme, host with an optional "*." prefix, path glob). */
export function matchesPattern(url: string, pattern: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|wss?|file|ftp):/.test(url);
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const proto = u.protocol.slice(0, -1);
  if (scheme === '*' ? proto !== 'http' && proto !== 'https' : proto !== scheme) return false;
  const hostname = u.hostname.toLowerCase();
  if (host.startsWith('*.')) {
    const base = host.slice(2).toLowerCase();
    if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
  } else if (host !== '*' && hostname !== host.toLowerCase()) return false;
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return glob.test(u.pathname + u.search);
}

export function isBuiltInSite(url: string, builtIn: readonly string[] = NEWS_SITE_MATCHES): boolean {
  return builtIn.some((p) => matchesPattern(url, p));
}

export function siteAccessOf(
  url: string | null | undefined,
  extraSites: readonly string[],
  builtIn: readonly string[] = NEWS_SITE_MATCHES,
): SiteAccess {
  const pattern = originPatternOf(url);
  if (!url || !pattern) return { kind: 'impossible' };
  if (isBuiltInSite(url, builtIn)) return { kind: 'builtin' };
  if (extraSites.includes(pattern)) return { kind: 'extra', pattern };
  return { kind: 'available', pattern };
}

/** Storage may hold anything: keep the patterns this module could have written, sorted, once each. */
export function parseExtraSites(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const valid = raw.filter((p): p is string => typeof p === 'string' && OWN_PATTERN.test(p));
  return [...new Set(valid)].sort();
}

export function withExtraSite(list: readonly string[], pattern: string): string[] {
  return parseExtraSites([...list, pattern]);
}

export function withoutExtraSites(list: readonly string[], patterns: readonly string[]): string[] {
  const gone = new Set(patterns);
  return list.filter((p) => !gone.has(p));
}

/**
 * The patterns the dynamic content script should cover: stored extra sites whose permission the browser
 * still grants (the reader may have revoked it in the browser's own settings while Kontext was asleep).
 */
export function sitesToRegister(
  stored: readonly string[],
  granted: readonly string[],
  builtIn: readonly string[] = NEWS_SITE_MATCHES,
): string[] {
  const has = new Set(granted);
  const covered = (p: string) => has.has(p) || matchesAnyGrant(p, granted);
  return grantedExtraSites(stored, builtIn).filter(covered);
}

/** A site is also covered by a wider grant (Firefox may hold "https://*\/*" once granted wholesale). */
function matchesAnyGrant(pattern: string, granted: readonly string[]): boolean {
  const sample = pattern.replace(/\*$/, '');
  return granted.some((g) => !OWN_PATTERN.test(g) && matchesPattern(sample, g));
}

/**
 * Single sites among newly granted origins that are not built in: what the reader granted from the popup
 * or from the browser's own site-access settings. Wildcards ("https://*\/*", granted wholesale in
 * Firefox's add-on manager) are not sites; built-in ones already run from the manifest.
 */
export function grantedExtraSites(
  origins: readonly string[],
  builtIn: readonly string[] = NEWS_SITE_MATCHES,
): string[] {
  return parseExtraSites(
    origins.filter((p) => OWN_PATTERN.test(p) && !isBuiltInSite(p.replace(/\*$/, ''), builtIn)),
  );
}

/** True when the registered script's matches already equal the wanted ones (order does not matter). */
export function sameSites(a: readonly string[], b: readonly string[]): boolean {
  const x = [...new Set(a)].sort();
  const y = [...new Set(b)].sort();
  return x.length === y.length && x.every((p, i) => p === y[i]);
}

/**
 * Popup → background, after the popup has asked for (or before it gives up) the site's permission.
 * The permission request itself must come from the popup: browsers allow it only in a click handler.
 */
export interface SiteAccessRequest {
  type: 'popup:site-access';
  action: 'enable' | 'disable';
  pattern: string;
  /** The tab to start Kontext in right away (enable) or to stop it in (disable). */
  tabId: number | null;
}

export type SiteAccessReply = { ok: true; sites: string[] } | { ok: false; error: string };

export function isSiteAccessRequest(msg: unknown): msg is SiteAccessRequest {
  if (typeof msg !== 'object' || msg === null) return false;
  const m = msg as Partial<Record<keyof SiteAccessRequest, unknown>>;
  return (
    m.type === 'popup:site-access' &&
    (m.action === 'enable' || m.action === 'disable') &&
    typeof m.pattern === 'string' &&
    OWN_PATTERN.test(m.pattern) &&
    (m.tabId === null || (typeof m.tabId === 'number' && Number.isInteger(m.tabId)))
  );
}
