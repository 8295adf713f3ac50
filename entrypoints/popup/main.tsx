import { render } from 'preact';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { POPUP_CSS, Popup, type SiteAccessView } from '@/components/Popup';
import type { PopupState } from '@/components/popup-state';
import { summarizeTab, type TabSummary, toExportData } from '@/lib/annotate/tab-state';
import { toCsv, toJson } from '@/lib/export';
import { setMessageSource } from '@/lib/i18n';
import { bundledIndex, bundledKnowledge } from '@/lib/knowledge/bundled';
import { type Knowledge, knowledgeWith } from '@/lib/knowledge/page-knowledge';
import type { TabState } from '@/lib/messages';
import { PACKS_INDEX_STORAGE_KEY, PACKS_STORAGE_KEY, parseStoredPacks } from '@/lib/packs-store';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  resolveUiLanguage,
  type Settings,
  siteOf,
  withSiteEnabled,
} from '@/lib/settings';
import {
  EXTRA_SITES_KEY,
  parseExtraSites,
  type SiteAccess,
  type SiteAccessReply,
  type SiteAccessRequest,
  siteAccessOf,
} from '@/lib/site-access';

const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });
const extraSitesItem = storage.defineItem<string[]>(EXTRA_SITES_KEY, { fallback: [] });
/** The enable/remove buttons' progress, kept across re-renders. */
let accessProgress: Pick<SiteAccessView, 'busy' | 'error'> = { busy: false, error: null };
const app = document.getElementById('app')!;
const sheet = new CSSStyleSheet();
sheet.replaceSync(POPUP_CSS);
document.adoptedStyleSheets = [sheet];
let lang: 'de' | 'en' = resolveUiLanguage('auto', browser.i18n.getUILanguage());
// Keys are checked against the bundled catalogue in lib/i18n.ts; the browser picks the language.
setMessageSource((key, subs) =>
  browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], subs ?? []),
);
document.documentElement.lang = lang;

// The e2e tests open the popup as a tab (?tab=ID); in the toolbar it belongs to the active tab.
async function targetTab(): Promise<{ id: number; url: string | null } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) {
    const tab = await browser.tabs.get(Number(param));
    return { id: Number(param), url: tab.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}

async function fetchState(tabId: number): Promise<TabState | null> {
  try {
    return (
      ((await browser.tabs.sendMessage(tabId, { type: 'popup:get-state' })) as TabState | undefined) ?? null
    );
  } catch {
    return null; // no content script: not a site Kontext runs on
  }
}

function toPopupState(s: TabState | null, summary: TabSummary | null, url: string | null): PopupState {
  if (!s)
    return {
      status: 'unsupported',
      site: url ? siteOf(url) || null : null,
      enabled: false,
      page: null,
      entities: [],
      calls: [],
    };
  const status = s.status === 'disabled' ? 'ready' : s.status;
  return {
    status,
    ...(s.reason ? { reason: s.reason } : {}),
    site: s.site,
    enabled: s.enabled,
    page: { title: s.page?.title ?? null, published: s.page?.published ?? null, url: s.url },
    entities: summary?.entities ?? [],
    calls: summary?.calls ?? [],
    truncatedAt: s.truncatedAt ?? null,
  };
}

/** Labels and calls come from the same knowledge the page was matched with: bundled plus packs. */
async function knowledge(): Promise<Knowledge> {
  const bundled = { bundle: bundledKnowledge, index: bundledIndex };
  try {
    const [packs, index] = await Promise.all([
      storage.getItem(PACKS_STORAGE_KEY),
      storage.getItem(PACKS_INDEX_STORAGE_KEY),
    ]);
    return knowledgeWith(bundled, parseStoredPacks(packs), index, browser.runtime.getManifest().version);
  } catch {
    return bundled;
  }
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * After enabling, the background injects the content script. It answers at once but reports
 * 'not-article' until its first pass is done; give that pass a moment before showing the result.
 */
async function waitForContentScript(tabId: number, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const state = await fetchState(tabId);
    if (state && state.status !== 'not-article') return;
    await sleep(200);
  }
}

async function askBackground(req: SiteAccessRequest): Promise<SiteAccessReply> {
  const reply = (await browser.runtime.sendMessage(req)) as SiteAccessReply | undefined;
  return reply ?? { ok: false, error: 'no answer from the background' };
}

function enableSite(access: SiteAccess, tabId: number): void {
  if (access.kind !== 'available') return;
  // Called straight from the click, before any await: Firefox grants requests only inside user input.
  const asked = browser.permissions.request({ origins: [access.pattern] });
  accessProgress = { busy: true, error: null };
  void show();
  void asked
    .then(async (granted) => {
      if (!granted) {
        accessProgress = { busy: false, error: 'denied' };
        return;
      }
      const reply = await askBackground({
        type: 'popup:site-access',
        action: 'enable',
        pattern: access.pattern,
        tabId,
      });
      accessProgress = reply.ok ? { busy: false, error: null } : { busy: false, error: reply.error };
      if (reply.ok) await waitForContentScript(tabId);
    })
    .catch((err: unknown) => {
      accessProgress = { busy: false, error: err instanceof Error ? err.message : String(err) };
    })
    .finally(() => void show());
}

async function disableSite(access: SiteAccess, tabId: number): Promise<void> {
  if (access.kind !== 'extra') return;
  accessProgress = { busy: true, error: null };
  void show();
  const reply = await askBackground({
    type: 'popup:site-access',
    action: 'disable',
    pattern: access.pattern,
    tabId,
  });
  accessProgress = reply.ok ? { busy: false, error: null } : { busy: false, error: reply.error };
  await show();
}

async function show(): Promise<void> {
  const settings = parseSettings(await settingsItem.getValue());
  lang = resolveUiLanguage(settings.uiLanguage, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  const tab = await targetTab();
  const state = tab ? await fetchState(tab.id) : null;
  const summary = state ? summarizeTab(state, (await knowledge()).bundle) : null;
  const access = siteAccessOf(tab?.url, parseExtraSites(await extraSitesItem.getValue()));
  const siteAccess: SiteAccessView | undefined =
    access.kind === 'available' || access.kind === 'extra'
      ? { kind: access.kind, ...accessProgress }
      : undefined;
  const exportData = () => (state && summary ? toExportData(state, summary, new Date().toISOString()) : null);
  render(
    <Popup
      state={toPopupState(state, summary, tab?.url ?? null)}
      labels={summary?.labels ?? {}}
      lang={lang}
      onToggleSite={async (enabled) => {
        if (!state) return;
        const settings = parseSettings(await settingsItem.getValue());
        await settingsItem.setValue(withSiteEnabled(settings, state.site, enabled));
        // The content script applies the change from its storage watcher; then ask again.
        setTimeout(() => void show(), 150);
      }}
      onSelectEvidence={(start, end) => {
        if (tab && state)
          void browser.tabs.sendMessage(tab.id, { type: 'popup:show-evidence', start, end, url: state.url });
      }}
      onCopyJson={() => {
        const data = exportData();
        return data ? navigator.clipboard.writeText(toJson(data)) : Promise.reject(new Error('no data'));
      }}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      siteAccess={siteAccess}
      onEnableSite={() => tab && enableSite(access, tab.id)}
      onDisableSite={() => void (tab && disableSite(access, tab.id))}
      onDownloadCsv={() => {
        const data = exportData();
        if (!data) return;
        const url = URL.createObjectURL(new Blob([toCsv(data)], { type: 'text/csv;charset=utf-8' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = `kontext-${state?.site || 'seite'}.csv`;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      }}
    />,
    app,
  );
}

void show();
