import { render } from 'preact';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { POPUP_CSS, Popup, type SiteAccessView } from '@/components/Popup';
import type { PopupState } from '@/components/popup-state';
import {
  type CallsSummary,
  type EntitiesSummary,
  joinSummary,
  summarizeEntities,
  type TabSummary,
  toExportData,
} from '@/lib/annotate/tab-state';
import { toCsv, toJson } from '@/lib/export';
import { setMessageSource } from '@/lib/i18n';
import { bundledIndex, bundledKnowledge } from '@/lib/knowledge/bundled';
import { type Knowledge, knowledgeWith } from '@/lib/knowledge/page-knowledge';
import type { KnowledgeBundle } from '@/lib/knowledge/types';
import type { TabState } from '@/lib/messages';
import { PACKS_INDEX_STORAGE_KEY, PACKS_STORAGE_KEY, parseStoredPacks } from '@/lib/packs-store';
import { readVerdict, tabStateOfVerdict, type VerdictApi } from '@/lib/page/verdict';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  resolveUiLanguage,
  SETTINGS_ITEM_KEY,
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
import { summarizeCallsOffThread } from './calls';

const settingsItem = storage.defineItem<Settings>(SETTINGS_ITEM_KEY, { fallback: DEFAULT_SETTINGS });
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
  const answer = await browser.tabs
    .sendMessage(tabId, { type: 'popup:get-state' })
    .then((s) => (s as TabState | undefined) ?? null)
    .catch(() => null);
  if (answer) return answer;
  // No frame answered: a page the detector turned away leaves its verdict behind (lib/page/verdict.ts).
  // None either: no content script, not a site Kontext runs on.
  const verdict = await readVerdict(browser as unknown as VerdictApi, tabId);
  return verdict && tabStateOfVerdict(verdict, parseSettings(await settingsItem.getValue()));
}

function toPopupState(
  s: TabState | null,
  entities: EntitiesSummary | null,
  calls: CallsSummary | null,
  url: string | null,
): PopupState {
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
    entities: entities?.entities ?? [],
    calls: calls?.calls ?? [],
    callsPending: !!entities && !calls,
    truncatedAt: s.truncatedAt ?? null,
  };
}

const NO_CALLS: CallsSummary = { calls: [], sentenceSpans: new Int32Array(0) };

/** The last extraction: show() runs again after every toggle, and the page's text rarely changed. */
let lastCalls: { state: TabState; bundle: KnowledgeBundle; result: Promise<CallsSummary> } | null = null;

function sameText(a: TabState, b: TabState): boolean {
  if (a.text !== b.text || a.page?.published !== b.page?.published || a.mentions.length !== b.mentions.length)
    return false;
  return a.mentions.every((m, i) => {
    const n = b.mentions[i]!;
    return m.entityId === n.entityId && m.start === n.start && m.end === n.end && m.text === n.text;
  });
}

function callsOf(state: TabState, bundle: KnowledgeBundle): Promise<CallsSummary> {
  if (!state.text) return Promise.resolve(NO_CALLS);
  if (lastCalls && lastCalls.bundle === bundle && sameText(lastCalls.state, state)) return lastCalls.result;
  const started = performance.now();
  const result = summarizeCallsOffThread(state, bundle).then(
    ({ summary, where }) => {
      // The e2e tests and the bench read how long the calls took and where they ran.
      document.documentElement.dataset.callsMs = (performance.now() - started).toFixed(1);
      document.documentElement.dataset.callsWhere = where;
      return summary;
    },
    (err: unknown) => {
      console.warn('[Kontext] calls could not be extracted', err);
      return NO_CALLS;
    },
  );
  lastCalls = { state, bundle, result };
  return result;
}

/** Labels and calls come from the same knowledge the page was matched with: bundled plus packs. */
let knowledgeLoaded: Promise<Knowledge> | null = null;

/** Loaded once per popup: the calls extraction is kept for as long as the knowledge stays the same. */
function knowledge(): Promise<Knowledge> {
  knowledgeLoaded ??= loadKnowledge();
  return knowledgeLoaded;
}

async function loadKnowledge(): Promise<Knowledge> {
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

/** Counts show() calls: a slow extraction must not paint over a newer state. */
let shown = 0;

async function show(): Promise<void> {
  const generation = ++shown;
  const settings = parseSettings(await settingsItem.getValue());
  lang = resolveUiLanguage(settings.uiLanguage, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  const tab = await targetTab();
  const state = tab ? await fetchState(tab.id) : null;
  const bundle = state ? (await knowledge()).bundle : null;
  // The entities at once (a pass over the mentions); the calls when the worker has them.
  const entities = state && bundle ? summarizeEntities(state, bundle) : null;
  const calls = state && bundle ? callsOf(state, bundle) : null;
  const access = siteAccessOf(tab?.url, parseExtraSites(await extraSitesItem.getValue()));
  const siteAccess: SiteAccessView | undefined =
    access.kind === 'available' || access.kind === 'extra'
      ? { kind: access.kind, ...accessProgress }
      : undefined;
  let summary: TabSummary | null = null;
  const exportData = () => (state && summary ? toExportData(state, summary, new Date().toISOString()) : null);
  let callsDone: CallsSummary | null = null;
  // The switch shows the reader's click at once: a second click before the page has answered must
  // toggle from what the switch shows, not from the state fetched before the first click.
  let enabledNow = state?.enabled;
  const draw = (done: CallsSummary | null) => {
    if (generation !== shown) return;
    callsDone = done;
    summary = state && entities && bundle && done ? joinSummary(state, entities, done, bundle) : null;
    const shownState = toPopupState(state, entities, done, tab?.url ?? null);
    render(
      <Popup
        state={enabledNow === undefined ? shownState : { ...shownState, enabled: enabledNow }}
        labels={summary?.labels ?? entities?.labels ?? {}}
        lang={lang}
        onToggleSite={async (enabled) => {
          if (!state) return;
          enabledNow = enabled;
          draw(callsDone);
          const settings = parseSettings(await settingsItem.getValue());
          await settingsItem.setValue(withSiteEnabled(settings, state.site, enabled));
          // The content script applies the change from its storage watcher; then ask again.
          setTimeout(() => void show(), 150);
        }}
        onSelectEvidence={(start, end) => {
          if (tab && state)
            void browser.tabs.sendMessage(tab.id, {
              type: 'popup:show-evidence',
              start,
              end,
              url: state.url,
            });
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
  };
  draw(null);
  if (calls) draw(await calls);
}

void show();
