// The detector: what runs in every frame of every news-site page. It asks lib/page/quick-detect
// whether the page could be an article; on a likely one the background injects the annotator
// (entrypoints/annotator.ts) into this frame, which then answers for it. Elsewhere this small script
// stays and answers what the annotator would have: the popup's "not an article", the toggle command,
// the localhost test hook, and a later in-page navigation to an article.
import './highlights.css';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isToContent, type TabState } from '@/lib/messages';
import { NEWS_SITE_MATCHES } from '@/lib/page/news-sites';
import { quickDetect } from '@/lib/page/quick-detect';
import { isSiteEnabled, parseSettings, siteOf, withSiteEnabled } from '@/lib/settings';

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: 'document_idle',
  // An article may sit in a same-site iframe; every frame detects for itself.
  allFrames: true,
  // WXT's legacy window.postMessage on start wakes every message listener of the page (ads, analytics)
  // on every load; our own takeover listens for WXT's document event, which is still sent.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startDetector(ctx);
  },
});

// The annotator's own rules (controller.ts): a frame without an article answers the popup only as
// the top frame and a moment late, so an article in an iframe wins.
const FRAME_ANSWER_DELAY_MS = 200;
// A site that navigates without reloading renders the new page after the address changes.
const LOCATION_SETTLE_MS = 300;
/** storage.local key of the reader's settings ('local:settings' in WXT's storage). */
const SETTINGS_KEY = 'settings';

function startDetector(ctx: ContentScriptContext): void {
  const isTop = window === window.top;
  const isLocal = /^(localhost|127\.0\.0\.1)$/.test(location.hostname);
  let status: 'not-article' | 'handing-over' | 'stood-down' | 'error' = 'not-article';
  let reason = '';

  const settings = async () =>
    parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] ?? undefined);
  const state = async (): Promise<TabState> => {
    const site = siteOf(location.href);
    const enabled = isSiteEnabled(await settings(), site);
    const shown =
      status === 'error' ? 'error' : status === 'stood-down' || !enabled ? 'disabled' : 'not-article';
    return {
      status: shown,
      ...(reason && shown !== 'disabled' ? { reason } : {}),
      site,
      enabled,
      url: location.href,
      page: null,
      text: '',
      mentions: [],
    };
  };

  // The browser's own promise APIs, without webextension-polyfill (wxt.config.ts): an answer goes
  // through sendResponse, which Chrome and Firefox both take.
  const onMessage = (
    msg: unknown,
    _sender: unknown,
    sendResponse: (state: TabState) => void,
  ): true | undefined => {
    // Once the annotator is on its way it answers for this frame.
    if (status === 'handing-over' || !isToContent(msg)) return undefined;
    if (msg.type === 'popup:get-state') {
      if (!isTop) return undefined;
      window.setTimeout(() => void state().then(sendResponse), FRAME_ANSWER_DELAY_MS);
      return true;
    }
    // Every frame gets the command; one write is enough (an annotator in a frame toggles for itself).
    if (msg.type === 'bg:command' && msg.command === 'toggle-annotations' && isTop)
      void toggleSite().catch((err) => console.warn('[Kontext] toggle:', err));
    if (msg.type === 'bg:site-enabled' && !msg.enabled) status = 'stood-down';
    return undefined;
  };
  // The same as the annotator: switching the site off or on is the reader's choice on any of its pages.
  const toggleSite = async () => {
    const s = await settings();
    const site = siteOf(location.href);
    await browser.storage.local.set({ [SETTINGS_KEY]: withSiteEnabled(s, site, !isSiteEnabled(s, site)) });
  };
  const onTestMessage = (e: MessageEvent): void => {
    if (status === 'handing-over' || e.source !== window) return;
    const type = (e.data as { type?: unknown } | null)?.type;
    if (type === 'kontext:test-open-popup')
      void browser.runtime.sendMessage({ type: 'cs:test-open-popup' }).catch(() => undefined);
    if (type === 'kontext:test-state?')
      void state().then((s) =>
        window.postMessage(
          { type: 'kontext:test-state', status: s.status, enabled: s.enabled, marks: [] },
          '*',
        ),
      );
  };

  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The extension context is gone: there is no listener left to remove.
    }
  });
  if (isLocal) ctx.addEventListener(window, 'message', onTestMessage);

  const check = (): void => {
    if (status !== 'not-article' || ctx.isInvalid) return;
    const verdict = quickDetect(document, location.href);
    reason = verdict.reason;
    if (!verdict.maybeArticle) return;
    status = 'handing-over';
    browser.runtime
      .sendMessage({ type: 'cs:start-annotator' })
      .then((started: unknown) => {
        // The background's polyfill turns a rejection into an answer carrying its message.
        if (started !== true)
          throw new Error((started as { message?: string } | null)?.message ?? 'no answer');
        // The annotator runs in this frame now: this script's work is done.
        ctx.abort('annotator started');
      })
      .catch((err: unknown) => {
        status = 'error';
        reason = `annotator not started: ${err instanceof Error ? err.message : String(err)}`;
        console.warn('[Kontext]', reason);
      });
  };
  // Sites that navigate without reloading: a front page may turn into an article.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(check, LOCATION_SETTLE_MS));
  try {
    check();
  } catch (err) {
    // A page this odd is left alone; the popup still hears why.
    status = 'error';
    reason = String(err);
  }
}
