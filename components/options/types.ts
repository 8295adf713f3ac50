// Plain data the options page renders. The entrypoint gathers it from storage and browser APIs.

/** One keyboard command as browser.commands.getAll() reports it. */
export interface ShortcutInfo {
  name: string;
  description: string;
  /** '' when the reader (or the browser) left it unassigned. */
  shortcut: string;
}

/** What the bundled knowledge says about itself. */
export interface BundledInfo {
  asOf: string;
  entityCount: number;
}

/** The last thing the page has to tell the reader about packs (shown in a live region). */
export type PackNotice =
  | { kind: 'busy'; fileName: string }
  | { kind: 'imported'; name: string; count: number; replaced: boolean }
  | { kind: 'rejected'; fileName: string; errors: string[] }
  | { kind: 'removed'; name: string }
  | { kind: 'restored'; name: string }
  | { kind: 'store-failed'; reason: string };

export type Browser = 'chrome' | 'firefox';
