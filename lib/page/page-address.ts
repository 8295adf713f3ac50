// Where a page says it is (its address, its canonical link) and what that says about it; shared by
// the full detection (detect.ts) and the detector's quick check (quick-detect.ts).
// Written without regular expressions, for…of or Array callbacks: the detector runs these on every
// page load of the news sites in a fresh content-script realm, where Firefox sets up each such
// self-hosted builtin on first use (0.1–0.35 ms apiece, measured; docs/benchmark.md).

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** On one of `domains` or a subdomain of one (www., m.). */
export function onDomain(url: string | null | undefined, domains: readonly string[]): boolean {
  const host = url ? hostOf(url) : null;
  if (host === null) return false;
  for (let i = 0; i < domains.length; i++) {
    const d = domains[i]!;
    if (host === d || (host.endsWith(d) && host.charCodeAt(host.length - d.length - 1) === 46) /* . */)
      return true;
  }
  return false;
}

export function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

/**
 * The address the page gives for itself (canonical link, og:url): a saved or mirrored article keeps
 * its publisher's domain there. Only a weak signal, and only ever raises what a page already says.
 */
export function declaredAddress(doc: Document): string {
  const link = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return link || metaContent(doc, 'meta[property="og:url"]') || '';
}

/** A site's front page ("/", "/index.html", "/index.php"): teasers, not an article. */
export function isFrontPage(url: string): boolean {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  if (path === '/') return true;
  if (!path.startsWith('/index.') || path.length === 7) return false;
  for (let i = 7; i < path.length; i++) if (!isWordChar(path.charCodeAt(i))) return false;
  return true;
}

/** \w: ASCII letters, digits, underscore. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
