// One reported call as a card a reader grasps in seconds: who (with the office each held on that
// date), when, how long, who asked for it, then what was demanded, agreed and said. Each statement
// is a button that takes the reader to its sentence in the article.

import type { JSX } from 'preact';
import type { CallRecord, CallStatement } from '../lib/calls/types';
import { formatDate, formatDuration, softHyphenate } from '../lib/format';
import { type MessageKey, type Translate, translator, type UiLang } from '../lib/i18n';
import type { Localized } from '../lib/knowledge/types';

export interface CallCardProps {
  call: CallRecord;
  /** Display names of entity ids (participants, initiator, statement authors and sources). */
  labels: Record<string, Localized>;
  lang: UiLang;
  onSelectEvidence: (start: number, end: number) => void;
  /** Distinguishes the card's ids when several are on one page. */
  index?: number;
}

export function labelOf(id: string | null, labels: Record<string, Localized>, lang: UiLang): string | null {
  if (!id) return null;
  const l = labels[id];
  return l ? l[lang] || l.de : id;
}

/** "A und B", "A, B und C". */
export function joinNames(names: readonly string[], t: Translate): string {
  if (names.length <= 1) return names[0] ?? '';
  return t('callTitle', [names.slice(0, -1).join(', '), names[names.length - 1]!]);
}

const SECTIONS: { key: 'demands' | 'outcomes' | 'quotes'; title: MessageKey }[] = [
  { key: 'demands', title: 'callDemands' },
  { key: 'outcomes', title: 'callOutcomes' },
  { key: 'quotes', title: 'callQuotes' },
];

export function CallCard({ call, labels, lang, onSelectEvidence, index = 0 }: CallCardProps): JSX.Element {
  const t = translator(lang);
  const names = call.participants.map((id) => labelOf(id, labels, lang) ?? id);
  const titleId = `kontext-call-${index}-title`;
  const initiator = labelOf(call.initiator, labels, lang);
  const duration = formatDuration(call.durationMinutes, call.duration, lang);
  const date = call.date ? formatDate(call.date, lang) : call.dateText;
  const firstSince = call.firstSince ? formatDate(call.firstSince, lang) : null;
  const first = call.evidence[0];
  const meta = [
    date ?? t('callDateUnknown'),
    t(call.mode === 'video' ? 'callModeVideo' : 'callModePhone'),
    duration,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <article class="call" data-status={call.status} aria-labelledby={titleId}>
      <h3 class="sr-only" id={titleId}>
        {joinNames(names, t)}
      </h3>
      <p class="call__meta">
        {call.status !== 'held' && (
          <span class="call__badge">
            {t(call.status === 'planned' ? 'callStatusPlanned' : 'callStatusDenied')}
          </span>
        )}
        <span>{meta}</span>
      </p>

      <ul class="call__people">
        {call.participants.map((id, i) => {
          const role = call.roles?.[id];
          return (
            <li class="call__person" key={id}>
              <span class="call__name">{names[i]}</span>
              {role && <span class="call__role">{softHyphenate(role[lang] || role.de)}</span>}
            </li>
          );
        })}
      </ul>

      {(initiator || firstSince) && (
        <ul class="call__facts">
          {initiator && <li>{t('callInitiator', initiator)}</li>}
          {firstSince && <li>{t('callFirstSince', firstSince)}</li>}
        </ul>
      )}

      {SECTIONS.map(({ key, title }) => {
        const items = call[key];
        if (!items.length) return null;
        const headId = `kontext-call-${index}-${key}`;
        return (
          <div class="call__section" key={key}>
            <h4 class="call__section-title" id={headId}>
              {t(title)}
            </h4>
            <ul class="call__statements" aria-labelledby={headId}>
              {items.map((s, i) => (
                <li key={`${s.start}-${i}`}>
                  <Statement s={s} labels={labels} lang={lang} t={t} onSelect={onSelectEvidence} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}

      {(first || call.cameo) && (
        <footer class="call__foot">
          {first && (
            <button type="button" class="call__jump" onClick={() => onSelectEvidence(first.start, first.end)}>
              <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
                <path d="M6 2v8M2.5 6.5L6 10l3.5-3.5" fill="none" stroke="currentColor" stroke-width="1.4" />
              </svg>
              {t('callShowInArticle')}
            </button>
          )}
          <span class="call__codes" title={t('callCodes')}>
            <span class="sr-only">{t('callCodes')}: </span>
            PLOVER {call.plover.event}/{call.plover.mode}
            {call.cameo ? ` · CAMEO ${call.cameo}` : ''}
          </span>
        </footer>
      )}
    </article>
  );
}

function Statement(props: {
  s: CallStatement;
  labels: Record<string, Localized>;
  lang: UiLang;
  t: Translate;
  onSelect: (start: number, end: number) => void;
}): JSX.Element {
  const { s, labels, lang, t } = props;
  const by = labelOf(s.by, labels, lang);
  const source = labelOf(s.source, labels, lang);
  const attribution = [by, source && source !== by ? t('callAccordingTo', source) : null].filter(Boolean);
  return (
    <button type="button" class="stmt" onClick={() => props.onSelect(s.start, s.end)}>
      {/* The statement quotes the article, which is German whatever the UI language. */}
      <span class="stmt__text" lang="de">
        {softHyphenate(s.text.replace(/\s+/g, ' ').trim())}
      </span>
      {attribution.length > 0 && <span class="stmt__by">{attribution.join(' · ')}</span>}
      <span class="sr-only"> – {t('callJumpHint')}</span>
    </button>
  );
}
