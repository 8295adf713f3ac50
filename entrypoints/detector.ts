// The detector: what runs in every frame of every news-site page (the manifest's content script,
// declared in wxt.config.ts, without a stylesheet: the marks' one comes with the annotator). It asks lib/page/quick-detect whether the
// page could be an article; on a likely one it asks the background to inject the annotator
// (entrypoints/annotator.ts) into this frame, which then answers for it.
// On a page it turns away it touches no extension API and loads no WXT content-script runtime (issue 7:
// Firefox builds the `browser` object on the first touch, ~1 ms a load): its verdict waits in a global
// for the popup and the background (lib/page/verdict.ts), and it watches the address for an in-page
// navigation to an article. On localhost the tests' hook (window.postMessage) still answers.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { quickDetect } from '@/lib/page/quick-detect';
import type { DetectorVerdict } from '@/lib/page/verdict';
import { tabStateOfVerdict, VERDICT_GLOBAL } from '@/lib/page/verdict';
import { parseSettings, SETTINGS_STORAGE_KEY as SETTINGS_KEY } from '@/lib/settings';

/** A site that navigates without reloading: checked as often as WXT's location watcher does. */
const LOCATION_POLL_MS = 1000;
/** The new page renders after the address changes. */
const LOCATION_SETTLE_MS = 300;

/** The browsers' own promise APIs (Chrome MV3, Firefox), read only when needed. */
interface Ext {
  runtime: { sendMessage(msg: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}
interface DetectorGlobal {
  __kontextDetector?: { stop(): void };
  browser?: Ext;
  chrome?: Ext;
}

export default defineUnlistedScript(() => {
  const g = globalThis as DetectorGlobal;
  // Injected again into a page that has one (an update, a site added from the popup): one detector.
  g.__kontextDetector?.stop();
  const isTop = window === window.top;
  const isLocal = location.hostname === 'localhost' || location.hostname === '127.0.0.1';
  const ext = (): Ext => (g.browser ?? g.chrome)!;
  let verdict: DetectorVerdict = { status: 'not-article', reason: '', url: location.href };
  let lastHref = location.href;
  let settleTimer = 0;

  const publish = (next: DetectorVerdict): void => {
    verdict = next;
    // The popup reads the top frame's; a frame without an article has nothing else to say.
    if (isTop) (g as Record<string, unknown>)[VERDICT_GLOBAL] = next;
  };
  const stop = (): void => {
    window.clearInterval(poll);
    window.clearTimeout(settleTimer);
    if (isLocal) window.removeEventListener('message', onTestMessage);
  };

  const handOver = (): void => {
    publish({ ...verdict, status: 'handing-over' });
    stop();
    let sent: Promise<unknown>;
    try {
      sent = ext().runtime.sendMessage({ type: 'cs:start-annotator' });
    } catch (err) {
      sent = Promise.reject(err); // an orphaned script (extension updated or removed)
    }
    sent
      .then((started) => {
        // The background's polyfill turns a rejection into an answer carrying its message.
        if (started !== true)
          throw new Error((started as { message?: string } | null)?.message ?? 'no answer');
      })
      .catch((err: unknown) => {
        const reason = `annotator not started: ${err instanceof Error ? err.message : String(err)}`;
        publish({ ...verdict, status: 'error', reason });
        console.warn('[Kontext]', reason);
      });
  };

  const check = (): void => {
    if (verdict.status !== 'not-article') return;
    try {
      const v = quickDetect(document, location.href);
      publish({ status: 'not-article', reason: v.reason, url: location.href });
      if (v.maybeArticle) handOver();
    } catch (err) {
      // A page this odd is left alone; the popup still hears why.
      publish({ status: 'error', reason: String(err), url: location.href });
      stop();
    }
  };

  // localhost only: the e2e tests and the benchmark ask the page for the script's state.
  const onTestMessage = (e: MessageEvent): void => {
    if (verdict.status === 'handing-over' || e.source !== window) return;
    const type = (e.data as { type?: unknown } | null)?.type;
    if (type === 'kontext:test-open-popup')
      void ext()
        .runtime.sendMessage({ type: 'cs:test-open-popup' })
        .catch(() => undefined);
    if (type === 'kontext:test-state?')
      void ext()
        .storage.local.get(SETTINGS_KEY)
        .then((stored) => {
          const s = tabStateOfVerdict(verdict, parseSettings(stored[SETTINGS_KEY] ?? undefined));
          window.postMessage(
            { type: 'kontext:test-state', status: s.status, enabled: s.enabled, marks: [] },
            '*',
          );
        });
  };
  if (isLocal) window.addEventListener('message', onTestMessage);

  // Sites that navigate without reloading: a front page may turn into an article.
  const poll = window.setInterval(() => {
    if (location.href === lastHref) return;
    lastHref = location.href;
    window.clearTimeout(settleTimer);
    settleTimer = window.setTimeout(check, LOCATION_SETTLE_MS);
  }, LOCATION_POLL_MS);
  g.__kontextDetector = { stop };
  check();
});
