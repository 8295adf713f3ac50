// Knowledge packs: the bundled knowledge's date and size, importing a pack file, and the reader's
// packs with switch, entry list, export and removal. Every string from a pack is rendered as text.
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { formatDate } from '../../lib/format';
import type { MessageKey, Translate, UiLang } from '../../lib/i18n';
import { ENTITY_TYPES, type EntityType } from '../../lib/knowledge/types';
import { type StoredPack, summarizePack } from '../../lib/packs-store';
import type { BundledInfo, PackNotice } from './types';

/** Long packs show their first entries; the export has all of them. */
const LIST_LIMIT = 200;

const TYPE_ONE: Record<EntityType, MessageKey> = {
  person: 'typePerson',
  place: 'typePlace',
  organisation: 'typeOrganisation',
  term: 'typeTerm',
};
const TYPE_MANY: Record<EntityType, MessageKey> = {
  person: 'optionsTypePerson',
  place: 'optionsTypePlace',
  organisation: 'optionsTypeOrganisation',
  term: 'optionsTypeTerm',
};

export interface PackSettingsProps {
  packs: readonly StoredPack[];
  bundled: BundledInfo | null | undefined;
  notice: PackNotice | null;
  lang: UiLang;
  t: Translate;
  onImport: (file: File) => void;
  onToggle: (name: string, enabled: boolean) => void;
  onExport: (name: string) => void;
  onRemove: (name: string) => void;
  onUndoRemove: () => void;
}

export function entryCount(t: Translate, n: number, lang: UiLang): string {
  return n === 1 ? t('optionsEntriesOne') : t('optionsEntriesMany', formatCount(n, lang));
}

export function formatCount(n: number, lang: UiLang): string {
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB').format(n);
}

export function PackSettings(props: PackSettingsProps): JSX.Element {
  const { packs, bundled, notice, lang, t } = props;
  const section = useRef<HTMLElement>(null);
  // Removing a pack takes its buttons away: focus goes to Undo, and after undo back to the pack.
  useEffect(() => {
    const root = section.current;
    if (!root || !notice) return;
    if (notice.kind === 'removed') root.querySelector<HTMLElement>('.opt-notice button')?.focus();
    if (notice.kind === 'restored') {
      const at = packs.findIndex((p) => p.name === notice.name);
      root.querySelector<HTMLElement>(`#opt-pack-${at}-switch`)?.focus();
    }
  }, [notice]);
  return (
    <section class="opt-section" aria-labelledby="opt-packs" ref={section}>
      <h2 id="opt-packs" class="opt-section__title">
        {t('optionsPacksHeading')}
      </h2>
      <p class="opt-hint">{t('optionsPacksIntro')}</p>

      <dl class="opt-bundled">
        <dt>{t('optionsBundledLabel')}</dt>
        <dd>
          {bundled
            ? t('optionsBundledInfo', [
                entryCount(t, bundled.entityCount, lang),
                formatDate(bundled.asOf, lang),
              ])
            : t('optionsBundledUnknown')}
        </dd>
      </dl>

      <div class="opt-import">
        <input
          id="opt-import"
          class="opt-file sr-only"
          type="file"
          accept=".json,application/json"
          aria-describedby="opt-import-hint"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) fires again.
            input.value = '';
            if (file) props.onImport(file);
          }}
        />
        <label for="opt-import" class="opt-button opt-button--primary">
          {t('optionsImportLabel')}
        </label>
        <p class="opt-hint" id="opt-import-hint">
          {t('optionsImportHint')}
        </p>
      </div>

      <div class="opt-notice-region" aria-live="polite">
        {notice && <Notice notice={notice} t={t} onUndoRemove={props.onUndoRemove} lang={lang} />}
      </div>

      <h3 class="opt-subtitle" id="opt-pack-list">
        {t('optionsPackListHeading')}
      </h3>
      {packs.length === 0 ? (
        <p class="opt-hint">{t('optionsPacksEmpty')}</p>
      ) : (
        <ul class="opt-packs" aria-labelledby="opt-pack-list">
          {packs.map((pack, i) => (
            <PackItem key={pack.name} pack={pack} index={i} {...props} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Notice({
  notice,
  t,
  lang,
  onUndoRemove,
}: {
  notice: PackNotice;
  t: Translate;
  lang: UiLang;
  onUndoRemove: () => void;
}): JSX.Element {
  switch (notice.kind) {
    case 'busy':
      return <p class="opt-notice">{t('optionsImportBusy', notice.fileName)}</p>;
    case 'imported':
      return (
        <p class="opt-notice opt-notice--ok">
          {t(notice.replaced ? 'optionsImportReplaced' : 'optionsImportOk', [
            notice.name,
            entryCount(t, notice.count, lang),
          ])}
        </p>
      );
    case 'removed':
      return (
        <p class="opt-notice">
          {t('optionsPackRemoved', notice.name)}{' '}
          <button type="button" class="opt-button opt-button--small" onClick={onUndoRemove}>
            {t('optionsPackUndo')}
          </button>
        </p>
      );
    case 'restored':
      return <p class="opt-notice">{t('optionsPackRestored', notice.name)}</p>;
    case 'store-failed':
      return (
        <p class="opt-notice opt-notice--error" role="alert">
          {t('optionsStoreFailed', notice.reason)}
        </p>
      );
    case 'rejected':
      return (
        <div class="opt-notice opt-notice--error" role="alert">
          <p class="opt-notice__title">
            {t('optionsImportRejected', [notice.fileName, notice.errors.length])}
          </p>
          <ul class="opt-errors">
            {notice.errors.map((msg, i) => (
              <li key={i}>
                <code>{msg}</code>
              </li>
            ))}
          </ul>
        </div>
      );
  }
}

function PackItem({
  pack,
  index,
  lang,
  t,
  onToggle,
  onExport,
  onRemove,
}: PackSettingsProps & { pack: StoredPack; index: number }): JSX.Element {
  const s = summarizePack(pack);
  const nameId = `opt-pack-${index}`;
  const entities = pack.bundle.entities;
  return (
    <li class="opt-pack" data-enabled={s.enabled}>
      <div class="opt-pack__head">
        <h4 class="opt-pack__name" id={nameId}>
          {s.name}
        </h4>
        <button
          type="button"
          id={`${nameId}-switch`}
          class="opt-toggle"
          role="switch"
          aria-checked={s.enabled}
          aria-label={t('optionsPackUse', s.name)}
          onClick={() => onToggle(s.name, !s.enabled)}
        >
          <span class="switch__track" aria-hidden="true">
            <span class="switch__thumb" />
          </span>
          <span class="switch__state" aria-hidden="true">
            {s.enabled ? t('optionsOn') : t('optionsOff')}
          </span>
        </button>
      </div>
      <p class="opt-pack__meta">
        <span>{entryCount(t, s.entityCount, lang)}</span>
        <span>{t('optionsPackAsOf', formatDate(s.asOf, lang))}</span>
        {s.importedAt && <span>{t('optionsPackImportedAt', formatDate(s.importedAt, lang))}</span>}
      </p>
      <p class="opt-pack__types">
        {ENTITY_TYPES.filter((type) => s.byType[type] > 0).map((type) => (
          <span key={type} class={`opt-chip opt-chip--${type}`}>
            {`${t(TYPE_MANY[type])}: ${formatCount(s.byType[type], lang)}`}
          </span>
        ))}
      </p>
      <details class="opt-pack__entries">
        <summary>{t('optionsPackShowEntries')}</summary>
        <ul class="opt-entries">
          {entities.slice(0, LIST_LIMIT).map((e) => (
            <li key={e.id}>
              <span class="opt-entries__label">{e.label[lang]}</span>{' '}
              <span class="opt-muted">
                {t(TYPE_ONE[e.type])}
                {e.wikidata ? ` · ${e.wikidata}` : ''}
              </span>
            </li>
          ))}
        </ul>
        {entities.length > LIST_LIMIT && (
          <p class="opt-hint">{t('optionsPackMore', formatCount(entities.length - LIST_LIMIT, lang))}</p>
        )}
      </details>
      <div class="opt-pack__actions">
        <button
          type="button"
          class="opt-button"
          aria-label={t('optionsPackExportLabel', s.name)}
          onClick={() => onExport(s.name)}
        >
          {t('optionsPackExport')}
        </button>
        <button
          type="button"
          class="opt-button opt-button--danger"
          aria-label={t('optionsPackRemoveLabel', s.name)}
          onClick={() => onRemove(s.name)}
        >
          {t('optionsPackRemove')}
        </button>
      </div>
    </li>
  );
}
