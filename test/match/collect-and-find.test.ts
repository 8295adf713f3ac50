import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../lib/match/find';
import { collectText, domPointAt } from '../../lib/text/collect';
import { fixtureIndex } from './helpers';

function root(html: string): Element {
  const w = new Window();
  w.document.body.innerHTML = `<article>${html}</article>`;
  return w.document.querySelector('article') as unknown as Element;
}

describe('collected page text → mentions → DOM points', () => {
  it('finds a name split across inline elements and maps it to the right nodes', () => {
    const c = collectText(
      root('<p>Heute sprach <b>Wladimir</b> <a href="#">Pu<i>tin</i></a> in Moskau.</p>'),
    );
    const ms = findMentions(c.text, fixtureIndex);
    expect(ms.map((m) => m.text)).toEqual(['Wladimir Putin', 'Moskau']);
    const a = domPointAt(c, ms[0]!.start, 'start');
    const b = domPointAt(c, ms[0]!.end, 'end');
    expect([a.node.data, a.offset]).toEqual(['Wladimir', 0]);
    expect([b.node.data, b.offset]).toEqual(['tin', 3]);
  });

  it('never joins words across blocks', () => {
    const c = collectText(root('<h2>Der Kreml</h2><p>chef sagte</p><div>Pu</div><div>tin</div>'));
    expect(findMentions(c.text, fixtureIndex).map((m) => [m.text, m.compound])).toEqual([
      ['Kreml', undefined],
    ]);
  });
});
