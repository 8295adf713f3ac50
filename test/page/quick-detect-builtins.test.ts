// The detector's quick check runs on every page load of the news sites, and Firefox gives each load a
// fresh content-script realm in which the first use of a self-hosted builtin costs 0.1–0.35 ms to set
// up (a RegExp, for…of, Array.prototype.map, a Set from a list; docs/benchmark.md, measured with
// scripts/bench/detector-variants.ts --builtins) — together more than the whole 1 ms budget. This
// keeps it so: every such builtin is wrapped while quickDetect runs, and a call from lib/page/ on the
// way to a verdict is reported with its builtin and the line that made it.
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { quickDetect } from '../../lib/page/quick-detect';
import { frontPage } from '../../scripts/bench/generate';
import { corpusPageLabels, readCorpusPage } from './corpus-pages';

type Target = { owner: object; name: string; keys: (string | symbol)[] };
const TARGETS: Target[] = [
  {
    owner: RegExp.prototype,
    name: 'RegExp',
    keys: ['exec', 'test', Symbol.match, Symbol.matchAll, Symbol.replace, Symbol.search, Symbol.split],
  },
  {
    owner: Array.prototype,
    name: 'Array',
    keys: [
      Symbol.iterator,
      'map',
      'filter',
      'some',
      'every',
      'find',
      'findIndex',
      'flatMap',
      'forEach',
      'reduce',
      'sort',
    ],
  },
  { owner: String.prototype, name: 'String', keys: ['split', 'replace', 'replaceAll', 'match', 'matchAll'] },
  { owner: Set.prototype, name: 'Set', keys: ['add', 'has'] },
  { owner: Map.prototype, name: 'Map', keys: ['set', 'get'] },
];

/** The first frame below the wrapper that has a file (native frames, like `new Set`, are skipped). */
function callerFile(stack: string): string {
  const frames = stack.split('\n').slice(2);
  return frames.find((f) => /\/[^/]+\.[jt]s:\d+/.test(f))?.trim() ?? '';
}

/** Runs `fn` with every builtin of TARGETS wrapped; returns the calls made from lib/page/. */
async function builtinsUsedBy(fn: () => unknown): Promise<string[]> {
  const used: string[] = [];
  const restore: (() => void)[] = [];
  let inside = false; // reading the stack uses builtins too
  for (const { owner, name, keys } of TARGETS)
    for (const key of keys) {
      const original = Reflect.get(owner, key) as (...args: unknown[]) => unknown;
      Reflect.set(owner, key, function (this: unknown, ...args: unknown[]) {
        if (!inside) {
          inside = true;
          const from = callerFile(new Error().stack ?? '');
          if (from.includes('/lib/page/')) used.push(`${name}.prototype.${String(key)} ${from}`);
          inside = false;
        }
        return original.apply(this, args);
      });
      restore.push(() => Reflect.set(owner, key, original));
    }
  try {
    await fn();
  } finally {
    for (const undo of restore) undo();
  }
  return used;
}

const doc = (html: string) => parseHTML(html).document;
const page = (head: string, body: string, lang = 'de') =>
  `<!doctype html><html lang="${lang}"><head><title>T</title>${head}</head><body>${body}</body></html>`;
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const TEXT = '<p>Die Regierung hat am Montag in Berlin neue Pläne vorgestellt.</p>';

describe('quickDetect uses no self-hosted builtin on its way to a verdict', () => {
  // Parsed before the wrappers watch; only quickDetect's own calls are checked.
  const cases: [string, () => Document, string][] = [
    ['the generated news front page', () => doc(frontPage()), 'http://127.0.0.1/front-page.html'],
    [
      'another declared language',
      () => doc(page(ld({ '@type': 'NewsArticle' }), TEXT, 'fr')),
      'https://x.de/a',
    ],
    [
      'og:type profile',
      () => doc(page('<meta property="og:type" content="profile">', TEXT)),
      'https://x.de/a',
    ],
    [
      'a dated front page with teasers (news domain, address check)',
      () =>
        doc(
          page(
            '<link rel="canonical" href="https://www.zeit.de/">',
            `<article><time datetime="2024-03-01"></time>${TEXT}</article>`,
          ),
        ),
      'https://www.zeit.de/index.html',
    ],
    [
      'a recipe that also says Article (JSON-LD parsed)',
      () => doc(page(ld({ '@graph': [{ '@type': 'schema:Article' }, { '@type': ['Recipe'] }] }), TEXT)),
      'https://x.de/rezept',
    ],
    [
      'a news article (every check passes)',
      () => doc(page(ld({ '@type': 'NewsArticle' }), `<article>${TEXT}</article>`)),
      'https://www.spiegel.de/politik/a',
    ],
    [
      'language from og:locale',
      () => doc(page('<meta property="og:locale" content="de_DE">', TEXT, '')),
      'https://x.de/a',
    ],
  ];

  it.each(cases)('%s', async (_name, make, url) => {
    const d = make();
    expect(await builtinsUsedBy(() => quickDetect(d, url))).toEqual([]);
  });

  const labels = corpusPageLabels();
  it.skipIf(!labels.length)('on every page of ../shared/corpus (skipped without it)', async () => {
    for (const l of labels) {
      const d = doc(readCorpusPage(l.file));
      expect(await builtinsUsedBy(() => quickDetect(d, l.original_url ?? '')), l.file).toEqual([]);
    }
  });

  it('nor when its modules load (nothing computed at their top level)', async () => {
    vi.resetModules();
    expect(await builtinsUsedBy(() => import('../../lib/page/quick-detect'))).toEqual([]);
  });

  it('would notice one (the wrappers see calls from lib/page/)', async () => {
    const { guessGerman } = await import('../../lib/page/language-guess');
    // Its word count matches with a RegExp, then loops with for…of, then looks words up in Sets.
    const used = (await builtinsUsedBy(() => guessGerman('Der Rat und die Stadt.'))).map(
      (u) => u.split(' ')[0],
    );
    expect(new Set(used)).toEqual(
      new Set(['String.prototype.match', 'Array.prototype.Symbol(Symbol.iterator)', 'Set.prototype.has']),
    );
  });
});
