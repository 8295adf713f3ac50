// Wires the annotation pipeline (lib/) to the live page and the extension's messaging: settings,
// knowledge, the popup's questions and the badge. The passes (full-pass.ts), the live page
// (live-follower.ts) and the reader's hover, click and keys (interaction.ts) live next to it.
// Every failure is caught and logged once; the page is left as it was.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from 'wxt/utils/storage';
import type { Annotation } from '@/lib/annotate/annotate-page';
import { segmentIndex } from '@/lib/annotate/live-apply';
import { pauseFor } from '@/lib/annotate/slices';
import { buildTabState } from '@/lib/annotate/tab-state';
import type { PageKnowledge } from '@/lib/knowledge/page-knowledge';
import { isToContent, type TabState, type ToContent } from '@/lib/messages';
import { PACKS_INDEX_STORAGE_KEY } from '@/lib/packs-store';
import { clearAll, highlightEnvOf } from '@/lib/render/paint';
import { shadowRootsOf, styleShadowRoots } from '@/lib/render/shadow-styles';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  isTypeMarked,
  parseSettings,
  resolveUiLanguage,
  type Settings,
  siteOf,
  withDefaults,
  withSiteEnabled,
} from '@/lib/settings';
import { fullPass } from './full-pass';
import { isLocal, safely, warnOnce } from './guard';
import highlightCss from './highlights.css?inline';
import { Interaction } from './interaction';
import { KnowledgeClient } from './knowledge-client';
import { LiveFollower } from './live-follower';
import { testHook } from './test-hook';

const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });
const packsIndexItem = storage.defineItem<unknown>(PACKS_INDEX_STORAGE_KEY, { fallback: null });

const ORPHAN_CHECK_MS = 1000;
const isTop = window === window.top;
const FRAME_ANSWER_DELAY_MS = 200;
// A full pass asked for while one runs, or by a fast-changing page, waits this long (a throttle).
const REFRESH_DELAY_MS = 300;
const pause = pauseFor(window);

export function startKontext(ctx: ContentScriptContext): void {
  const controller = new Controller(ctx);
  controller.init().catch((err) => warnOnce('start', err));
}

class Controller {
  private readonly env = highlightEnvOf(window);
  private readonly site = siteOf(location.href);
  private settings: Settings = DEFAULT_SETTINGS;
  private readonly ask = new KnowledgeClient();
  private annotation: Annotation | null = null;
  private knowledgeAsOf = '';
  private types: PageKnowledge['types'] = {};
  private status: TabState['status'] = 'not-article';
  private reason = '';
  private refreshTimer = 0;
  /** Takes our highlight rules back out of the page's shadow roots. */
  private unstyleShadows: (() => void) | null = null;
  private readonly reader = this.env
    ? new Interaction({
        env: this.env,
        entity: (id) => this.ask.entity(id),
        cardContext: () => ({
          knowledgeAsOf: this.knowledgeAsOf,
          lang: resolveUiLanguage(this.settings.uiLanguage, navigator.language),
        }),
      })
    : null;
  private readonly live = new LiveFollower({
    slices: { now: () => performance.now(), pause },
    input: () => this.paintInput(),
    changed: safely('live', (outcome) => {
      this.reader?.marksChanged(outcome.dropped > 0);
      const count = this.entityCount();
      if (count !== this.reported) this.report(count);
    }),
    fullPass: (now) => this.refresh(now ? 0 : REFRESH_DELAY_MS),
    stopped: () => !this.enabled || !this.ctx.isValid,
  });

  constructor(private readonly ctx: ContentScriptContext) {}

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
      this.unannotate();
    });
    if (isLocal) {
      const hook = testHook(() => ({
        status: this.status,
        enabled: this.enabled,
        mentions: this.annotation?.mentions ?? [],
        types: this.types,
      }));
      window.addEventListener('message', safely('test hook', hook), { signal: this.ctx.signal });
    }
    this.settings = parseSettings(await settingsItem.getValue());
    this.reader?.intent.setOpenDelay(withDefaults(this.settings).hoverDelayMs);
    const unwatch = settingsItem.watch(safely('settings', (v) => this.applySettings(parseSettings(v))));
    // The options page writes the packs, then their compiled index: follow the index.
    const unwatchPacks = packsIndexItem.watch(
      safely('packs', () => {
        this.ask.forget();
        this.refresh(0);
      }),
    );
    this.ctx.onInvalidated(() => {
      unwatch();
      unwatchPacks();
    });
    // Sites that navigate without reloading: start fresh on the new article.
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.refresh());
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
    this.reader?.intent.setOpenDelay(after.hoverDelayMs);
    const repaint =
      before.markStyle !== after.markStyle || JSON.stringify(before.types) !== JSON.stringify(after.types);
    if (this.enabled && was && repaint) this.refresh(0);
    else if (this.enabled && !was) this.annotate();
    else if (!this.enabled && (was || first)) {
      this.unannotate();
      this.status = 'disabled';
      this.report(0);
    }
  }

  /** Each pass has a number; a pass overtaken by a toggle or a newer pass stops between slices. */
  private generation = 0;

  private passRunning = false;

  private paintInput() {
    return {
      knowledge: this.knowledgeNow!,
      env: this.env!,
      look: withDefaults(this.settings).markStyle,
      marked: (type: Parameters<typeof isTypeMarked>[1]) => isTypeMarked(this.settings, type),
    };
  }

  /** The knowledge the current annotation was made with (live batches match with the same). */
  private knowledgeNow: PageKnowledge | null = null;

  private annotate(): void {
    const generation = ++this.generation;
    this.passRunning = true;
    this.runAnnotate(generation)
      .finally(() => {
        if (generation === this.generation) this.passRunning = false;
      })
      .catch((err) => {
        if (generation !== this.generation) return;
        this.unannotate();
        this.status = 'error';
        this.reason = String(err);
        warnOnce('annotate', err);
      });
  }

  private async runAnnotate(generation: number): Promise<void> {
    if (!this.env) {
      this.status = 'error';
      this.reason = 'CSS Custom Highlight API fehlt in diesem Browser';
      return;
    }
    const cancelled = () => generation !== this.generation || !this.ctx.isValid;
    // Recording starts now: text added while the pass runs is followed once it is done.
    this.live.observe();
    const outcome = await fullPass(
      { now: () => performance.now(), pause, cancelled },
      () => this.ask.page(),
      (knowledge) => ({ ...this.paintInput(), knowledge }),
    );
    if (outcome.kind === 'cancelled') {
      // Overtaken: whatever this pass painted belongs to no annotation.
      if (!this.annotation && generation === this.generation) clearAll(this.env);
      return;
    }
    if (outcome.kind === 'skipped') {
      this.live.stop();
      this.status = 'not-article';
      this.reason = outcome.reason;
      this.report(0);
      return;
    }
    const { annotation: a, knowledge } = outcome;
    this.annotation = a;
    this.knowledgeNow = knowledge;
    this.unstyleShadows = styleShadowRoots(shadowRootsOf(a.ranges), highlightCss);
    this.knowledgeAsOf = knowledge.asOf;
    this.types = knowledge.types;
    this.status = 'ready';
    this.reason = '';
    const index = segmentIndex(a.collected);
    this.reader?.attach(a, index);
    this.live.follow(a, index);
    this.report(this.entityCount());
  }

  private entityCount(): number {
    return new Set((this.annotation?.mentions ?? []).map((m) => m.entityId)).size;
  }

  /** Annotate afresh (navigation, settings, a live page that cannot be followed); never under an open card. */
  private refresh(delay = REFRESH_DELAY_MS): void {
    // A throttle, not a debounce: a page that keeps asking still gets a pass every REFRESH_DELAY_MS.
    // An immediate request (settings) wins.
    if (this.refreshTimer && delay >= REFRESH_DELAY_MS) return;
    window.clearTimeout(this.refreshTimer);
    this.refreshTimer = window.setTimeout(
      safely('refresh', () => {
        this.refreshTimer = 0;
        if (!this.enabled || !this.ctx.isValid) return;
        // Never under an open card, and never cancel a pass still in its slices (on a huge live page
        // each refresh would otherwise overtake the last and none would finish).
        if (this.reader?.cardOpen || this.passRunning) return this.refresh();
        this.unannotate();
        this.annotate();
      }),
      delay,
    );
  }

  private unannotate(): void {
    this.generation++;
    this.passRunning = false;
    window.clearTimeout(this.refreshTimer);
    this.refreshTimer = 0;
    this.live.stop();
    this.reader?.detach();
    if (this.env) clearAll(this.env);
    this.unstyleShadows?.();
    this.unstyleShadows = null;
    this.annotation = null;
  }

  private handle(msg: ToContent): Promise<TabState> | undefined {
    try {
      switch (msg.type) {
        case 'popup:get-state':
          return this.answerState();
        case 'popup:show-evidence':
          if (msg.url === location.href) this.reader?.showEvidence(msg.start, msg.end);
          return undefined;
        case 'bg:command':
          if (msg.command === 'toggle-annotations')
            void this.setSiteEnabled(!this.enabled).catch((e) => warnOnce('toggle', e));
          else if (msg.command === 'next-mark') this.reader?.step(1);
          else this.reader?.step(-1);
          return undefined;
        case 'bg:site-enabled':
          // The reader removed this site from the extra sites: the script stays until reload, the marks go.
          if (!msg.enabled) {
            this.unannotate();
            this.status = 'disabled';
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
      status: this.status,
      reason: this.reason,
      site: this.site,
      enabled: this.enabled,
      url: location.href,
      annotation: this.annotation,
    });
  }

  /**
   * Every frame of the tab gets the popup's question and the first answer wins: a frame holding an
   * article answers at once, a frame without one only as the top frame and a moment later, so an
   * article in an iframe is not hidden by its page saying "not an article".
   */
  private answerState(): Promise<TabState> | undefined {
    if (this.status === 'ready') return Promise.resolve(this.state());
    if (!isTop) return undefined;
    return new Promise((resolve) => window.setTimeout(() => resolve(this.state()), FRAME_ANSWER_DELAY_MS));
  }

  /** The badge's last count, so a live page's batches only message the background when it changes. */
  private reported = -1;

  private report(count: number): void {
    this.reported = count;
    // The badge counts the frame with the article; an empty frame must not clear it.
    if (!isTop && count === 0) return;
    browser.runtime.sendMessage({ type: 'cs:count', count }).catch(() => {
      // The background may be asleep or the extension reloading: the badge is not worth an error.
    });
  }
}
