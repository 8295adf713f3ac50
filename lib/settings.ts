// Reader settings as plain data. The entrypoints read and write them with WXT storage; the rules
// for what they mean live here so they can be tested in Node.
import type { EntityType } from './knowledge/types';

/** How marks look on the page: a coloured underline, a tinted background, or both. */
export type MarkStyle = 'underline' | 'background' | 'both';
export const MARK_STYLES: readonly MarkStyle[] = ['underline', 'background', 'both'];
/** 'auto' follows the browser's language; the others force the options page, popup and card. */
export type UiLanguage = 'auto' | 'de' | 'en';
export const UI_LANGUAGES: readonly UiLanguage[] = ['auto', 'de', 'en'];
export const HOVER_DELAY_MIN_MS = 100;
export const HOVER_DELAY_MAX_MS = 1000;

export interface Settings {
  /** Annotations everywhere on/off. */
  enabled: boolean;
  /** Sites (host names without www.) where the reader switched annotations off. */
  disabledSites: string[];
  // The display fields below are optional so that settings stored by older versions (and code
  // that builds a Settings by hand) stay valid: absent means the default. Read them through
  // withDefaults() or the helpers below.
  /** Which entity types are marked; a missing type is marked. */
  types?: Partial<Record<EntityType, boolean>>;
  markStyle?: MarkStyle;
  /** Milliseconds the pointer rests on a mark before its card opens (100–1000). */
  hoverDelayMs?: number;
  uiLanguage?: UiLanguage;
}

/** Settings with every optional field filled in. */
export type FullSettings = Required<Settings> & { types: Record<EntityType, boolean> };

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [] };

/** storage.local key of the reader's settings, for code that reads storage without WXT's helper. */
export const SETTINGS_STORAGE_KEY = 'settings';
/** The same item as WXT's storage names it. */
export const SETTINGS_ITEM_KEY = `local:${SETTINGS_STORAGE_KEY}` as const;

/** The value of every field a reader has not set. */
export const SETTING_DEFAULTS: FullSettings = {
  enabled: true,
  disabledSites: [],
  types: { person: true, place: true, organisation: true, term: true },
  markStyle: 'both',
  hoverDelayMs: 200,
  uiLanguage: 'auto',
};

export function withDefaults(settings: Settings): FullSettings {
  return {
    enabled: settings.enabled,
    disabledSites: settings.disabledSites,
    types: { ...SETTING_DEFAULTS.types, ...settings.types },
    markStyle: settings.markStyle ?? SETTING_DEFAULTS.markStyle,
    hoverDelayMs: clampHoverDelay(settings.hoverDelayMs ?? SETTING_DEFAULTS.hoverDelayMs),
    uiLanguage: settings.uiLanguage ?? SETTING_DEFAULTS.uiLanguage,
  };
}

export function clampHoverDelay(ms: number): number {
  if (!Number.isFinite(ms)) return SETTING_DEFAULTS.hoverDelayMs;
  return Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, Math.round(ms)));
}

export function isTypeMarked(settings: Settings, type: EntityType): boolean {
  return settings.types?.[type] ?? true;
}

export function withTypeMarked(settings: Settings, type: EntityType, marked: boolean): Settings {
  return { ...settings, types: { ...SETTING_DEFAULTS.types, ...settings.types, [type]: marked } };
}

/** The language the UI speaks: the reader's choice, else the browser's (e.g. "de-AT", "en-US"). */
export function resolveUiLanguage(setting: UiLanguage | undefined, browserLanguage: string): 'de' | 'en' {
  if (setting === 'de' || setting === 'en') return setting;
  return browserLanguage.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** "www.spiegel.de" and "spiegel.de" are one site for the reader. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function isSiteEnabled(settings: Settings, site: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(site);
}

export function withSiteEnabled(settings: Settings, site: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site].sort() };
}

/** Storage may hold anything (older versions, hand edits): keep what is valid, default the rest. */
export function parseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const out: Settings = {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(r.disabledSites)
      ? r.disabledSites.filter((s): s is string => typeof s === 'string')
      : [],
  };
  // Optional fields stay absent unless stored and valid, so a damaged value falls back to its default.
  const types = parseTypes(r.types);
  if (types) out.types = types;
  if (MARK_STYLES.includes(r.markStyle as MarkStyle)) out.markStyle = r.markStyle as MarkStyle;
  if (typeof r.hoverDelayMs === 'number' && Number.isFinite(r.hoverDelayMs)) {
    out.hoverDelayMs = clampHoverDelay(r.hoverDelayMs);
  }
  if (UI_LANGUAGES.includes(r.uiLanguage as UiLanguage)) out.uiLanguage = r.uiLanguage as UiLanguage;
  return out;
}

function parseTypes(raw: unknown): Settings['types'] | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const out: Partial<Record<EntityType, boolean>> = {};
  for (const type of Object.keys(SETTING_DEFAULTS.types) as EntityType[]) {
    const value = (raw as Record<string, unknown>)[type];
    if (typeof value === 'boolean') out[type] = value;
  }
  return Object.keys(out).length ? out : null;
}
