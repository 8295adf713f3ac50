// The popup's worker: the calls and sentences of a page, off the popup's main thread (a second or
// more on a 200,000-word live ticker, during which the popup would not react to anything).
import { type CallsSummary, callsSummarySteps } from '@/lib/annotate/tab-state';
import type { KnowledgeBundle } from '@/lib/knowledge/types';
import type { TabState } from '@/lib/messages';
import { drain } from '@/lib/steps';

export interface CallsJob {
  id: number;
  state: TabState;
  bundle: KnowledgeBundle;
}

export type CallsReply =
  | { id: number; ok: true; summary: CallsSummary }
  | { id: number; ok: false; error: string };

// A dedicated worker's scope has the same two methods as the Worker object that owns it.
const scope = globalThis as unknown as Pick<Worker, 'postMessage' | 'addEventListener'>;

scope.addEventListener('message', (event) => {
  const { id, state, bundle } = (event as MessageEvent<CallsJob>).data;
  try {
    const summary = drain(callsSummarySteps(state, bundle));
    scope.postMessage({ id, ok: true, summary } satisfies CallsReply, [summary.sentenceSpans.buffer]);
  } catch (err) {
    scope.postMessage({
      id,
      ok: false,
      error: err instanceof Error ? err.message : String(err),
    } satisfies CallsReply);
  }
});
