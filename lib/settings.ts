// Reader settings as plain data. The entrypoints read and write them with WXT storage; the rules
// for what they mean live here so they can be tested in Node.

export interface Settings {
  /** Annotations everywhere on/off. */
  enabled: boolean;
  /** Sites (host names without www.) where the reader switched annotations off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [] };

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
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(r.disabledSites)
      ? r.disabledSites.filter((s): s is string => typeof s === 'string')
      : [],
  };
}
