import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeText } from '@/lib/badge';
import { isContentToBackground } from '@/lib/messages';

// Badge, keyboard commands, and the test hook that opens the popup as a tab (Firefox's popup page
// cannot be navigated to by automation). No network, no page data kept here.
export default defineBackground(() => {
  // MV3 (Chrome) has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    if (!isContentToBackground(msg)) return undefined;
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
