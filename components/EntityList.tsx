// Everything Kontext recognised in the article, grouped by type, most-mentioned first: the
// screen-reader route to every entity and a quick overview for everyone else.

import type { JSX } from 'preact';
import { softHyphenate } from '../lib/format';
import { type MessageKey, translator, type UiLang } from '../lib/i18n';
import { ENTITY_TYPES, type EntityType } from '../lib/knowledge/types';
import type { PopupEntity } from './popup-state';

export interface EntityListProps {
  entities: PopupEntity[];
  lang: UiLang;
}

export const GROUP_LABEL: Record<EntityType, MessageKey> = {
  person: 'groupPerson',
  place: 'groupPlace',
  organisation: 'groupOrganisation',
  term: 'groupTerm',
};

export function groupEntities(entities: readonly PopupEntity[], lang: UiLang): [EntityType, PopupEntity[]][] {
  const name = (e: PopupEntity) => e.label[lang] || e.label.de;
  return ENTITY_TYPES.map((type): [EntityType, PopupEntity[]] => [
    type,
    entities
      .filter((e) => e.type === type)
      .sort((a, b) => b.count - a.count || name(a).localeCompare(name(b), lang)),
  ]).filter(([, list]) => list.length > 0);
}

export function EntityList({ entities, lang }: EntityListProps): JSX.Element {
  const t = translator(lang);
  return (
    <div class="entities">
      {groupEntities(entities, lang).map(([type, list]) => {
        const headId = `kontext-group-${type}`;
        return (
          <div class="group" data-type={type} key={type}>
            <h3 class="group__title" id={headId}>
              <span class="group__marker" aria-hidden="true" />
              {t(GROUP_LABEL[type])}
              <span class="group__total" aria-hidden="true">
                {list.length}
              </span>
            </h3>
            <ul class="group__list" aria-labelledby={headId}>
              {list.map((e) => (
                <li class="entity" key={e.id} data-entity-id={e.id}>
                  <span class="entity__name">{softHyphenate(e.label[lang] || e.label.de, 20)}</span>
                  <span class="entity__count" aria-hidden="true">
                    {e.count}×
                  </span>
                  <span class="sr-only">
                    {', '}
                    {e.count === 1 ? t('mentionsOne') : t('mentionsMany', e.count)}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
