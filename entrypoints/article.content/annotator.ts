// The annotation's lifecycle on one page: a full pass (full-pass.ts) when the page is enabled,
// navigated or its knowledge or look changed, the live follower (live-follower.ts) after it, the
// reader's interaction (interaction.ts) on its marks, and everything taken away again when the page
// is switched off or the extension goes.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Annotation } from '@/lib/annotate/annotate-page';
import { segmentIndex } from '@/lib/annotate/live-apply';
import { pauseFor } from '@/lib/annotate/slices';
import type { PageKnowledge } from '@/lib/knowledge/page-knowledge';
import type { EntityType } from '@/lib/knowledge/types';
import type { TabState } from '@/lib/messages';
import { clearAll, highlightEnvOf, highlightName } from '@/lib/render/paint';
import { shadowRootsOf, styleShadowRoots } from '@/lib/render/shadow-styles';
import { followViewport, MarkWindow, rangeBox, startsBefore } from '@/lib/render/window-paint';
import { isTypeMarked, resolveUiLanguage, type Settings, withDefaults } from '@/lib/settings';
import { fullPass } from './full-pass';
import { safely, warnOnce } from './guard';
import highlightCss from './highlights.css?inline';
import { Interaction } from './interaction';
import type { KnowledgeClient } from './knowledge-client';
import { LiveFollower } from './live-follower';

// A full pass asked for while one runs, or by a fast-changing page, waits this long (a throttle).
const REFRESH_DELAY_MS = 300;
const pause = pauseFor(window);

export interface AnnotatorDeps {
  ctx: ContentScriptContext;
  settings(): Settings;
  enabled(): boolean;
  ask: KnowledgeClient;
  /** The badge: how many entities the page has. */
  report(count: number): void;
}

export class Annotator {
  readonly env = highlightEnvOf(window);
  annotation: Annotation | null = null;
  status: TabState['status'] = 'not-article';
  reason = '';
  types: PageKnowledge['types'] = {};
  private knowledgeAsOf = '';
  private refreshTimer = 0;
  /** Takes our highlight rules back out of the page's shadow roots. */
  private unstyleShadows: (() => void) | null = null;
  readonly reader = this.env
    ? new Interaction({
        env: this.env,
        entity: (id) => this.deps.ask.entity(id),
        cardContext: () => ({
          knowledgeAsOf: this.knowledgeAsOf,
          lang: resolveUiLanguage(this.deps.settings().uiLanguage, navigator.language),
        }),
      })
    : null;
  /** On an article with very many marks, only those around the viewport are registered. */
  private readonly marks = this.env
    ? new MarkWindow({
        env: this.env,
        probe: (r) => rangeBox(document, r),
        height: () => window.innerHeight,
        before: startsBefore,
      })
    : null;
  private viewport: { stop(): void; nudge(): void } | null = null;
  private readonly live = new LiveFollower({
    slices: { now: () => performance.now(), pause },
    input: () => this.paintInput(),
    changed: safely('live', (outcome) => {
      const a = this.annotation;
      if (a) this.marks?.sync(a.ranges, this.highlightNames(a));
      if (this.marks?.needsMove) this.viewport?.nudge();
      this.reader?.marksChanged(outcome.dropped > 0);
      const count = this.entityCount();
      if (count !== this.reported) this.report(count);
    }),
    fullPass: (now) => this.refresh(now ? 0 : REFRESH_DELAY_MS),
    registered: () => this.marks?.paintedCount ?? 0,
    stopped: () => !this.deps.enabled() || !this.deps.ctx.isValid,
  });
  /** The badge's last count, so a live page's batches only message the background when it changes. */
  private reported = -1;
  /** Each pass has a number; a pass overtaken by a toggle or a newer pass stops between slices. */
  private generation = 0;
  private passRunning = false;
  /** The knowledge the current annotation was made with (live batches match with the same). */
  private knowledgeNow: PageKnowledge | null = null;

  constructor(private readonly deps: AnnotatorDeps) {}

  private report(count: number): void {
    this.reported = count;
    this.deps.report(count);
  }

  private paintInput() {
    const settings = this.deps.settings();
    return {
      knowledge: this.knowledgeNow!,
      env: this.env!,
      look: withDefaults(settings).markStyle,
      marked: (type: EntityType) => isTypeMarked(settings, type),
      windowed: () => this.marks?.windowed ?? false,
    };
  }

  /** Each painted mark's highlight, index-aligned with a.ranges. */
  private highlightNames(a: Annotation): string[] {
    const look = withDefaults(this.deps.settings()).markStyle;
    const types = this.knowledgeNow?.types ?? {};
    return a.mentions.map((m) => highlightName(types[m.entityId] ?? 'term', look));
  }

  annotate(): void {
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
    const cancelled = () => generation !== this.generation || !this.deps.ctx.isValid;
    // Recording starts now: text added while the pass runs is followed once it is done.
    this.live.observe();
    const outcome = await fullPass(
      { now: () => performance.now(), pause, cancelled },
      () => this.deps.ask.page(),
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
    if (this.marks) {
      this.marks.reset(a.ranges, this.highlightNames(a));
      const marks = this.marks;
      this.viewport = followViewport(
        window,
        safely('window', () => marks.moved()),
      );
    }
    const index = segmentIndex(a.collected);
    this.reader?.attach(a, index);
    this.live.follow(a, index);
    this.report(this.entityCount());
  }

  entityCount(): number {
    return new Set((this.annotation?.mentions ?? []).map((m) => m.entityId)).size;
  }

  /** Annotate afresh (navigation, settings, a live page that cannot be followed); never under an open card. */
  refresh(delay = REFRESH_DELAY_MS): void {
    // A throttle, not a debounce: a page that keeps asking still gets a pass every REFRESH_DELAY_MS.
    // An immediate request (settings) wins.
    if (this.refreshTimer && delay >= REFRESH_DELAY_MS) return;
    window.clearTimeout(this.refreshTimer);
    this.refreshTimer = window.setTimeout(
      safely('refresh', () => {
        this.refreshTimer = 0;
        if (!this.deps.enabled() || !this.deps.ctx.isValid) return;
        // Never under an open card, and never cancel a pass still in its slices (on a huge live page
        // each refresh would otherwise overtake the last and none would finish).
        if (this.reader?.cardOpen || this.passRunning) return this.refresh();
        this.unannotate();
        this.annotate();
      }),
      delay,
    );
  }

  unannotate(): void {
    this.generation++;
    this.passRunning = false;
    window.clearTimeout(this.refreshTimer);
    this.refreshTimer = 0;
    this.live.stop();
    this.reader?.detach();
    this.viewport?.stop();
    this.viewport = null;
    this.marks?.stop();
    if (this.env) clearAll(this.env);
    this.unstyleShadows?.();
    this.unstyleShadows = null;
    this.annotation = null;
  }
}
