// UI strings. The single source is public/_locales/<lang>/messages.json (what browser.i18n reads);
// this module reads the same files so components render identically in the extension, in the
// static preview and in Node tests. lib/ must not import `wxt/browser`, so the extension hands in
// browser.i18n.getMessage through setMessageGetter().

import de from '../public/_locales/de/messages.json';
import en from '../public/_locales/en/messages.json';

export type UiLang = 'de' | 'en';
export type MessageKey = keyof typeof de;
export type Substitutions = string | number | readonly (string | number)[];
export type Translate = (key: MessageKey, subs?: Substitutions) => string;

interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Catalog = Record<string, MessageEntry>;

export const BUNDLED_MESSAGES: Record<UiLang, Catalog> = { de, en };

/** The name the entrypoints use. */
export const setMessageSource = (fn: MessageGetter | null): void => setMessageGetter(fn);

/** browser.i18n.getMessage's shape; returns '' for an unknown key. */
export type MessageGetter = (key: string, subs?: string | string[]) => string;

let getter: MessageGetter | null = null;

/** Called once by each entrypoint with browser.i18n.getMessage; null restores the bundled German. */
export function setMessageGetter(fn: MessageGetter | null): void {
  getter = fn;
}

function subsArray(subs: Substitutions | undefined): string[] {
  if (subs === undefined) return [];
  return (Array.isArray(subs) ? subs : [subs]).map(String);
}

/**
 * Chrome's message format: named placeholders ($DATE$, case-insensitive) expand to their content,
 * which refers to substitutions as $1…$9; "$$" is a literal dollar sign.
 */
export function formatMessage(entry: MessageEntry, subs: readonly string[]): string {
  const named: Record<string, string> = {};
  for (const [name, p] of Object.entries(entry.placeholders ?? {})) named[name.toLowerCase()] = p.content;
  const numbered = (text: string) =>
    text.replace(/\$(\$|[1-9])/g, (_m, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  // One pass over the message, so a substituted value that contains "$1" is never expanded again.
  return entry.message.replace(
    /\$([A-Za-z_@][A-Za-z0-9_@]*)\$|\$(\$|[1-9])/g,
    (m, name?: string, d?: string) => {
      if (name !== undefined) {
        const content = named[name.toLowerCase()];
        return content === undefined ? m : numbered(content);
      }
      return d === '$' ? '$' : (subs[Number(d) - 1] ?? '');
    },
  );
}

function fromCatalog(lang: UiLang, key: string, subs: readonly string[]): string {
  const entry = BUNDLED_MESSAGES[lang][key] ?? BUNDLED_MESSAGES.de[key];
  return entry ? formatMessage(entry, subs) : key;
}

/** The browser's language (through the getter) when set, otherwise the bundled German. */
export function t(key: MessageKey, subs?: Substitutions): string {
  const list = subsArray(subs);
  if (getter) {
    try {
      const msg = getter(key, list.length ? list : undefined);
      if (msg) return msg;
    } catch {
      // A getter that throws (e.g. context invalidated after an update) must not break the UI.
    }
  }
  return fromCatalog('de', key, list);
}

/**
 * A translate function for an explicit UI language. Components use this with their `lang` prop:
 * the reader's chosen language may differ from the browser's, and the catalogs are the same files.
 */
export function translator(lang: UiLang): Translate {
  return (key, subs) => fromCatalog(lang, key, subsArray(subs));
}
