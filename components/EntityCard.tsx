// The popover card: who or what a marked name is, which office it held on the article's date and
// which it holds now, other spellings, a Wikipedia link, and where the facts come from.
// Props in, JSX out: the content script mounts it in a shadow root and handles opening and closing.

import type { JSX, TargetedKeyboardEvent } from 'preact';
import { formatDate, formatMonthYear, formatSince, formatUntil, softHyphenate } from '../lib/format';
import { type MessageKey, type Translate, translator, type UiLang } from '../lib/i18n';
import type { Entity, EntityType, Role } from '../lib/knowledge/types';
import { CARD_CSS } from './card-css';
import {
  displayAliases,
  roleEnded,
  sameRole,
  sourceHints,
  wikipediaSearchUrl,
  wikipediaUrl,
  wikipediaViaWikidata,
} from './card-helpers';

export { CARD_CSS };

export interface EntityCardProps {
  entity: Entity;
  /** ISO date the article appeared; null when the page does not say. */
  published: string | null;
  /** ISO date of today, for "heute". */
  today: string;
  roleThen: Role | null;
  roleNow: Role | null;
  /** ISO date the bundled facts were last checked. */
  knowledgeAsOf: string;
  lang: UiLang;
  onClose: () => void;
  /** Forces a colour scheme (preview, tests); by default the reader's preference decides. */
  theme?: 'light' | 'dark';
}

export const TYPE_LABEL: Record<EntityType, MessageKey> = {
  person: 'typePerson',
  place: 'typePlace',
  organisation: 'typeOrganisation',
  term: 'typeTerm',
};

const MAX_ALIASES = 6;

/** "seit Mai 2024" stays on one line. */
const keep = (s: string) => s.replace(/ /g, '\u00A0');

const longestWord = (text: string) => Math.max(0, ...text.split(/[\s-]+/).map((w) => w.length));

export function EntityCard(props: EntityCardProps): JSX.Element {
  const { entity, lang, onClose } = props;
  const t = translator(lang);
  const nameId = `kontext-card-name-${entity.id}`;
  const label = entity.label[lang] || entity.label.de;
  const description = entity.description[lang] || entity.description.de;
  const aliases = displayAliases(entity, lang);
  const shownAliases = aliases.slice(0, MAX_ALIASES);
  const wiki = entity.wikipedia.de;
  const wikiEn = lang === 'en' ? entity.wikipedia.en : null;
  const sources = sourceHints([entity.source, props.roleThen?.source, props.roleNow?.source], t);

  const onKeyDown = (e: TargetedKeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };

  return (
    <div
      class="card"
      data-type={entity.type}
      data-theme={props.theme}
      role="dialog"
      aria-labelledby={nameId}
      tabIndex={-1}
      lang={lang}
      onKeyDown={onKeyDown}
    >
      <header class="card__head">
        <div class="card__heading">
          <p class="card__type">
            <span class="card__marker" aria-hidden="true" />
            {t(TYPE_LABEL[entity.type])}
          </p>
          <h2 class={longestWord(label) >= 16 ? 'card__name card__name--long' : 'card__name'} id={nameId}>
            {softHyphenate(label, 18)}
          </h2>
        </div>
        <button type="button" class="card__close" aria-label={t('cardClose')} onClick={onClose}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
          </svg>
        </button>
      </header>

      {description && <p class="card__desc">{softHyphenate(description)}</p>}

      <Roles {...props} t={t} />

      {shownAliases.length > 0 && (
        <p class="card__aliases">
          <span class="card__label">{t('cardAlsoKnownAs')}</span>{' '}
          <span class="card__alias-list">{softHyphenate(shownAliases.join(', '))}</span>
          {aliases.length > shownAliases.length && (
            <span class="card__more"> {t('cardMoreAliases', aliases.length - shownAliases.length)}</span>
          )}
        </p>
      )}

      <p class="card__links">
        {wiki && <WikiLink lang="de" title={wiki} t={t} />}
        {wikiEn && (wiki || !entity.wikidata) && <WikiLink lang="en" title={wikiEn} t={t} />}
        {/* Imported entities lack a verified German article title: Wikidata's own redirect finds the
            German article by the item's id (the English one where there is none), next to the item. */}
        {!wiki && entity.wikidata && (
          <>
            <ExternalLink href={wikipediaViaWikidata(entity.wikidata)} t={t}>
              {t('cardWikipediaAny')}
            </ExternalLink>
            <ExternalLink href={`https://www.wikidata.org/wiki/${encodeURIComponent(entity.wikidata)}`} t={t}>
              {t('cardWikidata')}
            </ExternalLink>
          </>
        )}
        {!wiki && !wikiEn && !entity.wikidata && (
          <ExternalLink href={wikipediaSearchUrl(lang, label)} t={t}>
            {t('cardWikipediaSearch')}
          </ExternalLink>
        )}
      </p>

      <footer class="card__foot">
        <span>{t('cardAsOf', formatDate(props.knowledgeAsOf, lang))}</span>
        {sources.length > 0 && (
          <>
            <span aria-hidden="true"> · </span>
            <span>{t('cardSource', sources.join(', '))}</span>
          </>
        )}
      </footer>
    </div>
  );
}

function WikiLink({ lang, title, t }: { lang: string; title: string; t: Translate }): JSX.Element {
  return (
    <ExternalLink href={wikipediaUrl(lang, title)} t={t}>
      {t('cardWikipedia', lang)}
    </ExternalLink>
  );
}

function ExternalLink({ href, t, children }: { href: string; t: Translate; children: string }): JSX.Element {
  return (
    <a class="card__link" href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <svg class="card__ext" viewBox="0 0 12 12" width="11" height="11" aria-hidden="true" focusable="false">
        <path
          d="M5 2H2v8h8V7M7 2h3v3M10 2L5.5 6.5"
          fill="none"
          stroke="currentColor"
          stroke-width="1.3"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      </svg>
      <span class="sr-only"> ({t('opensInNewTab')})</span>
    </a>
  );
}

/**
 * An open role is only known to hold as of its source's date; much of the open data stops in 2022.
 * Say so instead of presenting an old snapshot as today's truth.
 */
function staleNote(role: Role, today: string, lang: UiLang, t: Translate): string {
  if (role.end !== null || !role.source.asOf) return '';
  const asOf = Date.parse(role.source.asOf);
  if (Number.isNaN(asOf) || Date.parse(today) - asOf < STALE_AFTER_MS) return '';
  return keep(t('cardRoleAsOf', formatMonthYear(role.source.asOf, lang)));
}

const STALE_AFTER_MS = 365 * 24 * 3600 * 1000;

function Roles(props: EntityCardProps & { t: Translate }): JSX.Element | null {
  const { roleThen, roleNow, published, today, lang, t } = props;
  if (!roleThen && !roleNow) return null;
  const title = (r: Role) => softHyphenate(r.title[lang] || r.title.de);
  const same = sameRole(roleThen, roleNow);
  const rows: { key: string; term: string; title: string | null; note: string | null }[] = [];

  if (published) {
    const thenLabel = t('cardRoleOn', formatDate(published, lang));
    if (same && roleThen) {
      const since = roleThen.start ? formatSince(roleThen.start, lang) : '';
      rows.push({
        key: 'same',
        term: thenLabel,
        title: title(roleThen),
        note: [t('cardRoleSame'), keep(since), staleNote(roleThen, today, lang, t)]
          .filter(Boolean)
          .join(' · '),
      });
    } else {
      // Without a role today, say when the earlier one ended ("bis Mai 2025").
      const until =
        roleThen && !roleNow && roleEnded(roleThen, today) ? keep(formatUntil(roleThen.end, lang)) : null;
      rows.push({ key: 'then', term: thenLabel, title: roleThen ? title(roleThen) : null, note: until });
    }
  }
  if (roleNow && !(same && published)) {
    rows.push({
      key: 'now',
      term: t('cardRoleToday'),
      title: title(roleNow),
      note:
        [roleNow.start ? keep(formatSince(roleNow.start, lang)) : '', staleNote(roleNow, today, lang, t)]
          .filter(Boolean)
          .join(' · ') || null,
    });
  }

  return (
    <div class="card__roles-box">
      <dl class="card__roles">
        {rows.map((row) => (
          <div class="card__role" key={row.key} data-row={row.key}>
            <dt>{row.term}</dt>
            <dd>
              {row.title ? (
                <span class="card__role-title">{row.title}</span>
              ) : (
                <span class="card__none">{t('cardRoleNone')}</span>
              )}
              {row.note && <span class="card__note">{row.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {!published && <p class="card__note card__undated">{t('cardPublishedUnknown')}</p>}
    </div>
  );
}
