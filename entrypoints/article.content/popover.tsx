// The card's host: a shadow root the page cannot style, in the top layer (popover API) so the page
// cannot cover it, positioned next to the mark with Floating UI.
import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  type VirtualElement,
} from '@floating-ui/dom';
import { render } from 'preact';
import { CARD_CSS, EntityCard } from '@/components/EntityCard';
import type { Entity, Role } from '@/lib/knowledge/types';

export interface CardProps {
  entity: Entity;
  published: string | null;
  today: string;
  roleThen: Role | null;
  roleNow: Role | null;
  knowledgeAsOf: string;
  lang: 'de' | 'en';
}

// Inline styles through CSSOM are not subject to the page's style-src CSP.
const HOST_STYLE: Record<string, string> = {
  position: 'fixed',
  inset: 'auto',
  top: '0',
  left: '0',
  width: 'auto',
  height: 'auto',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  'z-index': '2147483647',
  display: 'none',
  transform: 'none',
  opacity: '1',
  visibility: 'visible',
};

export class Popover {
  readonly host: HTMLElement;
  private readonly mount: HTMLElement;
  private stopAutoUpdate: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly onClose: () => void,
  ) {
    this.host = doc.createElement('kontext-popover');
    this.host.setAttribute('data-kontext-ui', '');
    const shadow = this.host.attachShadow({ mode: 'open' });
    adoptCss(doc, shadow, CARD_CSS);
    this.mount = doc.createElement('div');
    shadow.append(this.mount);
    // !important: a page rule like `* { display: block !important }` must not reach our host.
    for (const [name, value] of Object.entries(HOST_STYLE))
      this.host.style.setProperty(name, value, 'important');
    if ('popover' in this.host) this.host.popover = 'manual';
  }

  get isOpen(): boolean {
    return this.host.style.getPropertyValue('display') !== 'none';
  }

  contains(node: Node | null): boolean {
    return !!node && (node === this.host || this.host.contains(node));
  }

  show(props: CardProps, reference: VirtualElement, focus: boolean): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    render(<EntityCard {...props} onClose={this.onClose} />, this.mount);
    this.host.style.setProperty('display', 'block', 'important');
    if (this.host.popover && !this.host.matches(':popover-open')) this.host.showPopover();
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = autoUpdate(reference, this.host, () => {
      void computePosition(reference, this.host, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [inline(), offset(8), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        this.host.style.setProperty('left', `${x}px`, 'important');
        this.host.style.setProperty('top', `${y}px`, 'important');
      });
    });
    if (focus) (this.host.shadowRoot?.querySelector<HTMLElement>('.card') ?? this.host).focus();
  }

  hide(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    if (!this.host.isConnected) return;
    render(null, this.mount);
    if (this.host.popover && this.host.matches(':popover-open')) this.host.hidePopover();
    this.host.style.setProperty('display', 'none', 'important');
  }

  destroy(): void {
    this.hide();
    this.host.remove();
  }
}

/** Constructable stylesheets pass a strict CSP; fall back to a <style> where adoption fails. */
function adoptCss(doc: Document, shadow: ShadowRoot, css: string): void {
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return;
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

/** A Floating UI reference for a painted range: follows the text's boxes, across line breaks. */
export function referenceFor(doc: Document, r: AbstractRange): VirtualElement {
  const live = () => liveRange(doc, r);
  return {
    getBoundingClientRect: () => live().getBoundingClientRect(),
    getClientRects: () => live().getClientRects(),
    contextElement: r.startContainer.parentElement ?? undefined,
  };
}

/** A short-lived Range for geometry: StaticRanges have no client rects. Not kept, so it costs nothing. */
export function liveRange(doc: Document, r: AbstractRange): Range {
  const range = doc.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range;
}
