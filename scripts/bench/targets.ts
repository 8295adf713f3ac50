// Issue 7's targets, judged from the measured numbers. Reported as met/missed; the benchmark never fails.
import type { Results, Target } from './report';
import { fmtMs } from './stats';

export function judgeTargets(r: Omit<Results, 'targets'>): Target[] {
  const t: Target[] = [];
  const chromium = r.pages.filter((p) => p.browser === 'chromium');
  const bundledName = r.compile[0]?.knowledge ?? 'bundled';
  const bundled = chromium.filter((p) => p.knowledge === bundledName);

  // 1. Bail-out. What runs on such a page is the detector (the built content script): judged on its
  // evaluation + detection in fresh loads, in both browsers, on every not-an-article page. The page-
  // context detectPage pass is what the annotator would add where the detector lets it in.
  const detBail = (r.detector ?? []).filter((d) => d.kind === 'bail-out');
  // Firefox with the real extension, where measured (firefox-profile.ts), replaces the page-context bound.
  const ffp = (r.firefoxProfile ?? []).filter((f) => f.kind === 'bail-out' && f.injectCpuMs.n > 0);
  for (const name of ffp.length ? ['chromium'] : ['chromium', 'firefox']) {
    const rows = detBail.filter((d) => d.browser === name);
    if (!rows.length) continue;
    const handed = rows.filter((d) => d.sent.includes('cs:start-annotator'));
    const worst = rows.reduce((a, b) => (b.laterMs.median > a.laterMs.median ? b : a));
    const worstFirst = Math.max(...rows.map((d) => d.firstMs));
    t.push({
      target: `Not a news article: < 1 ms content-script work (${name}, built detector compiled + run in the page per load, extension API stubbed)`,
      measured: `worst ${fmtMs(worst.laterMs.median)} per load (${worst.case}), first load ≤ ${fmtMs(worstFirst)}${handed.length ? `; loads the annotator on ${handed.map((d) => d.case).join(', ')}` : ''}`,
      met: worst.laterMs.median < 1 && handed.length === 0,
    });
  }
  if (ffp.length) {
    const worst = ffp.reduce((a, b) => (b.injectCpuMs.median > a.injectCpuMs.median ? b : a));
    // One injection per load: more means the annotator was injected too, fewer a load without the script.
    const odd = ffp.filter((f) => f.injections !== f.loads);
    const all = worst.sampled
      ? `; all extension code incl. sandbox ${fmtMs(worst.sampled.extMs.median)} (sampled)`
      : '';
    t.push({
      target:
        "Not a news article: < 1 ms content-script work (firefox, built extension: Firefox's injection stopwatch, page thread CPU, median of fresh loads)",
      measured: `worst ${fmtMs(worst.injectCpuMs.median)} CPU per load (${worst.case}; wall ${fmtMs(worst.injectMs.median)}), first load ${fmtMs(worst.injectCpuFirstMs)}${all}${odd.length ? `; injections ≠ loads on ${odd.map((f) => `${f.case} ${f.injections}/${f.loads}`).join(', ')}` : ''}`,
      met: worst.injectCpuMs.median < 1 && odd.length === 0,
    });
  }
  const bail = bundled.filter((p) => p.kind === 'bail-out' && p.outcome.startsWith('skipped'));
  for (const p of bundled.filter((q) => q.kind === 'bail-out' && !q.outcome.startsWith('skipped')))
    t.push({
      target: `Not an article, not annotated: ${p.case}`,
      measured: `annotated (${p.reasons.join('; ')}), ${fmtMs(p.firstMs)} first pass`,
      met: false,
    });
  if (bail.length && !detBail.length) {
    const worst = bail.reduce((a, b) => (b.firstMs > a.firstMs ? b : a));
    const worstWarm = Math.max(...bail.map((p) => p.warm.median));
    t.push({
      target: 'Not a news article: < 1 ms content-script work (Chromium, first pass)',
      measured: `worst ${fmtMs(worst.firstMs)} first (${worst.case}), warm ≤ ${fmtMs(worstWarm)}`,
      met: worst.firstMs < 1,
    });
  } else if (!detBail.length) t.push({ target: 'Not a news article: < 1 ms', measured: '–', met: null });
  // What the reader really pays on such a page: evaluating the content script bundle, then bailing out.
  // Only pages without scripts of their own: elsewhere the page's own script time (cold in one browser,
  // cached in the other) swamps a difference of a few milliseconds.
  const own = (c: string) => chromium.find((p) => p.case === c && p.pageScriptMs !== undefined)?.pageScriptMs;
  const extBail = r.extension.filter(
    (e) => e.browser === 'chromium' && e.kind === 'bail-out' && e.scriptMs && (own(e.case) ?? 1) < 0.05,
  );
  if (extBail.length) {
    const worst = extBail.reduce((a, b) => (b.scriptMs!.median > a.scriptMs!.median ? b : a));
    t.push({
      target:
        'Not a news article: < 1 ms content-script work (built extension, page without scripts of its own)',
      measured: `${fmtMs(worst.scriptMs!.median)} script per load (${worst.case}); first load ${fmtMs(worst.scriptFirstMs ?? Number.NaN)}`,
      met: worst.scriptMs!.median < 1,
    });
  }

  // 2. Demo: the extension's own line if the built extension ran, else the page-context first pass.
  const extDemo = r.extension.find(
    (e) => e.browser === 'chromium' && e.case === 'demo article' && e.logged > 0,
  );
  const pcDemo = bundled.find((p) => p.case === 'demo article');
  if (extDemo || pcDemo) {
    const ms = extDemo ? extDemo.annotate.median : pcDemo!.firstMs;
    t.push({
      target: 'Demo article: marks painted < 5 ms after start (Chromium)',
      measured: `${fmtMs(ms)} ${extDemo ? 'extension, median of fresh loads' : 'page context, first pass'}${pcDemo ? `; warm ${fmtMs(pcDemo.warm.median)}` : ''}`,
      met: ms < 5,
    });
  } else
    t.push({ target: 'Demo article: marks painted < 5 ms after start (Chromium)', measured: '–', met: null });

  // 3. Huge page.
  const huge = bundled.find((p) => p.kind === 'huge');
  const extHuge = r.extension.find((e) => e.browser === 'chromium' && e.kind === 'huge' && e.logged > 0);
  if (huge) {
    // Work = the slices' sum. The extension's line on a sliced pass is wall time less the knowledge
    // wait, so it also counts the page's own tasks between slices (layout of 200k words): shown, not judged.
    const ms = Math.max(huge.firstMs, huge.warm.median);
    t.push({
      target: '200,000-word page: all marks within 300 ms of work (Chromium)',
      measured: `page context: first (sliced) ${fmtMs(huge.firstMs)}, warm ${fmtMs(huge.warm.median)}${extHuge ? `; extension line (wall, incl. the page's own tasks between slices) ${fmtMs(extHuge.annotate.median)}` : ''}`,
      met: ms < 300,
    });
  }
  const lt = r.huge.find((h) => h.browser === 'chromium');
  if (lt) {
    const ext = extHuge?.longestTaskMs;
    // Judged on the sliced pass alone: with the extension the load's longest task is the page's own
    // layout of 200k words (shown for comparison), which Kontext does not cause.
    const worst = lt.longestTaskMs;
    t.push({
      target: '200,000-word page: no task over 50 ms',
      measured: `longest task/slice ${fmtMs(lt.longestTaskMs)} (page context, sliced pass)${ext != null ? `; load with the extension: longest task ${fmtMs(ext)} (page alone ${lt.pageLoadLongestMs === null ? 'n/a' : fmtMs(lt.pageLoadLongestMs)})` : ''}`,
      met: worst <= 50,
    });
  }

  // 4. Growth: per-character cost on the huge page vs the demo; 50k aliases vs bundled on the huge page.
  if (r.scaling.length >= 2) {
    const a = r.scaling[0]!;
    const b = r.scaling[r.scaling.length - 1]!;
    const find = b.findPerKChar / a.findPerKChar;
    const all = b.analyzePerKChar / a.analyzePerKChar;
    t.push({
      target: 'Cost grows at most linearly in text length (Node, ticker, fastest runs)',
      measured: `per-char cost ${b.words} vs ${a.words} words: matching ${find.toFixed(2)}×, matching+calls ${all.toFixed(2)}×`,
      met: find <= 1.5 && all <= 1.5,
    });
  }
  const big = [...r.compile].sort((a, b) => b.aliases - a.aliases)[0];
  const hugeBig = big && chromium.find((p) => p.kind === 'huge' && p.knowledge === big.knowledge);
  if (huge && hugeBig && hugeBig !== huge) {
    const ratio = hugeBig.warm.median / huge.warm.median;
    t.push({
      target: `${big!.aliases} aliases under 2× the bundled cost on the same page`,
      measured: `${ratio.toFixed(2)}× (${fmtMs(hugeBig.warm.median)} vs ${fmtMs(huge.warm.median)}, warm, huge page)`,
      met: ratio < 2,
    });
  }

  // 5. mark.js on the same work (bundled aliases, same page), slowest ratio over the articles.
  const withMark = bundled.filter((p) => p.markjs && p.warm.median > 0);
  if (withMark.length) {
    const ratios = withMark.map((p) => ({ p, ratio: p.markjs!.estMs / p.warm.median }));
    const worst = ratios.reduce((a, b) => (b.ratio < a.ratio ? b : a));
    const re = withMark.filter((p) => p.markjsRe).map((p) => p.markjsRe!.estMs / p.warm.median);
    t.push({
      target: 'At least 100× faster than mark.js on the same work (Chromium, bundled aliases, mark(aliases))',
      measured: `worst ${worst.ratio.toFixed(1)}× (${worst.p.case}); best ${Math.max(...ratios.map((q) => q.ratio)).toFixed(0)}×${re.length ? `; vs markRegExp alternation ${Math.min(...re).toFixed(1)}–${Math.max(...re).toFixed(0)}×` : ''}`,
      met: worst.ratio >= 100,
    });
  }

  // 6. Analyser throughput.
  const thr = r.throughput.find((x) => x.what === 'analyzeText' && x.knowledge === bundledName);
  if (thr) {
    t.push({
      target: 'Analyser: at least 200 articles/s on one core (Node)',
      measured: `${thr.articlesPerSec.toFixed(0)} articles/s, ${thr.mbPerSec.toFixed(2)} MB/s over ${thr.articles} texts`,
      met: thr.articlesPerSec >= 200,
    });
  }
  return t;
}

const verdict = (t: Target | undefined) =>
  t ? `${t.met === null ? 'n/a' : t.met ? 'met' : 'MISSED'}: ${t.measured}` : '–';

/**
 * Two saved runs side by side (`npm run bench -- --compare OLD.json NEW.json`): each target judged
 * from each file, with what changed between them, so a commit that costs a target shows as one.
 */
export function compareTargets(before: Results, after: Results): string {
  const a = judgeTargets(before);
  const b = judgeTargets(after);
  const names = [...new Set([...a.map((t) => t.target), ...b.map((t) => t.target)])];
  const out = [`Targets (issue 7): ${before.date} ${before.commit} → ${after.date} ${after.commit}`];
  for (const name of names) {
    const ta = a.find((t) => t.target === name);
    const tb = b.find((t) => t.target === name);
    const change =
      ta?.met === true && tb?.met === false
        ? 'NOW MISSED'
        : ta?.met === false && tb?.met === true
          ? 'now met'
          : ta && tb
            ? 'same verdict'
            : ta
              ? 'not measured now'
              : 'new';
    out.push('', `${name} [${change}]`, `  before: ${verdict(ta)}`, `  after:  ${verdict(tb)}`);
  }
  return out.join('\n');
}
