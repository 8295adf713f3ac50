// npm run eval -- DIR [--json] [--verbose]
// Scores the analyser against a corpus laid out like ../shared/corpus: page detection on pages/
// (labels.json), entity mentions and calls on calls/ (*.txt + *.gold.json). Scoring is in lib/eval.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeText } from '../lib/analyze';
import type { CallRecord } from '../lib/calls/types';
import {
  type CallScore,
  covered,
  durationAgrees,
  firstSinceAgrees,
  locateSentences,
  type PredictedCallForScoring,
  scoreCalls,
} from '../lib/eval/calls';
import { explainGoldNames } from '../lib/eval/entity-map';
import { type GoldFile, parseGold } from '../lib/eval/gold';
import { findOccurrences, type MentionScore, scoreMentions } from '../lib/eval/mentions';
import { ratio } from '../lib/eval/metrics';
import { summarize } from '../lib/eval/summary';
import { bundledIndex, bundledKnowledge } from '../lib/knowledge/bundled';
import { detectPage } from '../lib/page/detect';

const METHOD = `Method
  Pages: detectPage(doc, labels.original_url) vs labels.json expect_german_news_detection.
  Mentions: a gold occurrence is each whole-word occurrence (neighbours not letter, digit or hyphen)
    of a gold entity's surface_forms or in_compounds; occurrences nested in a longer form of the same
    entity are dropped; same-span occurrences of different entities are one unit (either satisfies it);
    a unit inside a longer unit that was found counts as found.
    A predicted mention is a TP when it lies inside an unmatched occurrence of a gold entity mapped to
    the same knowledge entity (see lib/eval/entity-map.ts: label or full alias; for the gold's type also
    cue alias, name without qualifier, or the gold's surface forms as aliases of one entity) and its
    text is that form, another listed form, or the occurrence is a compound. Recall "known" counts units
    with an entity the knowledge contains; "all" counts every unit. Lenient (reported beside, never
    instead): a false positive overlapping an unmatched occurrence of the same entity also counts
    ("Region Kursk" where the gold lists "Kursk").
  Calls: only status "held" counts. TP when the participant id set equals a gold call's. Duration right
    when both absent, same minutes, or same words; initiator right when ids are equal (null = null).
    Evidence recall: gold evidence sentences (found verbatim in the text) overlapped to at least half by
    the matched call's evidence/demand/outcome/quote spans. First-since: the gold's first_since and the
    prediction's contain one another (case and punctuation ignored). A not_call counts as falsely reported when
    an unmatched held call points into one of its sentences. Published date: the gold's, as --published.`;

interface FileRow {
  file: string;
  mentions: MentionScore;
  calls: CallScore;
  goldIssues: string[];
  unknownEntities: string[];
  /** Gold names mapped by the weaker rules, for audit. */
  mappedBy: string[];
  /** Missed and false calls, uncovered evidence: what to look at. */
  callNotes: string[];
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function toPredicted(c: CallRecord): PredictedCallForScoring {
  return {
    participants: c.participants,
    status: c.status,
    duration: c.duration,
    durationMinutes: c.durationMinutes,
    initiator: c.initiator,
    spans: [...c.evidence, ...c.demands, ...c.outcomes, ...c.quotes].map(({ start, end }) => ({
      start,
      end,
    })),
    firstSince: c.firstSince,
  };
}

function evalPages(dir: string, lines: string[]) {
  const labelsPath = join(dir, 'labels.json');
  if (!existsSync(labelsPath)) return null;
  const labels = JSON.parse(readFileSync(labelsPath, 'utf8')) as {
    file: string;
    language?: string;
    original_url: string | null;
    expect_german_news_detection: boolean;
  }[];
  let right = 0;
  let rightWithoutUrl = 0;
  let languageRight = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  lines.push(
    '',
    'Page detection (no URL = the same page passed without its address: news-site list unused)',
    `  ${'file'.padEnd(40)} expected  detected  no URL  language  reasons`,
  );
  for (const l of labels) {
    let detected: boolean | null = null;
    let withoutUrl: boolean | null = null;
    let language: string | null = null;
    let reasons = '';
    try {
      const { document } = parseHTML(readFileSync(join(dir, l.file), 'utf8'));
      const info = detectPage(document, l.original_url ?? '');
      detected = info.isNewsArticle;
      language = info.language;
      reasons = info.reasons.join('; ');
      withoutUrl = detectPage(document, '').isNewsArticle;
    } catch (err) {
      reasons = `ERROR ${(err as Error).message}`;
    }
    if (detected === l.expect_german_news_detection) right++;
    else if (detected) falsePositives++;
    else falseNegatives++;
    if (withoutUrl === l.expect_german_news_detection) rightWithoutUrl++;
    const languageOk = !l.language || (language ?? '').split('-')[0] === l.language;
    if (languageOk) languageRight++;
    const mark = detected === l.expect_german_news_detection && languageOk ? ' ' : '✗';
    lines.push(
      `${mark} ${l.file.padEnd(40)} ${String(l.expect_german_news_detection).padEnd(9)} ${String(detected).padEnd(9)} ` +
        `${String(withoutUrl).padEnd(7)} ${(language ?? '?').padEnd(9)} ${reasons}`,
    );
  }
  return {
    pages: labels.length,
    right,
    accuracy: ratio(right, labels.length),
    falsePositives,
    falseNegatives,
    rightWithoutUrl,
    languageRight,
  };
}

function goldSanity(text: string, gold: GoldFile): string[] {
  const issues: string[] = [];
  const canon = new Set(gold.entities.map((e) => e.canonical));
  for (const e of gold.entities) {
    for (const form of [...e.surface_forms, ...(e.in_compounds ?? [])]) {
      const occ = findOccurrences(text, { canonical: e.canonical, surfaceForms: [form], compounds: [] });
      if (occ.length === 0)
        issues.push(`${e.canonical}: form "${form}" never stands as a whole word in the text`);
    }
  }
  gold.calls.forEach((c, i) => {
    for (const p of [...c.participants, ...(c.initiator ? [c.initiator] : [])])
      if (!canon.has(p)) issues.push(`calls[${i}]: "${p}" is not among the gold entities`);
    locateSentences(text, c.evidence).forEach((s, j) => {
      if (!s) issues.push(`calls[${i}].evidence[${j}] not found verbatim: "${c.evidence[j]!.slice(0, 60)}…"`);
    });
  });
  (gold.not_calls ?? []).forEach((n, i) => {
    locateSentences(text, n.evidence).forEach((s, j) => {
      if (!s)
        issues.push(`not_calls[${i}].evidence[${j}] not found verbatim: "${n.evidence[j]!.slice(0, 60)}…"`);
    });
  });
  return issues;
}

function evalCallsFile(dir: string, name: string): FileRow {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8').replace(/^\uFEFF/, '');
  const gold = parseGold(readFileSync(join(dir, `${name}.gold.json`), 'utf8'), name);
  const names = [
    ...gold.entities.map((e) => ({ canonical: e.canonical, type: e.type, surfaceForms: e.surface_forms })),
    ...gold.calls.flatMap((c) => [...c.participants, ...(c.initiator ? [c.initiator] : [])]),
  ];
  const explained = explainGoldNames(names, bundledKnowledge.entities);
  const goldToId = new Map([...explained].map(([n, m]) => [n, m.id]));
  const mappedBy = [...explained]
    .filter(([, m]) => m.id && m.via !== 'label' && m.via !== 'alias')
    .map(([n, m]) => `${n} → ${m.id} (${m.via})`);
  const idOf = (n: string) => goldToId.get(n) ?? `?${n}`;
  const analysis = analyzeText(text, {
    published: gold.published ?? null,
    bundle: bundledKnowledge,
    index: bundledIndex,
  });
  const mentions = scoreMentions(
    text,
    gold.entities.map((e) => ({
      canonical: e.canonical,
      surfaceForms: e.surface_forms,
      compounds: e.in_compounds ?? [],
    })),
    goldToId,
    analysis.mentions,
  );
  const goldCalls = gold.calls.map((c) => ({
    participants: c.participants.map(idOf),
    duration: c.duration ?? null,
    initiator: c.initiator ? idOf(c.initiator) : null,
    evidence: locateSentences(text, c.evidence).filter((s) => s !== null),
    firstSince: c.first_since ?? null,
  }));
  const notCalls = (gold.not_calls ?? []).map((n) =>
    locateSentences(text, n.evidence).filter((s) => s !== null),
  );
  const predicted = analysis.calls.map(toPredicted);
  const calls = scoreCalls(goldCalls, predicted, notCalls);
  const callNotes: string[] = [];
  const matchedGold = new Map(calls.pairs);
  const matchedPred = new Set(calls.pairs.map(([, p]) => p));
  gold.calls.forEach((c, gi) => {
    const pi = matchedGold.get(gi);
    if (pi === undefined) {
      callNotes.push(`CALL MISSED ${goldCalls[gi]!.participants.join(' + ')}`);
      return;
    }
    const p = predicted[pi]!;
    if (!durationAgrees(c.duration ?? null, p))
      callNotes.push(
        `CALL ${p.participants.join(' + ')}: duration ${p.duration ?? 'null'}, gold ${c.duration ?? 'null'}`,
      );
    if (c.first_since && !firstSinceAgrees(c.first_since, p.firstSince))
      callNotes.push(
        `CALL ${p.participants.join(' + ')}: first since ${p.firstSince ?? 'null'}, gold ${c.first_since}`,
      );
    if ((goldCalls[gi]!.initiator ?? null) !== (p.initiator ?? null))
      callNotes.push(
        `CALL ${p.participants.join(' + ')}: initiator ${p.initiator}, gold ${goldCalls[gi]!.initiator}`,
      );
    for (const s of goldCalls[gi]!.evidence)
      if (!covered(s, p.spans))
        callNotes.push(
          `CALL ${p.participants.join(' + ')}: evidence not covered "${text.slice(s.start, s.start + 70)}…"`,
        );
  });
  analysis.calls.forEach((c, pi) => {
    if (c.status === 'held' && !matchedPred.has(pi))
      callNotes.push(`CALL FALSE ${c.participants.join(' + ')} "${c.evidence[0]?.text.slice(0, 70) ?? ''}…"`);
  });
  return {
    file: name,
    mentions,
    calls,
    goldIssues: goldSanity(text, gold),
    unknownEntities: gold.entities.filter((e) => goldToId.get(e.canonical) === null).map((e) => e.canonical),
    callNotes,
    mappedBy,
  };
}

function main(): number {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose');
  const dir = argv.find((a) => !a.startsWith('--'));
  if (!dir || !existsSync(dir)) {
    console.error('usage: npm run eval -- DIR [--json] [--verbose]   (DIR laid out like ../shared/corpus)');
    return 2;
  }
  const lines: string[] = [METHOD];
  const pages = evalPages(join(dir, 'pages'), lines);
  const callsDir = join(dir, 'calls');
  const rows: FileRow[] = [];
  if (existsSync(callsDir)) {
    for (const f of readdirSync(callsDir).sort()) {
      if (!f.endsWith('.gold.json')) continue;
      const name = basename(f, '.gold.json');
      if (!existsSync(join(callsDir, `${name}.txt`))) continue;
      try {
        rows.push(evalCallsFile(callsDir, name));
      } catch (err) {
        console.error(`${name}: ${(err as Error).stack ?? err}`);
      }
    }
  }
  lines.push(
    '',
    'Calls corpus            mentions: pred   TP   prec  recK  recA |  calls: gold pred TP   F1   dur  init  evid  notcalls',
  );
  for (const r of rows) {
    const s = summarize([r.mentions], [r.calls]);
    lines.push(
      `  ${r.file.slice(0, 32).padEnd(32)} ${String(s.mentions.predicted).padStart(4)} ${String(s.mentions.truePositives).padStart(4)} ` +
        `${pct(s.mentions.precision)} ${pct(s.mentions.recallKnown)} ${pct(s.mentions.recallAll)} | ` +
        `${String(s.calls.gold).padStart(4)} ${String(s.calls.predicted).padStart(4)} ${String(s.calls.truePositives).padStart(2)} ` +
        `${pct(s.calls.f1)} ${s.calls.durationRight}/${s.calls.truePositives}   ${s.calls.initiatorRight}/${s.calls.truePositives}  ` +
        `${s.calls.evidenceCovered}/${s.calls.evidenceSentences}  ${s.calls.falseNotCalls}/${s.calls.notCalls} false`,
    );
  }
  const total = summarize(
    rows.map((r) => r.mentions),
    rows.map((r) => r.calls),
  );
  const totals = { pages, ...total };
  lines.push(
    '',
    'Total',
    pages
      ? `  pages: ${pages.right}/${pages.pages} right (${pct(pages.accuracy)} %), ${pages.falsePositives} false positive(s), ` +
          `${pages.falseNegatives} missed; ${pages.rightWithoutUrl}/${pages.pages} right without the URL; ` +
          `language ${pages.languageRight}/${pages.pages}`
      : '  pages: no pages/labels.json',
    `  mentions: precision ${pct(total.mentions.precision)} %, recall ${pct(total.mentions.recallKnown)} % over known entities, ${pct(total.mentions.recallAll)} % over all`,
    `  mentions, lenient boundaries: precision ${pct(total.mentions.lenientPrecision)} %, recall ${pct(total.mentions.lenientRecallKnown)} % over known entities`,
    `  calls: precision ${pct(total.calls.precision)} %, recall ${pct(total.calls.recall)} %, F1 ${pct(total.calls.f1)} %; ` +
      `duration ${pct(total.calls.durationAccuracy)} %, initiator ${pct(total.calls.initiatorAccuracy)} %, evidence recall ${pct(total.calls.evidenceRecall)} %, ` +
      `first-since ${total.calls.firstSinceRight}/${total.calls.firstSinceGold}, ` +
      `${total.calls.falseNotCalls}/${total.calls.notCalls} not_calls reported`,
  );
  for (const r of rows) {
    const details: string[] = [];
    for (const fp of r.mentions.falsePositives)
      details.push(
        `    FP   ${fp.text} → ${fp.entityId} @${fp.start} (${fp.boundaryOnly ? 'boundary only' : fp.reason})`,
      );
    for (const m of r.mentions.misses)
      details.push(`    MISS ${m.form} (${m.canonical.join(' / ')}) @${m.start}`);
    if (verbose && r.unknownEntities.length)
      details.push(`    not in knowledge: ${r.unknownEntities.join(', ')}`);
    if (verbose && r.mappedBy.length) details.push(`    mapped by weaker rules: ${r.mappedBy.join('; ')}`);
    for (const n of r.callNotes) details.push(`    ${n}`);
    for (const g of r.goldIssues) details.push(`    GOLD ${g}`);
    if (details.length) lines.push('', `  ${r.file}`, ...details);
  }
  const files = rows.map((r) => ({
    file: r.file,
    ...summarize([r.mentions], [r.calls]),
  }));
  if (json) console.log(JSON.stringify({ ...totals, files }, null, 2));
  else console.log(lines.join('\n'));
  return 0;
}

process.exitCode = main();
