// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallCard, joinNames } from '../../components/CallCard';
import type { CallRecord } from '../../lib/calls/types';
import { translator } from '../../lib/i18n';
import * as F from './fixtures';
import { axeViolations, mount, textOf } from './helpers';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function renderCall(call: CallRecord, lang: 'de' | 'en' = 'de', labels = F.LABELS) {
  const onSelectEvidence = vi.fn();
  const m = mount(<CallCard call={call} labels={labels} lang={lang} onSelectEvidence={onSelectEvidence} />);
  cleanup = m.unmount;
  return { card: m.root.querySelector<HTMLElement>('.call')!, onSelectEvidence };
}

describe('CallCard', () => {
  it('shows participants with their roles, date, mode, duration, initiator and first-since', async () => {
    const { card } = renderCall(F.CALL_AUSTIN_SHOIGU);
    expect(textOf(card.querySelector('.call__meta'))).toBe('13.05.2022 · Telefonat · ca. 60 Min.');
    expect([...card.querySelectorAll('.call__person')].map((p) => textOf(p))).toEqual([
      'Lloyd AustinVerteidigungsminister der USA',
      'Sergei SchoiguVerteidigungsminister Russlands',
    ]);
    expect([...card.querySelectorAll('.call__facts li')].map((p) => textOf(p))).toEqual([
      'Auf Initiative von Lloyd Austin',
      'Erster Kontakt seit 18.02.2022',
    ]);
    expect(textOf(card.querySelector('.stmt__by'))).toBe('Lloyd Austin · Quelle: John Kirby');
    expect(textOf(card.querySelector('.call__codes'))).toBe(
      'Ereigniscodes: PLOVER CONSULT/phone · CAMEO 040',
    );
    expect(await axeViolations(card)).toEqual([]);
  });

  it('each statement is a button that names its target for screen readers', () => {
    const { card, onSelectEvidence } = renderCall(F.CALL_AUSTIN_SHOIGU);
    const buttons = [...card.querySelectorAll<HTMLButtonElement>('button.stmt')];
    expect(buttons).toHaveLength(2);
    expect(textOf(buttons[1]!)).toContain('– zur Textstelle im Artikel');
    buttons[1]!.click();
    expect(onSelectEvidence).toHaveBeenCalledWith(300, 360);
  });

  it('copes with a video call of three, no date, no duration, unknown labels and no roles', async () => {
    const call: CallRecord = {
      ...F.CALL_PLANNED,
      status: 'held',
      participants: ['a-one', 'b-two', 'c-three'],
      roles: {},
      dateText: null,
      evidence: [],
    };
    const { card } = renderCall(call, 'de', {
      'a-one': { de: 'Anna Eins', en: 'Anna One' },
      'b-two': { de: 'Bernd Zwei', en: 'Bernd Two' },
    });
    expect(textOf(card.querySelector('.call__meta'))).toBe('Datum nicht genannt · Videoschalte');
    expect(textOf(card.querySelector('h3'))).toBe('Anna Eins, Bernd Zwei und c-three');
    expect(card.querySelector('.call__role')).toBeNull();
    expect(card.querySelector('.call__jump')).toBeNull();
    expect(card.querySelector('.call__badge')).toBeNull();
    expect(await axeViolations(card)).toEqual([]);
  });

  it('labels planned and denied calls', () => {
    expect(textOf(renderCall(F.CALL_PLANNED).card.querySelector('.call__badge'))).toBe('Geplant');
    cleanup?.();
    const { card } = renderCall(F.CALL_DENIED, 'en');
    expect(textOf(card.querySelector('.call__badge'))).toBe('Denied');
    expect(card.dataset.status).toBe('denied');
  });

  it('joins names the German way', () => {
    const t = translator('de');
    expect(joinNames(['A'], t)).toBe('A');
    expect(joinNames(['A', 'B'], t)).toBe('A und B');
    expect(joinNames(['A', 'B', 'C'], t)).toBe('A, B und C');
    expect(joinNames(['A', 'B'], translator('en'))).toBe('A and B');
  });
});
