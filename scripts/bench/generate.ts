// Synthetic benchmark inputs, all text written here: a huge German live-ticker page, a news-portal
// front page (not an article: the bail-out case), and knowledge packs grown to a target alias count.
import type { Alias, Entity, KnowledgeBundle } from '../../lib/knowledge/types';

/** Small deterministic PRNG (mulberry32) so every run measures the same page. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

// Sentence frames for the ticker; {A} and {B} take names from the knowledge, so the page has the
// mention density of a real ticker (a name every 15–25 words).
const FRAMES = [
  '{A} hat am Vormittag mit {B} telefoniert, wie ein Sprecher der Regierung bestätigte.',
  'Nach Angaben von {A} dauerte das Gespräch etwa eine Stunde.',
  'Die Lage bleibt nach Einschätzung von Beobachtern angespannt, die Verhandlungen sollen in der kommenden Woche weitergehen.',
  'In einer kurzen Erklärung hieß es, man habe über die Versorgung der Bevölkerung und über humanitäre Korridore gesprochen.',
  '{A} forderte eine sofortige Waffenruhe und den Abzug aller Truppen aus der Region.',
  'Ein Sprecher von {A} sagte am Abend, es gebe derzeit keine Pläne für ein weiteres Treffen.',
  'Zuvor hatte {A} in {B} mit Vertretern mehrerer Hilfsorganisationen gesprochen.',
  'Die Zahl der Geflüchteten ist nach Schätzungen der Behörden in den vergangenen Tagen weiter gestiegen.',
  'Wie die Nachrichtenagentur berichtet, wurden in der Nacht mehrere Ortschaften beschossen.',
  '{A} kündigte an, die Unterstützung für {B} auszuweiten, nannte aber keine Einzelheiten.',
  'Die Gespräche zwischen {A} und {B} sollen nach Angaben beider Seiten fortgesetzt werden.',
  'Am Nachmittag trafen sich die Außenminister zu Beratungen, Ergebnisse wurden zunächst nicht bekannt.',
  'Kritiker werfen der Regierung vor, zu spät reagiert zu haben; die Opposition verlangt eine Sondersitzung.',
  'Die Preise für Energie und Lebensmittel sind seit Jahresbeginn deutlich gestiegen, teilte das Statistikamt mit.',
  '{A} sprach von einem „konstruktiven Austausch“, wollte sich zu Details aber nicht äußern.',
];

export interface TickerOptions {
  words: number;
  /** Names to place into the text (labels and full aliases of the knowledge). */
  names: readonly string[];
  seed?: number;
  published?: string;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fillFrame(r: () => number, names: readonly string[]): string {
  const frame = pick(r, FRAMES);
  return frame.replace(/\{[AB]\}/g, () => (names.length ? pick(r, names) : 'die Regierung'));
}

/** A German live-ticker article of about `words` words in entries of two to four paragraphs. */
export function tickerPage({ words, names, seed = 7, published = '2022-05-13' }: TickerOptions): string {
  const r = rng(seed);
  const entries: string[] = [];
  let count = 0;
  let minute = 24 * 60 - 1;
  while (count < words) {
    const paras: string[] = [];
    const n = 2 + Math.floor(r() * 3);
    for (let i = 0; i < n && count < words; i++) {
      const sentences: string[] = [];
      const m = 2 + Math.floor(r() * 3);
      for (let j = 0; j < m; j++) sentences.push(fillFrame(r, names));
      const p = sentences.join(' ');
      count += p.split(/\s+/).length;
      paras.push(`<p>${escapeHtml(p)}</p>`);
    }
    minute = (minute + 24 * 60 - 1 - Math.floor(r() * 3)) % (24 * 60);
    const hh = String(Math.floor(minute / 60)).padStart(2, '0');
    const mm = String(minute % 60).padStart(2, '0');
    const title = escapeHtml(fillFrame(r, names).split(/[,.;]/)[0] ?? '');
    entries.push(
      `<section class="entry" id="e${entries.length}"><time datetime="${published}T${hh}:${mm}:00+02:00">${hh}:${mm} Uhr</time>` +
        `<h2>${title}</h2>${paras.join('')}</section>`,
    );
  }
  const headline = 'Liveticker: Die Entwicklungen des Tages im Überblick';
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>${headline}</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="${published}T06:00:00+02:00">
<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    headline,
    datePublished: `${published}T06:00:00+02:00`,
    publisher: { '@type': 'Organization', name: 'Kontext-Benchmark' },
  })}</script>
<style>body{font:16px/1.5 serif;max-width:40em;margin:auto}</style></head>
<body><header><nav><a href="#">Startseite</a> <a href="#">Ausland</a></nav></header>
<main><article><h1>${headline}</h1><div class="article-body">
${entries.join('\n')}
</div></article></main><footer>Kontext-Benchmark, generierte Seite</footer></body></html>`;
}

/** A German news portal's front page: many teasers, no article. Kontext must bail out cheaply. */
export function frontPage(seed = 11, teasers = 120): string {
  const r = rng(seed);
  const items: string[] = [];
  for (let i = 0; i < teasers; i++) {
    items.push(
      `<article class="teaser"><a href="/artikel-${i}.html"><h3>${escapeHtml(fillFrame(r, []).split(',')[0] ?? '')}</h3></a>` +
        `<p>${escapeHtml(fillFrame(r, []))}</p></article>`,
    );
  }
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Nachrichten aus aller Welt – Startseite</title>
<meta property="og:type" content="website"></head>
<body><header><nav><a href="/">Start</a> <a href="/politik">Politik</a></nav></header>
<main><h1>Nachrichten</h1>${items.join('\n')}</main><footer>Impressum</footer></body></html>`;
}

// First names shared by many synthetic people, so first-word lookups meet long candidate lists, as a
// real pack of thousands of politicians would.
const FIRST = [
  'Anna',
  'Peter',
  'Maria',
  'Thomas',
  'Sabine',
  'Michael',
  'Julia',
  'Andreas',
  'Katrin',
  'Stefan',
  'Claudia',
  'Markus',
  'Monika',
  'Jürgen',
  'Petra',
  'Frank',
  'Ute',
  'Klaus',
  'Birgit',
  'Wolfgang',
  'Olga',
  'Sergej',
  'Iwan',
  'Natalja',
  'Dmitri',
  'Jelena',
  'Oleksandr',
  'Halyna',
  'John',
  'Mary',
];
const SYL = [
  'ber',
  'ka',
  'lin',
  'mo',
  'ritz',
  'sch',
  'stein',
  'tal',
  'vo',
  'wa',
  'ne',
  'dor',
  'ga',
  'hu',
  'le',
  'zko',
  'rin',
  'ow',
  'ski',
  'ma',
];

function surname(r: () => number): string {
  const n = 2 + Math.floor(r() * 3);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(r, SYL);
  return s[0]!.toUpperCase() + s.slice(1);
}

function countAliases(b: KnowledgeBundle): number {
  return b.entities.reduce((n, e) => n + e.aliases.length, 0);
}

/**
 * The base knowledge plus synthetic people, places and organisations until the pack holds about
 * `aliases` aliases: full names, surnames that need a cue, transliterations, compound heads and tails,
 * acronyms. The synthetic names do not occur on the pages, so the marks stay the same and any extra
 * cost is the cost of a bigger index.
 */
export function grownKnowledge(base: KnowledgeBundle, aliases: number, seed = 5): KnowledgeBundle {
  const r = rng(seed);
  const entities: Entity[] = [...base.entities];
  let total = countAliases(base);
  const source = {
    cite: 'https://example.invalid/kontext-benchmark (synthetic, 2024-01-01)',
    asOf: '2024-01-01',
  };
  const used = new Set<string>();
  let i = 0;
  while (total < aliases) {
    i++;
    const kind = i % 5;
    let label: string;
    let list: Alias[];
    let type: Entity['type'];
    if (kind <= 2) {
      const last = surname(r);
      label = `${pick(r, FIRST)} ${last}`;
      list = [
        { text: label, origin: 'rule:bench' },
        { text: last, origin: 'rule:bench', needsCue: true },
        { text: `${label.split(' ')[0]} ${last.replace(/sch/g, 'sh')}`, origin: 'rule:bench' },
      ];
      type = 'person';
    } else if (kind === 3) {
      label = `${surname(r)}${pick(r, ['burg', 'grad', 'stadt', 'ow', 'ia'])}`;
      list = [
        { text: label, origin: 'rule:bench', inCompound: 'both' },
        { text: label.replace(/c/g, 'k'), origin: 'rule:bench' },
      ];
      type = 'place';
    } else {
      const word = surname(r);
      const acro = `${word.slice(0, 2).toUpperCase()}${String.fromCharCode(65 + Math.floor(r() * 26))}`;
      label = `${word}-Verband`;
      list = [
        { text: label, origin: 'rule:bench' },
        { text: acro, origin: 'rule:bench', caseSensitive: true },
        { text: word, origin: 'rule:bench', inCompound: 'head', needsCue: true },
      ];
      type = 'organisation';
    }
    if (used.has(label)) continue;
    used.add(label);
    entities.push({
      id: `bench-${i}`,
      type,
      label: { de: label, en: label },
      description: { de: 'Synthetischer Eintrag des Benchmarks.', en: 'Synthetic benchmark entry.' },
      aliases: list,
      roles: [],
      wikidata: null,
      wikipedia: { de: null },
      cues: type === 'person' ? ['Minister', 'Abgeordnete'] : [],
      source,
    });
    total += list.length;
  }
  return { ...base, name: `${base.name}+bench${aliases}`, entities };
}

/** Names from the knowledge that a ticker may use: labels and full aliases, no cue-only surnames. */
export function tickerNames(bundle: KnowledgeBundle, max = 60): string[] {
  const out: string[] = [];
  for (const e of bundle.entities) {
    if (e.id.startsWith('bench-')) continue;
    out.push(e.label.de);
    for (const a of e.aliases) if (!a.needsCue && !a.caseSensitive && a.text !== e.label.de) out.push(a.text);
    if (out.length >= max) break;
  }
  return out;
}
