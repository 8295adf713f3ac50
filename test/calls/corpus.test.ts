// Runs the call extractor over the real articles in ../shared/corpus/calls with the bundled knowledge
// and the matcher, and checks the targets of issue 4. Skips when the corpus or the generated
// knowledge is missing (the knowledge is built by `npm run knowledge`).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractCalls } from '../../lib/calls/extract';
import type { CallRecord } from '../../lib/calls/types';
import type { KnowledgeBundle } from '../../lib/knowledge/types';
import type { Mention } from '../../lib/match/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpusDir = join(root, '..', 'shared', 'corpus', 'calls');
const hasCorpus = existsSync(corpusDir);
const hasKnowledge = existsSync(join(root, 'lib', 'knowledge', 'compiled', 'bundle.json'));

interface GoldCall {
  participants: string[];
  duration: string | null;
  initiator: string | null;
  first_since?: string;
  evidence?: string[];
}
interface Gold {
  published?: string;
  calls: GoldCall[];
  not_calls?: { kind: string; evidence: string[] }[];
}

async function load(): Promise<{ bundle: KnowledgeBundle; mentions: (text: string) => Mention[] }> {
  const { bundledKnowledge, bundledIndex } = await import('../../lib/knowledge/bundled');
  const { findMentions } = await import('../../lib/match/find');
  return { bundle: bundledKnowledge, mentions: (text) => findMentions(text, bundledIndex) };
}

/** Gold names → entity ids through the English label or any alias; null when the knowledge lacks them. */
function idOf(bundle: KnowledgeBundle, canonical: string): string | null {
  const e = bundle.entities.find(
    (x) =>
      x.label.en === canonical || x.label.de === canonical || x.aliases.some((a) => a.text === canonical),
  );
  return e?.id ?? null;
}

const key = (ids: readonly string[]) => [...ids].sort().join('+');

describe.skipIf(!hasCorpus || !hasKnowledge)(
  'calls corpus (skips without ../shared/corpus or the built knowledge)',
  () => {
    const files = hasCorpus
      ? readdirSync(corpusDir)
          .filter((f) => f.endsWith('.txt'))
          .sort()
      : [];
    const results = new Map<string, { gold: Gold; calls: CallRecord[]; text: string }>();

    it('extracts calls from every file', async () => {
      const { bundle, mentions } = await load();
      let tp = 0;
      let fp = 0;
      let fn = 0;
      const lines: string[] = [];
      for (const f of files) {
        const text = readFileSync(join(corpusDir, f), 'utf8');
        const gold = JSON.parse(
          readFileSync(join(corpusDir, f.replace(/\.txt$/, '.gold.json')), 'utf8'),
        ) as Gold;
        const calls = extractCalls(text, mentions(text), bundle, gold.published ?? null);
        results.set(f, { gold, calls, text });
        // Gold calls whose people the knowledge does not know yet are reported, not scored.
        const goldKeys = gold.calls
          .map((c) => c.participants.map((p) => idOf(bundle, p)))
          .filter((ids): ids is string[] => ids.every((x) => x !== null))
          .map(key);
        const unknown = gold.calls.length - goldKeys.length;
        const predicted = calls.filter((c) => c.status === 'held').map((c) => key(c.participants));
        const hit = predicted.filter((k) => goldKeys.includes(k)).length;
        tp += hit;
        fp += predicted.length - hit;
        fn += goldKeys.length - hit;
        lines.push(
          `${f}: gold ${goldKeys.length}${unknown ? ` (+${unknown} unknown to the knowledge)` : ''}, held ${predicted.length}, right ${hit}; planned ${calls.filter((c) => c.status === 'planned').length}, denied ${calls.filter((c) => c.status === 'denied').length}`,
        );
      }
      const p = tp + fp ? tp / (tp + fp) : 1;
      const r = tp + fn ? tp / (tp + fn) : 1;
      const f1 = p + r ? (2 * p * r) / (p + r) : 0;
      console.log(
        `${lines.join('\n')}\ncall detection: P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${f1.toFixed(2)}`,
      );
      expect(f1).toBeGreaterThanOrEqual(0.9);
    });

    it('gets duration, initiator and first-since of every matched call', async () => {
      const { bundle } = await load();
      const { parseDuration } = await import('../../lib/calls/duration');
      let checked = 0;
      for (const [f, { gold, calls }] of results) {
        for (const g of gold.calls) {
          const ids = g.participants.map((p) => idOf(bundle, p));
          if (ids.some((x) => x === null)) continue;
          const call = calls.find((c) => c.status === 'held' && key(c.participants) === key(ids as string[]));
          if (!call) continue;
          checked++;
          const where = `${f}: ${g.participants.join(' + ')}`;
          expect(call.durationMinutes, where).toBe(g.duration ? parseDuration(g.duration) : null);
          expect(call.initiator, where).toBe(g.initiator ? idOf(bundle, g.initiator) : null);
          if (g.first_since)
            expect(call.firstSince?.toLowerCase(), where).toContain(g.first_since.toLowerCase());
        }
      }
      expect(checked).toBeGreaterThan(0);
    });

    it('reports no not_calls item as a held call', () => {
      for (const [f, { gold, calls }] of results) {
        for (const nc of gold.not_calls ?? []) {
          for (const sentence of nc.evidence) {
            const wrong = calls.filter(
              (c) =>
                c.status === 'held' && c.evidence.length > 0 && c.evidence.every((e) => e.text === sentence),
            );
            expect(wrong, `${f}: ${nc.kind}`).toEqual([]);
          }
        }
      }
      const trump = results.get('tagesschau-2025-03-31-trump-nbc-telefoninterview.txt');
      if (trump) expect(trump.calls.filter((c) => c.status === 'held')).toEqual([]);
    });

    it('gets the seed article right', () => {
      const seed = results.get('seed-austin-schoigu-scholz-putin.txt');
      expect(seed).toBeDefined();
      const held = seed!.calls.filter((c) => c.status === 'held');
      expect(held.map((c) => key(c.participants))).toEqual([
        'lloyd-austin+sergei-shoigu',
        'olaf-scholz+vladimir-putin',
      ]);
      const [austin, scholz] = held as [CallRecord, CallRecord];
      expect(austin.durationMinutes).toBe(60);
      expect(austin.initiator).toBe('lloyd-austin');
      expect(austin.firstSince).toBe('18. Februar');
      expect(austin.firstSinceDate).toBe('2022-02-18');
      expect(austin.demands.some((d) => d.by === 'lloyd-austin' && /Waffenstillstand/u.test(d.text))).toBe(
        true,
      );
      expect(scholz.demands.some((d) => d.by === 'olaf-scholz' && /Waffenstillstand/u.test(d.text))).toBe(
        true,
      );
      expect(scholz.initiator).toBeNull();
      // Kirby's later appeal to the Senate is not part of either call.
      for (const c of held) expect(c.demands.some((d) => /Senat/u.test(d.text))).toBe(false);
      // Evidence recall against the gold sentences.
      for (const [i, c] of held.entries()) {
        const goldEvidence = seed!.gold.calls[i]!.evidence ?? [];
        const covered = goldEvidence.filter((g) =>
          c.evidence.some((e) => e.text.includes(g) || g.includes(e.text)),
        );
        console.log(`seed call ${i + 1}: evidence ${covered.length}/${goldEvidence.length}`);
      }
    });
  },
);
