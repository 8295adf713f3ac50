// Pathological pages, generated at test time (megabytes are not committed). Each is a German news
// article by every signal Kontext checks (lang, JSON-LD NewsArticle, og:type, an <article>), so the
// content script does its full work on it. The text is written for these tests.

const head = (title: string) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2022-05-13T19:40:00+02:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","inLanguage":"de","datePublished":"2022-05-13T19:40:00+02:00"}</script>
</head><body><main><article><h1>${title}</h1>`;
const tail = '</article></main></body></html>';

const SENTENCES = [
  'Bundeskanzler Olaf Scholz hat am Freitag mit Wladimir Putin telefoniert.',
  'Das Gespräch dauerte nach Angaben aus Berlin etwa eine Stunde.',
  'In Kiew und Moskau wurde die Nachricht unterschiedlich aufgenommen.',
  'Die Nato beobachtet die Lage im Donbass mit großer Sorge.',
  'Ein Sprecher der Regierung wollte sich zu Einzelheiten nicht äußern.',
  'Beobachter rechnen in den kommenden Wochen mit weiteren Gesprächen.',
];

/** About `words` words of prose in paragraphs of ~120 words. */
function million(words: number): string {
  const parts: string[] = [head('Eine Million Wörter über ein Telefonat')];
  let n = 0;
  let s = 0;
  while (n < words) {
    let p = '<p>';
    for (let i = 0; i < 12; i++) {
      const sentence = SENTENCES[s++ % SENTENCES.length]!;
      p += `${sentence} `;
      n += sentence.split(' ').length;
    }
    parts.push(`${p}</p>`);
  }
  parts.push(tail);
  return parts.join('\n');
}

/** `count` text nodes: every word its own <span> (the text of a ticker or a syntax-highlighted page). */
function textNodes(count: number): string {
  const parts: string[] = [head('Hunderttausend Textknoten')];
  const words = SENTENCES.join(' ').split(' ');
  let p: string[] = [];
  for (let i = 0; i < count; i++) {
    p.push(`<span>${words[i % words.length]} </span>`);
    if (p.length === 100) {
      parts.push(`<p>${p.join('')}</p>`);
      p = [];
    }
  }
  if (p.length) parts.push(`<p>${p.join('')}</p>`);
  parts.push(tail);
  return parts.join('\n');
}

/**
 * `depth` nested elements with the article text at the bottom, plus ordinary paragraphs beside it.
 * HTML parsers cap nesting (Chromium at 512 levels: deeper tags become siblings), so the page is
 * nested by a mix of <div> and <span> as deep as the parser allows; the count asked for is in the markup.
 */
function deep(depth: number): string {
  const open: string[] = [];
  const close: string[] = [];
  for (let i = 0; i < depth; i++) {
    const tag = i % 2 ? 'span' : 'div';
    open.push(`<${tag}>`);
    close.push(`</${tag}>`);
  }
  return [
    head('Fünftausend Ebenen tief'),
    `<p>${SENTENCES.slice(0, 3).join(' ')}</p>`,
    `${open.join('')}<p>${SENTENCES.join(' ')}</p>${close.reverse().join('')}`,
    `<p>${SENTENCES.slice(3).join(' ')}</p>`,
    tail,
  ].join('\n');
}

const cache = new Map<string, string>();
const memo = (key: string, make: () => string) => () => {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    cache.set(key, v);
  }
  return v;
};

/** Name → page source; served under /gen/<name>. */
export const GENERATED: Record<string, () => string> = {
  'million-words': memo('million-words', () => million(1_000_000)),
  'text-nodes': memo('text-nodes', () => textNodes(100_000)),
  'deep-nesting': memo('deep-nesting', () => deep(5000)),
};
