// Wires Kontext into the page and the extension's messaging: settings, the reader's packs, the
// popup's questions, the keyboard commands and the badge. The annotation's lifecycle is annotator.ts
// (full passes, the live page, the reader's hover, click and keys).
// Every failure is caught and logged once; the page is left as it was.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from 'wxt/utils/storage';
import { buildTabState } from '@/lib/annotate/tab-state';
import { isToContent, type TabState, type ToContent } from '@/lib/messages';
import { PACKS_INDEX_STORAGE_KEY } from '@/lib/packs-store';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  parseSettings,
  SETTINGS_ITEM_KEY,
  type Settings,
  siteOf,
  withDefaults,
  withSiteEnabled,
} from '@/lib/settings';
import { Annotator } from './annotator';
import { isLocal, safely, warnOnce } from './guard';
import { KnowledgeClient } from './knowledge-client';
import { testHook } from './test-hook';

const settingsItem = storage.defineItem<Settings>(SETTINGS_ITEM_KEY, { fallback: DEFAULT_SETTINGS });
const packsIndexItem = storage.defineItem<unknown>(PACKS_INDEX_STORAGE_KEY, { fallback: null });

const ORPHAN_CHECK_MS = 1000;
const isTop = window === window.top;
const FRAME_ANSWER_DELAY_MS = 200;

export function startKontext(ctx: ContentScriptContext): void {
  const controller = new Controller(ctx);
  controller.init().catch((err) => warnOnce('start', err));
}

class Controller {
  private readonly site = siteOf(location.href);
  private settings: Settings = DEFAULT_SETTINGS;
  private readonly ask = new KnowledgeClient();
  private readonly annotator: Annotator;

  constructor(private readonly ctx: ContentScriptContext) {
    this.annotator = new Annotator({
      ctx,
      settings: () => this.settings,
      enabled: () => this.enabled,
      ask: this.ask,
      report: (count: number) => this.report(count),
    });
  }

  async init(): Promise<void> {
    // A card left behind by a predecessor of this script (extension reloaded or updated): ours now.
    for (const stale of document.querySelectorAll('kontext-popover[data-kontext-ui]')) stale.remove();
    const onMessage = (msg: unknown) => (isToContent(msg) ? this.handle(msg) : undefined);
    browser.runtime.onMessage.addListener(onMessage);
    // After a reload or uninstall this script is orphaned; where no successor takes over (a disabled
    // extension, Chromium's reload of an unpacked one) nothing tells it, so it looks for itself.
    const orphanCheck = window.setInterval(() => {
      if (this.ctx.isInvalid) this.ctx.notifyInvalidated();
    }, ORPHAN_CHECK_MS);
    this.ctx.onInvalidated(() => {
      window.clearInterval(orphanCheck);
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // The extension context is gone: there is no listener left to remove.
      }
      this.annotator.unannotate();
    });
    if (isLocal) {
      const hook = testHook(() => ({
        status: this.annotator.status,
        enabled: this.enabled,
        mentions: this.annotator.annotation?.mentions ?? [],
        types: this.annotator.types,
      }));
      window.addEventListener('message', safely('test hook', hook), { signal: this.ctx.signal });
    }
    this.settings = parseSettings(await settingsItem.getValue());
    this.annotator.reader?.intent.setOpenDelay(withDefaults(this.settings).hoverDelayMs);
    const unwatch = settingsItem.watch(safely('settings', (v) => this.applySettings(parseSettings(v))));
    // The options page writes the packs, then their compiled index: follow the index.
    const unwatchPacks = packsIndexItem.watch(
      safely('packs', () => {
        this.ask.forget();
        this.annotator.refresh(0);
      }),
    );
    this.ctx.onInvalidated(() => {
      unwatch();
      unwatchPacks();
    });
    // Sites that navigate without reloading: start fresh on the new article.
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.annotator.refresh());
    if (this.ctx.isValid) this.applySettings(this.settings, true);
  }

  private get enabled(): boolean {
    return isSiteEnabled(this.settings, this.site);
  }

  private applySettings(next: Settings, first = false): void {
    const was = first ? false : this.enabled;
    const before = withDefaults(this.settings);
    this.settings = next;
    const after = withDefaults(next);
    this.annotator.reader?.intent.setOpenDelay(after.hoverDelayMs);
    const repaint =
      before.markStyle !== after.markStyle || JSON.stringify(before.types) !== JSON.stringify(after.types);
    if (this.enabled && was && repaint) this.annotator.refresh(0);
    else if (this.enabled && !was) this.annotator.annotate();
    else if (!this.enabled && (was || first)) {
      this.annotator.unannotate();
      this.annotator.status = 'disabled';
      this.report(0);
    }
  }

  private handle(msg: ToContent): Promise<TabState> | undefined {
    try {
      switch (msg.type) {
        case 'popup:get-state':
          return this.answerState();
        case 'popup:show-evidence':
          if (msg.url === location.href) this.annotator.reader?.showEvidence(msg.start, msg.end);
          return undefined;
        case 'bg:command':
          if (msg.command === 'toggle-annotations')
            void this.setSiteEnabled(!this.enabled).catch((e) => warnOnce('toggle', e));
          else if (msg.command === 'next-mark') this.annotator.reader?.step(1);
          else this.annotator.reader?.step(-1);
          return undefined;
        case 'bg:site-enabled':
          // The reader removed this site from the extra sites: the script stays until reload, the marks go.
          if (!msg.enabled) {
            this.annotator.unannotate();
            this.annotator.status = 'disabled';
            this.report(0);
          }
          return undefined;
      }
    } catch (err) {
      warnOnce(msg.type, err);
    }
    return undefined;
  }

  private async setSiteEnabled(enabled: boolean): Promise<void> {
    await settingsItem.setValue(withSiteEnabled(this.settings, this.site, enabled));
  }

  private state(): TabState {
    return buildTabState({
      status: this.annotator.status,
      reason: this.annotator.reason,
      site: this.site,
      enabled: this.enabled,
      url: location.href,
      annotation: this.annotator.annotation,
    });
  }

  /**
   * Every frame of the tab gets the popup's question and the first answer wins: a frame holding an
   * article answers at once, a frame without one only as the top frame and a moment later, so an
   * article in an iframe is not hidden by its page saying "not an article".
   */
  private answerState(): Promise<TabState> | undefined {
    if (this.annotator.status === 'ready') return Promise.resolve(this.state());
    if (!isTop) return undefined;
    return new Promise((resolve) => window.setTimeout(() => resolve(this.state()), FRAME_ANSWER_DELAY_MS));
  }

  private report(count: number): void {
    // The badge counts the frame with the article; an empty frame must not clear it.
    if (!isTop && count === 0) return;
    browser.runtime.sendMessage({ type: 'cs:count', count }).catch(() => {
      // The background may be asleep or the extension reloading: the badge is not worth an error.
    });
  }
}
