import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectText, domPointAt } from '../../lib/text/collect';

type Make = (html: string) => Element;

const makers: [string, Make][] = [
  [
    'happy-dom',
    (html) => {
      const w = new Window();
      w.document.body.innerHTML = `<article id="root">${html}</article>`;
      return w.document.getElementById('root') as unknown as Element;
    },
  ],
  [
    'linkedom',
    (html) => {
      const { document } = parseHTML(
        `<!doctype html><html><body><article id="root">${html}</article></body></html>`,
      );
      return document.getElementById('root') as unknown as Element;
    },
  ],
];

describe.each(makers)('collectText (%s)', (_name, make) => {
  it('keeps inline elements together: no separator inside a name', () => {
    expect(collectText(make('<p><b>Wladimir</b> Putin und Pu<i>tin</i></p>')).text).toBe(
      'Wladimir Putin und Putin\n',
    );
  });

  it('puts a line break at block boundaries so words never run together', () => {
    const text = collectText(
      make('<h2>Titel</h2><p>Erster</p><div>Zweiter<br>Dritter</div><ul><li>A</li><li>B</li></ul>'),
    ).text;
    expect(text).toBe('Titel\nErster\nZweiter\nDritter\nA\nB\n');
  });

  it('turns line breaks of the page source into spaces, keeping offsets', () => {
    const root = make('<p>Kanzler Olaf\n      Scholz sprach\tmit Putin.</p>');
    const c = collectText(root);
    expect(c.text).toBe('Kanzler Olaf       Scholz sprach mit Putin.\n');
    expect(c.segments[0]!.end - c.segments[0]!.start).toBe(c.segments[0]!.node.data.length);
  });

  it('table cells are separated', () => {
    expect(collectText(make('<table><tr><td>Kiew</td><td>Lwiw</td></tr></table>')).text).toBe('Kiew\nLwiw\n');
  });

  it('skips script, style, form controls, code, svg, templates and noscript', () => {
    const html =
      '<p>A</p><script>var x="Putin"</script><style>.p{}</style><noscript>N</noscript><template>T</template>' +
      '<textarea>TA</textarea><select><option>O</option></select><button>Btn</button><code>C</code>' +
      '<svg><text>S</text></svg><p>B</p>';
    expect(collectText(make(html)).text).toBe('A\nB\n');
  });

  it('skips hidden, aria-hidden, contenteditable, display:none and our own UI', () => {
    const html =
      '<p>A</p><p hidden>H</p><p aria-hidden="true">AH</p><div contenteditable="true">CE</div>' +
      '<p style="display: none">DN</p><div data-kontext-ui><p>UI</p></div><p aria-hidden="false">B</p>';
    expect(collectText(make(html)).text).toBe('A\nB\n');
  });

  it('takes an isHidden callback and a skip selector', () => {
    const root = make('<p>A</p><p class="ad">Werbung</p><p class="x">X</p><p>B</p>');
    const got = collectText(root, { skip: '.ad', isHidden: (el) => el.classList.contains('x') });
    expect(got.text).toBe('A\nB\n');
  });

  it('segments cover exactly their text nodes', () => {
    const c = collectText(make('<p>Der <b>Kreml</b>chef</p><p>sagte</p>'));
    for (const seg of c.segments) expect(c.text.slice(seg.start, seg.end)).toBe(seg.node.data);
    expect(c.segments.map((s) => s.node.data)).toEqual(['Der ', 'Kreml', 'chef', 'sagte']);
  });

  it('domPointAt maps offsets inside and at the ends of segments', () => {
    const c = collectText(make('<p><b>Wladimir</b> Putin</p><p>Kiew</p>'));
    // "Wladimir Putin\nKiew\n"
    expect(domPointAt(c, 0)).toMatchObject({ offset: 0 });
    expect(domPointAt(c, 0).node.data).toBe('Wladimir');
    // Offset 8 is the boundary Wladimir| Putin: start → next node, end → end of the previous one.
    expect(domPointAt(c, 8, 'start').node.data).toBe(' Putin');
    expect(domPointAt(c, 8, 'start').offset).toBe(0);
    expect(domPointAt(c, 8, 'end').node.data).toBe('Wladimir');
    expect(domPointAt(c, 8, 'end').offset).toBe(8);
    // Offset 14 is the "\n" between blocks (no text node).
    expect(domPointAt(c, 14, 'end')).toMatchObject({ offset: 6 });
    expect(domPointAt(c, 15, 'start').node.data).toBe('Kiew');
    expect(domPointAt(c, 19, 'end')).toMatchObject({ offset: 4 });
    expect(domPointAt(c, 99, 'start').offset).toBe(4);
  });

  it('skips ruby annotations so the base text stays one word', () => {
    expect(collectText(make('<p><ruby>Pu<rt>pu</rt>tin</ruby></p>')).text).toBe('Putin\n');
  });

  it('domPointAt clamps to the current node length after the page shortened a node', () => {
    const c = collectText(make('<p>Wladimir Putin</p>'));
    c.segments[0]!.node.data = 'Wladimir';
    expect(domPointAt(c, 14, 'end').offset).toBe(8);
    expect(domPointAt(c, 10, 'start').offset).toBe(8);
  });

  it('a collected empty root yields no segments', () => {
    expect(collectText(make('')).segments).toEqual([]);
  });
});

describe('collectText and open shadow roots (happy-dom)', () => {
  it('reads an open shadow root where its host stands, and not a closed one', () => {
    const w = new Window();
    const doc = w.document;
    doc.body.innerHTML =
      '<article id="root"><p>Vorher Scholz.</p><news-body></news-body><x-closed></x-closed><p>Danach Putin.</p></article>';
    const open = doc.querySelector('news-body')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<p>Im Schatten: Wladimir Putin.</p>';
    const closed = doc.querySelector('x-closed')!.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<p>Geheim: Olaf Scholz.</p>';
    const c = collectText(doc.getElementById('root') as unknown as Element);
    expect(c.text).toBe('Vorher Scholz.\nIm Schatten: Wladimir Putin.\nDanach Putin.\n');
    const inShadow = c.segments.find((s) => s.node.data.includes('Schatten'))!;
    expect(c.text.slice(inShadow.start, inShadow.end)).toBe('Im Schatten: Wladimir Putin.');
  });
});
