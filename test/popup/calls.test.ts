import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CallsSummary, callsSummarySteps } from '../../lib/annotate/tab-state';
import type { TabState } from '../../lib/messages';
import { drain } from '../../lib/steps';
import { fixture, mentionsIn } from '../calls/fixtures';

// The popup's call extraction: in a worker when one starts, else in time slices on its own thread,
// with the same result either way. Text written for this test.

const text =
  'Bundeskanzler Olaf Scholz hat am Freitag mit Wladimir Putin telefoniert.\nDas Gespräch dauerte eine Stunde.';
const state: TabState = {
  status: 'ready',
  site: 'example.de',
  enabled: true,
  url: 'https://example.de/a',
  page: null,
  text,
  mentions: mentionsIn(text).map(({ entityId, text: t, start, end }) => ({ entityId, text: t, start, end })),
};
const expected = drain(callsSummarySteps(state, fixture));

/** A fresh copy of the module: it keeps its worker (or that it has none) for the popup's lifetime. */
async function load() {
  vi.resetModules();
  return import('../../entrypoints/popup/calls');
}

type Listener = (event: { data: unknown; preventDefault(): void }) => void;

/** A stand-in Worker: `behave` decides what happens to a job. */
function fakeWorker(behave: 'answer' | 'fail-to-load') {
  return class {
    listeners: Record<string, Listener[]> = {};
    addEventListener(type: string, fn: Listener) {
      this.listeners[type] = [...(this.listeners[type] ?? []), fn];
    }
    terminate() {}
    postMessage(job: { id: number }) {
      setTimeout(() => {
        if (behave === 'fail-to-load') {
          for (const fn of this.listeners.error ?? []) fn({ data: null, preventDefault() {} });
          return;
        }
        const summary: CallsSummary = { calls: [], sentenceSpans: new Int32Array(0) };
        for (const fn of this.listeners.message ?? [])
          fn({ data: { id: job.id, ok: true, summary }, preventDefault() {} });
      }, 0);
    }
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the popup's call extraction", () => {
  it('runs in slices when there is no Worker, with the same result', async () => {
    vi.stubGlobal('Worker', undefined);
    const { summarizeCallsOffThread } = await load();
    const run = await summarizeCallsOffThread(state, fixture);
    expect(run.where).toBe('slices');
    expect(run.summary).toEqual(expected);
    expect(run.summary.calls.map((c) => c.participants)).toEqual([['olaf-scholz', 'vladimir-putin']]);
  });

  it('falls back to slices when the worker cannot load, and stays with them', async () => {
    vi.stubGlobal('Worker', fakeWorker('fail-to-load'));
    const { summarizeCallsOffThread } = await load();
    const first = await summarizeCallsOffThread(state, fixture);
    expect(first).toEqual({ where: 'slices', summary: expected });
    expect((await summarizeCallsOffThread(state, fixture)).where).toBe('slices');
  });

  it("takes the worker's answer when it gives one", async () => {
    vi.stubGlobal('Worker', fakeWorker('answer'));
    const { summarizeCallsOffThread } = await load();
    const run = await summarizeCallsOffThread(state, fixture);
    expect(run.where).toBe('worker');
    expect(run.summary.calls).toEqual([]);
  });
});
