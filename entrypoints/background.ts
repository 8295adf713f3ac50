import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { badgeText } from '@/lib/badge';
import { bundledIndex, bundledKnowledge } from '@/lib/knowledge/bundled';
import {
  type Knowledge,
  knowledgeWith,
  type PageKnowledge,
  pageKnowledgeOf,
} from '@/lib/knowledge/page-knowledge';
import type { Entity } from '@/lib/knowledge/types';
import { isContentToBackground } from '@/lib/messages';
import { PACKS_INDEX_STORAGE_KEY, PACKS_STORAGE_KEY, parseStoredPacks } from '@/lib/packs-store';

// The knowledge for content scripts, the badge, keyboard commands, and the test hook that opens the
// popup as a tab (Firefox's popup page cannot be navigated to by automation). No network, no page data.
const BUNDLED: Knowledge = { bundle: bundledKnowledge, index: bundledIndex };

interface Served {
  page: PageKnowledge;
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
    return { page: pageKnowledgeOf(k), entities: new Map(k.bundle.entities.map((e) => [e.id, e])) };
  })();
  return served;
}

export default defineBackground(() => {
  storage.watch(PACKS_INDEX_STORAGE_KEY, () => {
    served = null;
  });

  // MV3 (Chrome) has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    if (!isContentToBackground(msg)) return undefined;
    if (msg.type === 'cs:knowledge') return knowledge().then((k) => k.page);
    if (msg.type === 'cs:entity') return knowledge().then((k) => k.entities.get(msg.id) ?? null);
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
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
    await browser.tabs.sendMessage(tab.id, { type: 'bg:command', command }).catch(() => {
      // No content script on this tab (not a news site): nothing to toggle.
    });
  });
});

function isLocalPage(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return ['localhost', '127.0.0.1'].includes(new URL(url).hostname);
  } catch {
    return false;
  }
}
