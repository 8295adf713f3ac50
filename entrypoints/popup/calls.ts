// Runs the page's call extraction for the popup: in a worker, so the popup stays responsive on a
// huge page; in time slices on the popup's own thread when no worker can start.

import { pauseFor, runInSlices } from '@/lib/annotate/slices';
import { type CallsSummary, callsSummarySteps } from '@/lib/annotate/tab-state';
import type { KnowledgeBundle } from '@/lib/knowledge/types';
import type { TabState } from '@/lib/messages';
import type { CallsJob, CallsReply } from './calls-worker';

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (reply: CallsReply | null) => void>();

/** The worker, started once; null when it cannot start or failed (then every job runs in slices). */
function callsWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./calls-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
    return worker;
  }
  worker.addEventListener('message', (event: MessageEvent<CallsReply>) => {
    const done = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    done?.(event.data);
  });
  // A worker that cannot load (CSP, a missing file) reports an error instead of answering: give up on
  // it and let every pending job fall back.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    for (const done of waiting.values()) done(null);
    waiting.clear();
  });
  return worker;
}

function inWorker(w: Worker, state: TabState, bundle: KnowledgeBundle): Promise<CallsReply | null> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    try {
      w.postMessage({ id, state, bundle } satisfies CallsJob);
    } catch {
      waiting.delete(id);
      resolve(null);
    }
  });
}

export interface CallsRun {
  summary: CallsSummary;
  /** 'worker', or 'slices' when the work ran on the popup's own thread. */
  where: 'worker' | 'slices';
}

/** The calls and sentences of the tab's text; throws only if the extraction itself fails. */
export async function summarizeCallsOffThread(state: TabState, bundle: KnowledgeBundle): Promise<CallsRun> {
  const w = callsWorker();
  const reply = w ? await inWorker(w, state, bundle) : null;
  if (reply?.ok) return { summary: reply.summary, where: 'worker' };
  if (reply && !reply.ok) throw new Error(reply.error);
  const summary = await runInSlices(callsSummarySteps(state, bundle), {
    now: () => performance.now(),
    pause: pauseFor(globalThis),
  });
  return { summary: summary!, where: 'slices' };
}
