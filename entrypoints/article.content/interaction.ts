// The reader's side of an annotation: hovering or clicking a mark opens its card, Escape closes it,
// the keyboard commands step from mark to mark, and the popup can flash a sentence. The marks may
// change under it (live pages): everything is looked up in the annotation at the moment of use.
import type { Annotation } from '@/lib/annotate/annotate-page';
import { roleOn } from '@/lib/knowledge/roles';
import type { Entity } from '@/lib/knowledge/types';
import { caretAt, pointInRects } from '@/lib/render/caret';
import { HoverIntent } from '@/lib/render/hover-intent';
import { locatorOver, readingOrder, stepInOrder } from '@/lib/render/locate';
import {
  ACTIVE_HIGHLIGHT,
  FLASH_HIGHLIGHT,
  type HighlightEnv,
  rangeFor,
  setSingle,
} from '@/lib/render/paint';
import type { TextSegment } from '@/lib/text/types';
import { safely, warnOnce } from './guard';
import { liveRange, Popover, referenceFor } from './popover';

export interface InteractionDeps {
  env: HighlightEnv;
  entity(id: string): Promise<Entity | null>;
  /** What the card needs besides the entity, read when it opens. */
  cardContext(): { knowledgeAsOf: string; lang: 'de' | 'en' };
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * Does the mark still fit its text? Between a page's edit of a text node and the live follower's
 * next batch (a frame), a StaticRange can point past the node's end, and a live Range made from it
 * would throw.
 */
function fits(r: AbstractRange): boolean {
  const len = (n: Node) => (n as CharacterData).length ?? n.childNodes.length;
  return (
    r.startContainer.isConnected &&
    r.startOffset <= len(r.startContainer) &&
    r.endOffset <= len(r.endContainer)
  );
}

export class Interaction {
  private annotation: Annotation | null = null;
  private segments: ReadonlyMap<Node, TextSegment> = new Map();
  private listeners: AbortController | null = null;
  private popover: Popover | null = null;
  /** The range keyboard stepping reached (ranges outlive index shifts when marks are dropped). */
  private activeRange: AbstractRange | null = null;
  private order: number[] | null = null;
  /** The range whose card the intent opened. */
  private cardRange: AbstractRange | null = null;
  private flashTimer = 0;
  readonly intent: HoverIntent;

  constructor(private readonly deps: InteractionDeps) {
    this.intent = new HoverIntent({
      setTimer: (fn, ms) => window.setTimeout(safely('hover', fn), ms),
      clearTimer: (id) => window.clearTimeout(id),
      onOpen: (i) => this.openCard(i, false),
      onClose: () => this.closeCard(),
    });
  }

  get cardOpen(): boolean {
    return this.intent.openMention >= 0;
  }

  /** Starts listening to the reader for `a`, whose text nodes `segments` maps to their segments. */
  attach(a: Annotation, segments: ReadonlyMap<Node, TextSegment>): void {
    this.detach();
    this.annotation = a;
    this.segments = segments;
    this.listeners = new AbortController();
    const signal = this.listeners.signal;
    const opts = { signal, passive: true, capture: true };
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
        else if (this.cardOpen) this.intent.closeNow();
      }),
      opts,
    );
    document.addEventListener(
      'keydown',
      safely('keydown', (e: KeyboardEvent) => {
        if (e.key === 'Escape' && this.cardOpen) this.intent.closeNow();
      }),
      { signal, capture: true },
    );
  }

  /**
   * The annotation's marks changed (a live page): indices moved if marks were dropped, so a card whose
   * mark is gone or moved closes, and the stepping order is worked out again.
   */
  marksChanged(droppedAny: boolean): void {
    this.order = null;
    const a = this.annotation;
    if (!a || !droppedAny) return;
    if (this.cardOpen && a.ranges[this.intent.openMention] !== this.cardRange) this.intent.closeNow();
    if (this.activeRange && !a.ranges.includes(this.activeRange)) this.activeRange = null;
  }

  detach(): void {
    this.intent.closeNow();
    this.listeners?.abort();
    this.listeners = null;
    this.popover?.destroy();
    this.popover = null;
    this.annotation = null;
    this.segments = new Map();
    this.activeRange = null;
    this.order = null;
  }

  /** Keyboard path: step to the next/previous mark in reading order, scroll to it, open and focus its card. */
  step(direction: 1 | -1): void {
    const a = this.annotation;
    if (!a) return;
    this.order ??= readingOrder(a.ranges, (x, y) => (y.compareDocumentPosition(x) & FOLLOWING) !== 0);
    const current = this.activeRange ? a.ranges.indexOf(this.activeRange) : -1;
    const next = stepInOrder(this.order, current, direction);
    if (next < 0) return;
    const r = a.ranges[next]!;
    this.activeRange = r;
    r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.intent.showNow(next);
    this.openCard(next, true);
  }

  showEvidence(start: number, end: number): void {
    const a = this.annotation;
    const env = this.deps.env;
    if (!a) return;
    const r = rangeFor(env, a.collected, start, end);
    r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setSingle(env, FLASH_HIGHLIGHT, r);
    window.clearTimeout(this.flashTimer);
    this.flashTimer = window.setTimeout(() => setSingle(env, FLASH_HIGHLIGHT, null), 2500);
  }

  private onPointer(e: PointerEvent): void {
    if (this.popover?.contains(e.target as Node)) return;
    this.intent.pointerOver(this.mentionAtPoint(e.clientX, e.clientY));
  }

  private mentionAtPoint(x: number, y: number): number {
    const a = this.annotation;
    if (!a) return -1;
    const caret = caretAt(document, x, y);
    if (!caret) return -1;
    const locator = locatorOver(this.segments, () => a.mentions);
    // The caret sits between characters: the one under the pointer is before or after it.
    for (const off of [caret.offset, caret.offset - 1]) {
      const i = locator.at(caret.node, Math.max(0, off));
      if (i < 0) continue;
      const r = a.ranges[i]!;
      if (fits(r) && pointInRects(liveRange(document, r).getClientRects(), x, y)) return i;
    }
    return -1;
  }

  private openCard(i: number, focus: boolean): void {
    const a = this.annotation;
    const m = a?.mentions[i];
    if (!a || !m) return;
    this.cardRange = a.ranges[i] ?? null;
    void this.deps
      .entity(m.entityId)
      .then(
        safely('card', (entity: Entity | null) => {
          // The pointer may have moved on while the entity travelled.
          if (entity && this.annotation === a && this.intent.openMention === i && fits(a.ranges[i]!))
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
        ...this.deps.cardContext(),
      },
      referenceFor(document, a.ranges[i]!),
      focus,
    );
    setSingle(this.deps.env, ACTIVE_HIGHLIGHT, a.ranges[i]!);
  }

  private closeCard(): void {
    this.popover?.hide();
    setSingle(this.deps.env, ACTIVE_HIGHLIGHT, null);
  }
}
