// Wires the annotation pipeline (lib/) to the live page, the card and the extension's messaging.
// Every failure is caught and logged once; the page is left as it was.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { storage } from 'wxt/utils/storage';
import { type Annotation, articleSteps, paintSteps } from '@/lib/annotate/annotate-page';
import { textChanged } from '@/lib/annotate/mutations';
import { pauseFor, runInSlices } from '@/lib/annotate/slices';
import { buildTabState } from '@/lib/annotate/tab-state';
import type { PageKnowledge } from '@/lib/knowledge/page-knowledge';
import { roleOn } from '@/lib/knowledge/roles';
import type { Entity } from '@/lib/knowledge/types';
import { isToContent, type TabState, type ToContent } from '@/lib/messages';
import { PACKS_INDEX_STORAGE_KEY } from '@/lib/packs-store';
import { caretAt, pointInRects } from '@/lib/render/caret';
import { HoverIntent } from '@/lib/render/hover-intent';
import { createLocator, stepMention } from '@/lib/render/locate';
import {
  ACTIVE_HIGHLIGHT,
  clearAll,
  FLASH_HIGHLIGHT,
  highlightEnvOf,
  rangeFor,
  setSingle,
} from '@/lib/render/paint';
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
import highlightCss from './highlights.css?inline';
import { liveRange, Popover, referenceFor } from './popover';

const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });
const packsIndexItem = storage.defineItem<unknown>(PACKS_INDEX_STORAGE_KEY, { fallback: null });

const ORPHAN_CHECK_MS = 1000;
const isTop = window === window.top;
const FRAME_ANSWER_DELAY_MS = 200;
// Long enough to batch a ticker's burst of inserts into one pass.
const REFRESH_DELAY_MS = 300;
const pause = pauseFor(window);
const isLocal = /^(localhost|127\.0\.0\.1)$/.test(location.hostname);

let warned = false;
function warnOnce(where: string, err: unknown): void {
  if (warned) return;
  warned = true;
  console.warn(`[Kontext] ${where}: annotations stopped on this page.`, err);
}

/** Guarded: an exception in Kontext must never reach the page's own code. */
function safely<A extends unknown[]>(where: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (err) {
      warnOnce(where, err);
    }
  };
}

export function startKontext(ctx: ContentScriptContext): void {
  const controller = new Controller(ctx);
  controller.init().catch((err) => warnOnce('start', err));
}

class Controller {
  private readonly env = highlightEnvOf(window);
  private readonly site = siteOf(location.href);
  private settings: Settings = DEFAULT_SETTINGS;
  /** Asked of the background once the page is an article; dropped when the reader's packs change. */
  private knowledge: Promise<PageKnowledge> | null = null;
  private readonly entityCache = new Map<string, Promise<Entity | null>>();
  private annotation: Annotation | null = null;
  private knowledgeAsOf = '';
  private types: PageKnowledge['types'] = {};
  private status: TabState['status'] = 'not-article';
  private reason = '';
  private popover: Popover | null = null;
  private pageListeners: AbortController | null = null;
  private locate: ((node: Node, offset: number) => number) | null = null;
  private active = -1;
  private flashTimer = 0;
  private refreshTimer = 0;
  /** Takes our highlight rules back out of the page's shadow roots. */
  private unstyleShadows: (() => void) | null = null;
  private readonly intent = new HoverIntent({
    setTimer: (fn, ms) => window.setTimeout(safely('hover', fn), ms),
    clearTimer: (id) => window.clearTimeout(id),
    onOpen: (i) => this.openCard(i, false),
    onClose: () => this.closeCard(),
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
    if (isLocal)
      window.addEventListener('message', safely('test hook', this.onTestMessage), {
        signal: this.ctx.signal,
      });
    this.settings = parseSettings(await settingsItem.getValue());
    this.intent.setOpenDelay(withDefaults(this.settings).hoverDelayMs);
    const unwatch = settingsItem.watch(safely('settings', (v) => this.applySettings(parseSettings(v))));
    // The options page writes the packs, then their compiled index: follow the index.
    const unwatchPacks = packsIndexItem.watch(
      safely('packs', () => {
        this.knowledge = null;
        this.entityCache.clear();
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

  private pageKnowledge(): Promise<PageKnowledge> {
    // Sent as a JSON string: parsing it here is several times cheaper than structured-cloning the
    // index object across the message channel (bench: 2.5 ms against 20–300 ms).
    this.knowledge ??= browser.runtime.sendMessage({ type: 'cs:knowledge' }).then((k) => {
      if (typeof k !== 'string') throw new Error('the background sent no knowledge');
      return JSON.parse(k) as PageKnowledge;
    });
    return this.knowledge;
  }

  private entity(id: string): Promise<Entity | null> {
    let e = this.entityCache.get(id);
    if (!e) {
      e = browser.runtime.sendMessage({ type: 'cs:entity', id }).then((r) => (r as Entity | null) ?? null);
      this.entityCache.set(id, e);
    }
    return e;
  }

  private applySettings(next: Settings, first = false): void {
    const was = first ? false : this.enabled;
    const before = withDefaults(this.settings);
    this.settings = next;
    const after = withDefaults(next);
    this.intent.setOpenDelay(after.hoverDelayMs);
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
    const started = performance.now();
    const now = () => performance.now();
    const slices = {
      now,
      pause,
      cancelled: () => generation !== this.generation || !this.ctx.isValid,
    };
    const article = await runInSlices(articleSteps(document, location.href), slices);
    if (!article || generation !== this.generation) return;
    if (article.kind === 'skipped') {
      this.status = 'not-article';
      this.reason = article.reason;
      this.report(0);
      return;
    }
    const extracted = performance.now();
    const knowledge = await this.pageKnowledge();
    if (generation !== this.generation) return;
    const waited = performance.now() - extracted;
    const outcome = await runInSlices(
      paintSteps(article, {
        knowledge,
        env: this.env,
        look: withDefaults(this.settings).markStyle,
        marked: (type) => isTypeMarked(this.settings, type),
      }),
      slices,
    );
    if (!outcome || generation !== this.generation) {
      // Overtaken: whatever this pass painted belongs to no annotation.
      if (!this.annotation) clearAll(this.env);
      return;
    }
    const a = outcome;
    this.annotation = a;
    this.unstyleShadows = styleShadowRoots(shadowRootsOf(a.ranges), highlightCss);
    this.knowledgeAsOf = knowledge.asOf;
    this.types = knowledge.types;
    this.status = 'ready';
    this.reason = '';
    this.listen(a);
    this.report(new Set(a.mentions.map((m) => m.entityId)).size);
    if (isLocal) {
      const phases = Object.entries(a.timings).map(([k, v]) => `${k} ${v.toFixed(1)}`);
      const work = performance.now() - started - waited;
      console.debug(
        `[Kontext] annotated in ${work.toFixed(1)} ms (extract ${(extracted - started).toFixed(1)}, ${phases.join(', ')}; ${a.mentions.length} marks; knowledge arrived after ${waited.toFixed(1)} ms)`,
      );
    }
  }

  /** Live pages: annotate again once the page has settled; never under an open card. */
  private refresh(delay = REFRESH_DELAY_MS): void {
    // A throttle, not a debounce: a ticker that changes every 100 ms still gets its new text marked
    // every REFRESH_DELAY_MS instead of only when it pauses. An immediate request (settings) wins.
    if (this.refreshTimer && delay >= REFRESH_DELAY_MS) return;
    window.clearTimeout(this.refreshTimer);
    this.refreshTimer = window.setTimeout(
      safely('refresh', () => {
        this.refreshTimer = 0;
        if (!this.enabled || !this.ctx.isValid) return;
        // Never under an open card, and never cancel a pass still in its slices (on a huge live page
        // each refresh would otherwise overtake the last and none would finish).
        if (this.intent.openMention >= 0 || this.passRunning) return this.refresh();
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
    this.intent.closeNow();
    this.pageListeners?.abort();
    this.pageListeners = null;
    this.popover?.destroy();
    this.popover = null;
    if (this.env) clearAll(this.env);
    this.unstyleShadows?.();
    this.unstyleShadows = null;
    this.annotation = null;
    this.locate = null;
    this.active = -1;
  }

  private listen(a: Annotation): void {
    const locator = createLocator(a.collected, a.mentions);
    this.locate = (node, offset) => locator.at(node, offset);
    this.pageListeners = new AbortController();
    const opts = { signal: this.pageListeners.signal, passive: true, capture: true };
    let frame = 0;
    let last: PointerEvent | null = null;
    document.addEventListener(
      'pointermove',
      (e) => {
        last = e;
        if (frame) return;
        frame = requestAnimationFrame(
          safely('pointer', () => {
            frame = 0;
            if (last && last.pointerType !== 'touch') this.onPointer(last);
          }),
        );
      },
      opts,
    );
    document.addEventListener(
      'click',
      safely('click', (e: MouseEvent) => {
        if (this.popover?.contains(e.target as Node)) return;
        const sel = document.getSelection();
        if (sel && !sel.isCollapsed) return;
        const i = this.mentionAtPoint(e.clientX, e.clientY);
        if (i >= 0) this.intent.showNow(i);
        else if (this.intent.openMention >= 0) this.intent.closeNow();
      }),
      opts,
    );
    const observer = new MutationObserver(
      safely('mutations', (records: MutationRecord[]) => {
        if (textChanged(records)) this.refresh();
      }),
    );
    observer.observe(document.body ?? document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    this.pageListeners.signal.addEventListener('abort', () => observer.disconnect());
    document.addEventListener(
      'keydown',
      safely('keydown', (e: KeyboardEvent) => {
        if (e.key === 'Escape' && this.intent.openMention >= 0) this.intent.closeNow();
      }),
      { signal: this.pageListeners.signal, capture: true },
    );
  }

  private onPointer(e: PointerEvent): void {
    if (this.popover?.contains(e.target as Node)) return;
    this.intent.pointerOver(this.mentionAtPoint(e.clientX, e.clientY));
  }

  private mentionAtPoint(x: number, y: number): number {
    const a = this.annotation;
    if (!a || !this.locate) return -1;
    const caret = caretAt(document, x, y);
    if (!caret) return -1;
    // The caret sits between characters: the one under the pointer is before or after it.
    for (const off of [caret.offset, caret.offset - 1]) {
      const i = this.locate(caret.node, Math.max(0, off));
      if (i < 0) continue;
      const r = a.ranges[i]!;
      if (pointInRects(liveRange(document, r).getClientRects(), x, y)) return i;
    }
    return -1;
  }

  private openCard(i: number, focus: boolean): void {
    const a = this.annotation;
    const m = a?.mentions[i];
    if (!a || !m) return;
    void this.entity(m.entityId)
      .then(
        safely('card', (entity: Entity | null) => {
          // The pointer may have moved on while the entity travelled.
          if (entity && this.annotation === a && this.intent.openMention === i)
            this.showCard(a, i, entity, focus);
        }),
      )
      .catch((err) => warnOnce('card', err));
  }

  private showCard(a: Annotation, i: number, entity: Entity, focus: boolean): void {
    if (!this.popover) {
      this.popover = new Popover(document, () => this.intent.closeNow());
      const host = this.popover.host;
      host.addEventListener('pointerenter', () => this.intent.pointerInCard(true));
      host.addEventListener('pointerleave', () => this.intent.pointerInCard(false));
      host.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') this.intent.closeNow();
      });
    }
    const today = new Date().toISOString().slice(0, 10);
    const published = a.page.published;
    this.popover.show(
      {
        entity,
        published,
        today,
        roleThen: published ? roleOn(entity, published) : null,
        roleNow: roleOn(entity, today),
        knowledgeAsOf: this.knowledgeAsOf,
        lang: resolveUiLanguage(this.settings.uiLanguage, navigator.language),
      },
      referenceFor(document, a.ranges[i]!),
      focus,
    );
    setSingle(this.env!, ACTIVE_HIGHLIGHT, a.ranges[i]!);
  }

  private closeCard(): void {
    this.popover?.hide();
    if (this.env) setSingle(this.env, ACTIVE_HIGHLIGHT, null);
  }

  /** Keyboard path: step to the next/previous mark, scroll it into view, open and focus its card. */
  private step(direction: 1 | -1): void {
    const a = this.annotation;
    if (!a) return;
    this.active = stepMention(a.mentions.length, this.active, direction);
    if (this.active < 0) return;
    const r = a.ranges[this.active]!;
    r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.intent.showNow(this.active);
    this.openCard(this.active, true);
  }

  private showEvidence(start: number, end: number): void {
    const a = this.annotation;
    if (!a || !this.env) return;
    const r = rangeFor(this.env, a.collected, start, end);
    r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setSingle(this.env, FLASH_HIGHLIGHT, r);
    window.clearTimeout(this.flashTimer);
    this.flashTimer = window.setTimeout(() => this.env && setSingle(this.env, FLASH_HIGHLIGHT, null), 2500);
  }

  private handle(msg: ToContent): Promise<TabState> | undefined {
    try {
      switch (msg.type) {
        case 'popup:get-state':
          return this.answerState();
        case 'popup:show-evidence':
          if (msg.url === location.href) this.showEvidence(msg.start, msg.end);
          return undefined;
        case 'bg:command':
          if (msg.command === 'toggle-annotations')
            void this.setSiteEnabled(!this.enabled).catch((e) => warnOnce('toggle', e));
          else if (msg.command === 'next-mark') this.step(1);
          else this.step(-1);
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

  private report(count: number): void {
    // The badge counts the frame with the article; an empty frame must not clear it.
    if (!isTop && count === 0) return;
    browser.runtime.sendMessage({ type: 'cs:count', count }).catch(() => {
      // The background may be asleep or the extension reloading: the badge is not worth an error.
    });
  }

  private readonly onTestMessage = (e: MessageEvent): void => {
    if (e.source !== window || typeof e.data !== 'object' || e.data === null) return;
    if (e.data.type === 'kontext:test-open-popup')
      void browser.runtime.sendMessage({ type: 'cs:test-open-popup' });
    if (e.data.type === 'kontext:test-state?') {
      const a = this.annotation;
      const marks = (a?.mentions ?? []).map((m) => ({
        text: m.text,
        entityId: m.entityId,
        type: this.types[m.entityId] ?? null,
      }));
      window.postMessage(
        { type: 'kontext:test-state', status: this.status, enabled: this.enabled, marks },
        '*',
      );
    }
  };
}
