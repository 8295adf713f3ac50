// localhost only: the end-to-end tests and the benchmark ask the page (window.postMessage) for the
// script's state and marks, and can open the popup. The message shapes are a contract of the tests.
import { browser } from 'wxt/browser';
import type { Mention } from '@/lib/match/types';

export interface HookState {
  status: string;
  enabled: boolean;
  mentions: readonly Mention[];
  types: Record<string, string>;
}

export function testHook(state: () => HookState): (e: MessageEvent) => void {
  return (e) => {
    if (e.source !== window || typeof e.data !== 'object' || e.data === null) return;
    if (e.data.type === 'kontext:test-open-popup')
      void browser.runtime.sendMessage({ type: 'cs:test-open-popup' });
    if (e.data.type === 'kontext:test-state?') {
      const s = state();
      const marks = s.mentions.map((m) => ({
        text: m.text,
        entityId: m.entityId,
        type: s.types[m.entityId] ?? null,
      }));
      window.postMessage({ type: 'kontext:test-state', status: s.status, enabled: s.enabled, marks }, '*');
    }
  };
}
