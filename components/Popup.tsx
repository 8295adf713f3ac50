// The toolbar popup: the site switch, the calls the article reports (the popup's main job), the
// export actions, and every recognised entity. Props in, JSX out; the entrypoint does the messaging.

import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CallRecord } from '../lib/calls/types';
import { formatDate, softHyphenate } from '../lib/format';
import { type Translate, translator, type UiLang } from '../lib/i18n';
import type { Localized } from '../lib/knowledge/types';
import { CallCard } from './CallCard';
import { EntityList } from './EntityList';
import { POPUP_CSS } from './popup-css';
import type { PopupState } from './popup-state';
import { Switch } from './Switch';

export type { PopupState };
export { POPUP_CSS };

export interface PopupProps {
  state: PopupState;
  lang: UiLang;
  /** Display names for the entity ids in calls (participants, initiators, authors, sources). */
  labels: Record<string, Localized>;
  onToggleSite: (enabled: boolean) => void;
  onSelectEvidence: (start: number, end: number) => void;
  /** May return a promise; the popup confirms the copy once it resolves (and stays quiet if it rejects). */
  // biome-ignore lint/suspicious/noConfusingVoidType: a plain () => void handler must be accepted too.
  onCopyJson: () => void | Promise<unknown>;
  onDownloadCsv: () => void;
  /** Opens the options page; the entrypoint passes browser.runtime.openOptionsPage. */
  onOpenOptions?: () => void;
  /**
   * "Enable on this site" for web pages outside the built-in news sites: `available` offers to switch
   * Kontext on, `extra` (a site the reader added) offers to remove it. Absent: nothing to offer.
   */
  siteAccess?: SiteAccessView;
  /** Must ask for the permission synchronously: Firefox allows the request only inside the click. */
  onEnableSite?: () => void;
  onDisableSite?: () => void;
  /** Forces a colour scheme (preview, tests); by default the reader's preference decides. */
  theme?: 'light' | 'dark';
}

export interface SiteAccessView {
  kind: 'available' | 'extra';
  /** The request or the registration is under way. */
  busy?: boolean;
  /** 'denied' when the reader said no; any other text is a technical reason. */
  error?: string | null;
}

export function Popup(props: PopupProps): JSX.Element {
  const { state, lang } = props;
  const t = translator(lang);
  return (
    <div class="popup" lang={lang} data-theme={props.theme}>
      <header class="popup__head">
        <div class="popup__brand">
          <h1 class="popup__name">
            {/* The toolbar icon's mark (public/icon.svg), so the popup and the button look related. */}
            <svg
              class="popup__logo"
              viewBox="0 0 128 128"
              width="24"
              height="24"
              aria-hidden="true"
              focusable="false"
            >
              <rect x="4" y="4" width="120" height="120" rx="26" fill="#8a1538" />
              <path d="M33 18h20v33l24-33h24l-30 39 32 42h-25l-25-34v34H33z" fill="#ffffff" />
              <rect x="33" y="105" width="70" height="9" rx="3" fill="#ffc857" />
            </svg>
            Kontext
          </h1>
          {state.site && <p class="popup__site">{state.site}</p>}
        </div>
        {state.site && state.status !== 'unsupported' && (
          <Switch
            id="kontext-site-switch"
            checked={state.enabled}
            label={t('popupSwitchLabel')}
            onLabel={t('switchOn')}
            offLabel={t('switchOff')}
            onChange={props.onToggleSite}
          />
        )}
      </header>
      {props.siteAccess?.kind === 'extra' && state.status !== 'unsupported' && (
        <SiteRemoveRow {...props} t={t} />
      )}
      <main class="popup__body" aria-busy={state.status === 'loading'}>
        <Body {...props} t={t} />
      </main>
      <footer class="popup__foot">
        <span>{t('popupPrivacy')}</span>
        {props.onOpenOptions && (
          <button type="button" class="popup__options" onClick={props.onOpenOptions}>
            {t('optionsTitle')}
          </button>
        )}
      </footer>
    </div>
  );
}

function Notice({ title, text, reason, t }: { title?: string; text: string; reason?: string; t: Translate }) {
  return (
    <div class="notice">
      {title && <h2 class="notice__title">{title}</h2>}
      <p class="notice__text">{text}</p>
      {reason && <p class="notice__reason">{t('popupReason', reason)}</p>}
    </div>
  );
}

function Body(props: PopupProps & { t: Translate }): JSX.Element {
  const { state, lang, t } = props;
  switch (state.status) {
    case 'loading':
      return (
        <p class="notice notice--loading" role="status">
          {t('popupLoading')}
        </p>
      );
    case 'unsupported':
      if (props.siteAccess) return <SiteOffer {...props} t={t} />;
      return (
        <Notice title={t('popupUnsupportedTitle')} text={t('popupUnsupported')} reason={state.reason} t={t} />
      );
    case 'error':
      return <Notice title={t('popupErrorTitle')} text={t('popupError')} reason={state.reason} t={t} />;
    default:
      break;
  }
  if (!state.enabled) {
    return (
      <Notice title={t('popupDisabledTitle')} text={t('popupDisabled', state.site ?? t('thisSite'))} t={t} />
    );
  }
  if (state.status === 'not-article') {
    return (
      <Notice title={t('popupNotArticleTitle')} text={t('popupNotArticle')} reason={state.reason} t={t} />
    );
  }

  const held = state.calls.filter((c) => c.status === 'held');
  const other = state.calls.filter((c) => c.status !== 'held');
  return (
    <>
      {state.page && (
        <div class="page">
          {state.page.title && (
            <p class="page__title" lang="de">
              {softHyphenate(state.page.title)}
            </p>
          )}
          <p class="page__date">
            {state.page.published
              ? t('popupArticleFrom', formatDate(state.page.published, lang))
              : t('popupArticleDateUnknown')}
          </p>
          {state.truncatedAt ? (
            <p class="page__notice" role="note">
              {t('popupTruncated', state.truncatedAt.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB'))}
            </p>
          ) : null}
        </div>
      )}

      <section class="block" aria-labelledby="kontext-calls-heading" aria-busy={state.callsPending}>
        <h2 class="block__title" id="kontext-calls-heading">
          {t('popupCallsHeading')}
          {held.length > 0 && <span class="block__count">{held.length}</span>}
        </h2>
        {state.callsPending ? (
          <p class="block__empty block__pending" role="status">
            {t('popupCallsPending')}
          </p>
        ) : (
          held.length === 0 && <p class="block__empty">{t('popupNoCalls')}</p>
        )}
        <CallList calls={held} offset={0} {...props} />
        {other.length > 0 && (
          <div class="block__sub">
            <h3 class="block__subtitle" id="kontext-other-calls-heading">
              {t('popupOtherCallsHeading')}
            </h3>
            <CallList calls={other} offset={held.length} {...props} />
          </div>
        )}
        {/* The export carries the calls: offered once they are there. */}
        {!state.callsPending && (state.calls.length > 0 || state.entities.length > 0) && (
          <ExportActions {...props} />
        )}
      </section>

      <section class="block" aria-labelledby="kontext-entities-heading">
        <h2 class="block__title" id="kontext-entities-heading">
          {t('popupEntitiesHeading')}
        </h2>
        {state.entities.length === 0 ? (
          <p class="block__empty">{t('popupNoEntities')}</p>
        ) : (
          <EntityList entities={state.entities} lang={lang} />
        )}
      </section>
    </>
  );
}

/** Call cards rendered in the first task; the rest follow in batches, one task each. */
const FIRST_CARDS = 30;
const MORE_CARDS = 60;

/**
 * How many of `total` items to render now: all of a short list at once, a long one (hundreds of calls
 * on a live ticker took the popup one ~80 ms task to render) in batches that each leave the popup
 * free to react in between.
 */
function useRevealed(total: number): number {
  const [shown, setShown] = useState(FIRST_CARDS);
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => setShown((n) => n + MORE_CARDS), 0);
    return () => clearTimeout(timer);
  }, [shown, total]);
  return Math.min(shown, total);
}

function CallList(props: PopupProps & { calls: CallRecord[]; offset: number }): JSX.Element | null {
  const shown = useRevealed(props.calls.length);
  if (!props.calls.length) return null;
  return (
    <ol class="calls">
      {props.calls.slice(0, shown).map((call, i) => (
        <li key={`${call.participants.join('+')}-${call.evidence[0]?.start ?? i}`}>
          <CallCard
            call={call}
            labels={props.labels}
            lang={props.lang}
            index={props.offset + i}
            onSelectEvidence={props.onSelectEvidence}
          />
        </li>
      ))}
    </ol>
  );
}

function ExportActions(props: PopupProps & { t: Translate }): JSX.Element {
  const { t } = props;
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2500);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = () => {
    const result = props.onCopyJson();
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(
        () => setCopied(true),
        () => setCopied(false),
      );
    } else {
      setCopied(true);
    }
  };
  return (
    <div class="actions">
      <div class="actions__buttons">
        <button type="button" class="btn" onClick={copy}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <rect
              x="5"
              y="5"
              width="8.5"
              height="8.5"
              rx="1.5"
              fill="none"
              stroke="currentColor"
              stroke-width="1.3"
            />
            <path d="M3 10.5V3.5A1 1 0 0 1 4 2.5h6.5" fill="none" stroke="currentColor" stroke-width="1.3" />
          </svg>
          {t('popupCopyJson')}
        </button>
        <button type="button" class="btn" onClick={props.onDownloadCsv}>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path
              d="M8 2.5v8M4.5 7.5L8 11l3.5-3.5M3 13.5h10"
              fill="none"
              stroke="currentColor"
              stroke-width="1.3"
              stroke-linecap="round"
            />
          </svg>
          {t('popupDownloadCsv')}
        </button>
      </div>
      <p class="actions__status" role="status">
        {copied ? t('popupCopied') : ''}
      </p>
    </div>
  );
}

/** An ordinary web page Kontext does not run on yet (or was just added and waits for a reload). */
function SiteOffer(props: PopupProps & { t: Translate }): JSX.Element {
  const { t, state } = props;
  const access = props.siteAccess!;
  const site = state.site ?? t('thisSite');
  if (access.kind === 'extra') {
    return (
      <div class="notice site-offer">
        <p class="notice__text" role="status">
          {access.busy ? t('popupSiteEnabling') : t('popupSiteReload')}
        </p>
        <SiteRemoveRow {...props} />
      </div>
    );
  }
  const status = access.busy
    ? t('popupSiteEnabling')
    : access.error === 'denied'
      ? t('popupSiteDenied')
      : access.error
        ? t('popupSiteFailed', access.error)
        : '';
  return (
    <div class="notice site-offer">
      <h2 class="notice__title">{t('popupSiteOfferTitle')}</h2>
      <p class="notice__text">{t('popupSiteOffer', site)}</p>
      <button
        type="button"
        class="btn btn--primary site-offer__enable"
        disabled={access.busy}
        onClick={props.onEnableSite}
      >
        {t('popupSiteEnable')}
      </button>
      <p class="site-offer__note">{t('popupSiteEnableNote', site)}</p>
      <p class="site-offer__status" role="status">
        {status}
      </p>
    </div>
  );
}

function SiteRemoveRow(props: PopupProps & { t: Translate }): JSX.Element {
  const { t } = props;
  return (
    <div class="site-extra">
      <span class="site-extra__label">{t('popupSiteExtra')}</span>
      <button
        type="button"
        class="site-extra__remove"
        disabled={props.siteAccess?.busy}
        onClick={props.onDisableSite}
      >
        {t('popupSiteRemove')}
      </button>
    </div>
  );
}
