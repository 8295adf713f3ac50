// When to open and close the card. Wikipedia's Page Previews taught the timings: open after a short
// dwell so a pointer crossing the text does not flash cards, and keep a grace period so the reader
// can move from the mark into the card.

export const OPEN_DELAY_MS = 200;
export const CLOSE_GRACE_MS = 300;

export interface HoverIntentOptions {
  openDelay?: number;
  closeGrace?: number;
  setTimer: (fn: () => void, ms: number) => number;
  clearTimer: (id: number) => void;
  onOpen: (mention: number) => void;
  onClose: () => void;
}

/**
 * A small state machine fed with "the pointer is over mention i" (or -1) and "the pointer is in the
 * card". It calls onOpen/onClose at the right moments; stale timers never fire for an old mention.
 */
export class HoverIntent {
  private pending = -1;
  private openTimer = 0;
  private closeTimer = 0;
  private open = -1;
  private inCard = false;
  constructor(private readonly o: HoverIntentOptions) {}

  /** The reader's hover delay from the options page, applied without reload. */
  setOpenDelay(ms: number): void {
    this.o.openDelay = ms;
  }

  get openMention(): number {
    return this.open;
  }

  pointerOver(mention: number): void {
    if (mention === this.pending || (mention === this.open && mention >= 0)) {
      if (mention >= 0) this.cancelClose();
      return;
    }
    this.cancelOpen();
    this.pending = mention;
    if (mention < 0) {
      if (this.open >= 0 && !this.inCard) this.scheduleClose();
      return;
    }
    this.openTimer = this.o.setTimer(() => {
      this.openTimer = 0;
      if (this.pending !== mention) return;
      this.showNow(mention);
    }, this.o.openDelay ?? OPEN_DELAY_MS);
  }

  pointerInCard(inside: boolean): void {
    this.inCard = inside;
    if (inside) this.cancelClose();
    else if (this.open >= 0 && this.pending < 0) this.scheduleClose();
  }

  /** Focus, tap or keyboard: no dwell. */
  showNow(mention: number): void {
    this.cancelOpen();
    this.cancelClose();
    this.pending = mention;
    this.open = mention;
    this.o.onOpen(mention);
  }

  closeNow(): void {
    this.cancelOpen();
    this.cancelClose();
    const wasOpen = this.open >= 0;
    this.open = -1;
    this.pending = -1;
    this.inCard = false;
    if (wasOpen) this.o.onClose();
  }

  private scheduleClose(): void {
    if (this.closeTimer) return;
    this.closeTimer = this.o.setTimer(() => {
      this.closeTimer = 0;
      this.closeNow();
    }, this.o.closeGrace ?? CLOSE_GRACE_MS);
  }

  private cancelOpen(): void {
    if (this.openTimer) this.o.clearTimer(this.openTimer);
    this.openTimer = 0;
  }

  private cancelClose(): void {
    if (this.closeTimer) this.o.clearTimer(this.closeTimer);
    this.closeTimer = 0;
  }
}
