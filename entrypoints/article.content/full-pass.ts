// One full annotation pass over the page in time slices: the article, then (once it is one) the
// knowledge, then matching and painting. Prints the localhost timing line the benchmark parses.
import { type Annotation, articleSteps, type PaintInput, paintSteps } from '@/lib/annotate/annotate-page';
import { runInSlices, type SliceOptions } from '@/lib/annotate/slices';
import type { PageKnowledge } from '@/lib/knowledge/page-knowledge';
import { isLocal } from './guard';

export type PassOutcome =
  | { kind: 'annotated'; annotation: Annotation; knowledge: PageKnowledge }
  | { kind: 'skipped'; reason: string }
  /** Overtaken by a newer pass or a toggle between slices. */
  | { kind: 'cancelled' };

export async function fullPass(
  slices: SliceOptions,
  knowledgeOf: () => Promise<PageKnowledge>,
  paint: (knowledge: PageKnowledge) => PaintInput,
): Promise<PassOutcome> {
  const started = performance.now();
  const article = await runInSlices(articleSteps(document, location.href), slices);
  if (!article || slices.cancelled?.()) return { kind: 'cancelled' };
  if (article.kind === 'skipped') return { kind: 'skipped', reason: article.reason };
  const extracted = performance.now();
  const knowledge = await knowledgeOf();
  if (slices.cancelled?.()) return { kind: 'cancelled' };
  const waited = performance.now() - extracted;
  const a = await runInSlices(paintSteps(article, paint(knowledge)), slices);
  if (!a || slices.cancelled?.()) return { kind: 'cancelled' };
  if (isLocal) {
    const phases = Object.entries(a.timings).map(([k, v]) => `${k} ${v.toFixed(1)}`);
    const work = performance.now() - started - waited;
    console.debug(
      `[Kontext] annotated in ${work.toFixed(1)} ms (extract ${(extracted - started).toFixed(1)}, ${phases.join(', ')}; ${a.mentions.length} marks; knowledge arrived after ${waited.toFixed(1)} ms)`,
    );
  }
  return { kind: 'annotated', annotation: a, knowledge };
}
