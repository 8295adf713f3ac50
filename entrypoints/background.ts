import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { badgeText } from '@/lib/badge';
import { bundledIndex, bundledKnowledge } from '@/lib/knowledge/bundled';
import { type Knowledge, knowledgeWith, pageKnowledgeOf } from '@/lib/knowledge/page-knowledge';
import type { Entity } from '@/lib/knowledge/types';
import { isContentToBackground } from '@/lib/messages';
import { PACKS_INDEX_STORAGE_KEY, PACKS_STORAGE_KEY, parseStoredPacks } from '@/lib/packs-store';
import { readVerdict, toggledSite, type VerdictApi } from '@/lib/page/verdict';
import { parseSettings, SETTINGS_STORAGE_KEY as SETTINGS_KEY, siteOf } from '@/lib/settings';
import {
  ANNOTATOR_JS,
  CONTENT_SCRIPT_JS,
  EXTRA_SCRIPT_ID,
  EXTRA_SITES_KEY,
  grantedExtraSites,
  HIGHLIGHT_CSS,
  isSiteAccessRequest,
  matchesPattern,
  NEWS_SITE_MATCHES,
  parseExtraSites,
  type SiteAccessReply,
  type SiteAccessRequest,
  sameSites,
  sitesToRegister,
  withoutExtraSites,
} from '@/lib/site-access';

// The knowledge for content scripts, the badge, keyboard commands, and the test hook that opens the
// popup as a tab (Firefox's popup page cannot be navigated to by automation), and the reader's extra
// sites (content script registration for sites enabled from the popup). No network, no page data.
const BUNDLED: Knowledge = { bundle: bundledKnowledge, index: bundledIndex };

interface Served {
  /** PageKnowledge as JSON, serialised once: content scripts parse it faster than a cloned object. */
  pageJson: string;
  entities: Map<string, Entity>;
}

let served: Promise<Served> | null = null;

/** The bundled knowledge with the reader's enabled packs, built once and again after a pack change. */
function knowledge(): Promise<Served> {
  served ??= (async () => {
    let k = BUNDLED;
    try {
      const [packs, index] = await Promise.all([
        storage.getItem(PACKS_STORAGE_KEY),
        storage.getItem(PACKS_INDEX_STORAGE_KEY),
      ]);
      k = knowledgeWith(BUNDLED, parseStoredPacks(packs), index, browser.runtime.getManifest().version);
    } catch (err) {
      // A broken pack in storage must not cost the reader the bundled knowledge.
      console.warn('[Kontext] knowledge packs ignored:', err);
    }
    return {
      pageJson: JSON.stringify(pageKnowledgeOf(k)),
      entities: new Map(k.bundle.entities.map((e) => [e.id, e])),
    };
  })();
  return served;
}

export default defineBackground(() => {
  storage.watch(PACKS_INDEX_STORAGE_KEY, () => {
    served = null;
  });

  // MV3 (Chrome) has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;

  void syncExtraSites();
  // Chrome starts an MV3 worker only for an event: install/update (which may drop dynamic scripts) and
  // browser start-up must wake it so the reader's sites are registered before their pages load.
  browser.runtime.onInstalled.addListener(() => {
    void syncExtraSites().then(() => startInOpenTabs());
  });
  browser.runtime.onStartup.addListener(() => void syncExtraSites());
  browser.permissions.onAdded.addListener((added) => {
    const sites = grantedExtraSites(added.origins ?? []);
    if (sites.length) void addSites(sites, null);
  });
  // Revoked in the browser's own settings (Chrome's site access, Firefox's add-on permissions).
  browser.permissions.onRemoved.addListener((removed) => {
    void forgetSites(removed.origins ?? []);
  });

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    if (isSiteAccessRequest(msg)) {
      // Only the extension's own pages (the popup) may change which sites Kontext runs on.
      if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      return changeSiteAccess(msg);
    }
    if (!isContentToBackground(msg)) return undefined;
    if (msg.type === 'cs:knowledge') return knowledge().then((k) => k.pageJson);
    if (msg.type === 'cs:entity') return knowledge().then((k) => k.entities.get(msg.id) ?? null);
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    if (msg.type === 'cs:start-annotator')
      return startAnnotator(tabId, sender.frameId ?? 0, (sender as { documentId?: string }).documentId);
    if (msg.type === 'cs:count') {
      void action.setBadgeText({ tabId, text: badgeText(msg.count) });
      void action.setBadgeBackgroundColor({ tabId, color: '#1d4ed8' });
    } else if (msg.type === 'cs:test-open-popup' && isLocalPage(sender.tab?.url)) {
      void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}`) });
    }
    return undefined;
  });

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-annotations' && command !== 'next-mark' && command !== 'previous-mark') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const answered = await browser.tabs.sendMessage(tab.id, { type: 'bg:command', command }).then(
      () => true,
      () => false,
    );
    // Nobody listens on a page the detector turned away (lib/page/verdict.ts): its site is switched
    // here. No detector at all (not a news site): nothing to toggle.
    if (answered || command !== 'toggle-annotations' || !(await readVerdict(verdictApi(), tab.id))) return;
    const settings = parseSettings(
      (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] ?? undefined,
    );
    if (tab.url) await browser.storage.local.set({ [SETTINGS_KEY]: toggledSite(settings, tab.url) });
  });
});

// ---- Extra sites: the reader's own additions to the built-in news sites ----

const extraSitesItem = storage.defineItem<string[]>(EXTRA_SITES_KEY, { fallback: [] });
const isMv3 = () => browser.runtime.getManifest().manifest_version === 3;

/** Firefox's MV2 API, which WXT's browser type does not describe. */
interface FirefoxMv2 {
  contentScripts: {
    register(options: {
      matches: string[];
      js: { file: string }[];
      runAt: 'document_idle';
    }): Promise<{ unregister(): Promise<void> }>;
  };
}

/** Firefox MV2's registration lives only as long as this background page; kept to replace it. */
let firefoxScript: { unregister(): Promise<void> } | null = null;
let firefoxSites: string[] = [];
/**
 * Site changes run one at a time: two overlapping ones would register the same script id twice or
 * inject the content script twice (the popup's message and permissions.onAdded arrive together).
 */
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job);
  queue = run.catch((err) => console.warn('[Kontext] extra sites:', err));
  return run;
}

const syncExtraSites = () => serially(syncNow);

/** Makes the registered content script cover exactly the stored sites whose permission is granted. */
async function syncNow(): Promise<string[]> {
  const stored = parseExtraSites(await extraSitesItem.getValue());
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const wanted = sitesToRegister(stored, granted);
  if (isMv3()) {
    const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [EXTRA_SCRIPT_ID] });
    if (!(current && sameSites(current.matches ?? [], wanted))) {
      if (current) await browser.scripting.unregisterContentScripts({ ids: [EXTRA_SCRIPT_ID] });
      if (wanted.length)
        await browser.scripting.registerContentScripts([
          {
            id: EXTRA_SCRIPT_ID,
            matches: wanted,
            js: [CONTENT_SCRIPT_JS],
            runAt: 'document_idle',
            persistAcrossSessions: true,
          },
        ]);
    }
  } else if (!(firefoxScript && sameSites(firefoxSites, wanted))) {
    await firefoxScript?.unregister();
    firefoxScript = null;
    firefoxSites = [];
    if (wanted.length) {
      firefoxScript = await (browser as unknown as FirefoxMv2).contentScripts.register({
        matches: wanted,
        js: [{ file: `/${CONTENT_SCRIPT_JS}` }],
        runAt: 'document_idle',
      });
      firefoxSites = wanted;
    }
  }
  // A permission revoked while Kontext was not running: forget the site as well.
  if (!sameSites(wanted, stored)) await extraSitesItem.setValue(wanted);
  return wanted;
}

/**
 * Granted from the popup or in the browser's own site settings: either way the reader wants Kontext
 * there. Pages already open on the site get the script at once (the popup may have closed meanwhile).
 */
function addSites(patterns: string[], tabId: number | null): Promise<string[]> {
  return serially(async () => {
    if (patterns.length) {
      const stored = parseExtraSites(await extraSitesItem.getValue());
      await extraSitesItem.setValue(parseExtraSites([...stored, ...patterns]));
    }
    const sites = await syncNow();
    const live = patterns.filter((p) => sites.includes(p));
    const tabs = live.length ? await browser.tabs.query({ url: live }) : [];
    const ids = new Set(tabs.map((t) => t.id).filter((id): id is number => id !== undefined));
    if (tabId !== null && live.length) ids.add(tabId);
    for (const id of ids) await startInTab(id, live).catch((err) => console.warn('[Kontext] inject:', err));
    return sites;
  });
}

function forgetSites(patterns: string[]): Promise<string[]> {
  return serially(async () => {
    const stored = parseExtraSites(await extraSitesItem.getValue());
    const kept = withoutExtraSites(stored, patterns);
    if (kept.length !== stored.length) await extraSitesItem.setValue(kept);
    return syncNow();
  });
}

async function changeSiteAccess(req: SiteAccessRequest): Promise<SiteAccessReply> {
  try {
    if (req.action === 'disable') {
      const sites = await forgetSites([req.pattern]);
      await browser.permissions.remove({ origins: [req.pattern] }).catch(() => false);
      // Registered scripts stay in pages already open; ask this one to stand down.
      if (req.tabId !== null)
        await browser.tabs
          .sendMessage(req.tabId, {
            type: 'bg:site-enabled',
            site: siteOf(req.pattern.replace(/\*$/, '')),
            enabled: false,
          })
          .catch(() => undefined);
      return { ok: true, sites };
    }
    // The popup asked the reader; without the grant the browser would not run the script anyway.
    if (!(await browser.permissions.contains({ origins: [req.pattern] })))
      return { ok: false, error: 'permission not granted' };
    return { ok: true, sites: await addSites([req.pattern], req.tabId) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** The registration covers pages loaded from now on; a page already open gets the script right away. */
async function startInTab(tabId: number, patterns: string[]): Promise<void> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.url || !patterns.some((p) => matchesPattern(tab.url!, p))) return;
  const running =
    (await browser.tabs.sendMessage(tabId, { type: 'popup:get-state' }).then(
      (state) => state !== undefined,
      () => false,
    )) || (await readVerdict(verdictApi(), tabId)) !== null;
  if (running) return;
  if (isMv3()) {
    // WXT types the files it knows of; this one is built from entrypoints/detector.ts.
    await browser.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT_JS}` as const] });
  } else {
    await browser.tabs.executeScript(tabId, { file: `/${CONTENT_SCRIPT_JS}`, runAt: 'document_idle' });
  }
}

/**
 * The detector saw a likely article: the annotator goes into that frame only (and, where the browser
 * names documents, only into the document that asked, not one the frame navigated to since).
 * Injected files are the extension's own code: a page's Content-Security-Policy does not apply. The
 * marks' stylesheet goes into the same frame at the same time (only article frames restyle for it).
 */
async function startAnnotator(tabId: number, frameId: number, documentId: string | undefined): Promise<true> {
  // The annotator's first question will be for the knowledge: have it ready (a woken MV3 worker builds it).
  void knowledge();
  if (isMv3()) {
    const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
    await Promise.all([
      browser.scripting.insertCSS({ target, files: [HIGHLIGHT_CSS] }),
      // WXT types the files it knows of; this one is built from entrypoints/annotator.ts.
      browser.scripting.executeScript({ target, files: [`/${ANNOTATOR_JS}` as const] }),
    ]);
  } else {
    await Promise.all([
      browser.tabs.insertCSS(tabId, { file: `/${HIGHLIGHT_CSS}`, frameId, runAt: 'document_idle' }),
      browser.tabs.executeScript(tabId, { file: `/${ANNOTATOR_JS}`, frameId, runAt: 'document_idle' }),
    ]);
  }
  return true;
}

/**
 * Chrome does not put declared content scripts into tabs that were open before an install or update
 * (Firefox does): the pages a reader has open get them here, so a reload leaves no page unserved.
 */
async function startInOpenTabs(): Promise<void> {
  if (!isMv3()) return;
  const patterns = [...NEWS_SITE_MATCHES, ...parseExtraSites(await extraSitesItem.getValue())];
  for (const tab of await browser.tabs.query({ url: patterns })) {
    if (tab.id !== undefined) await startInTab(tab.id, patterns).catch(() => undefined);
  }
}

/** executeScript as lib/page/verdict.ts needs it: Chrome's scripting, Firefox MV2's tabs. */
const verdictApi = () => browser as unknown as VerdictApi;

function isLocalPage(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return ['localhost', '127.0.0.1'].includes(new URL(url).hostname);
  } catch {
    return false;
  }
}
