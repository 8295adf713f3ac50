// The keyboard commands as the browser has them now, and where the reader changes them: browsers
// keep shortcuts in their own settings, which an extension may open but not edit.
import type { JSX } from 'preact';
import type { MessageKey, Translate } from '../../lib/i18n';
import type { Browser, ShortcutInfo } from './types';

// Names from the manifest (wxt.config.ts); the browser reports descriptions in its own language,
// these follow the reader's chosen one.
const COMMAND_LABEL: Record<string, MessageKey> = {
  'toggle-annotations': 'optionsCommandToggle',
  'next-mark': 'optionsCommandNext',
  'previous-mark': 'optionsCommandPrevious',
  _execute_action: 'optionsCommandPopup',
  _execute_browser_action: 'optionsCommandPopup',
};

const ORDER = Object.keys(COMMAND_LABEL);
/** Kontext's own commands first, in manifest order; the toolbar button and unknown ones after. */
const rank = (name: string) => {
  const i = ORDER.indexOf(name);
  return i < 0 ? ORDER.length : i;
};

export interface ShortcutSettingsProps {
  shortcuts: ShortcutInfo[] | null;
  browser: Browser;
  t: Translate;
  onOpenShortcutSettings: () => void;
}

/** "Alt+Shift+K" → Alt + Shift + K, each key in a <kbd>. */
function Keys({ shortcut }: { shortcut: string }): JSX.Element {
  const keys = shortcut.split('+').filter(Boolean);
  return (
    <kbd class="opt-keys">
      {keys.map((k, i) => (
        <span key={i}>
          {i > 0 && <span class="opt-keys__plus">+</span>}
          <kbd class="opt-key">{k}</kbd>
        </span>
      ))}
    </kbd>
  );
}

export function ShortcutSettings({
  shortcuts,
  browser,
  t,
  onOpenShortcutSettings,
}: ShortcutSettingsProps): JSX.Element {
  return (
    <section class="opt-section" aria-labelledby="opt-shortcuts">
      <h2 id="opt-shortcuts" class="opt-section__title">
        {t('optionsShortcutsHeading')}
      </h2>
      {shortcuts === null ? (
        <p class="opt-hint">{t('optionsShortcutsUnavailable')}</p>
      ) : (
        <table class="opt-table">
          <thead>
            <tr>
              <th scope="col">{t('optionsShortcutAction')}</th>
              <th scope="col">{t('optionsShortcutKeys')}</th>
            </tr>
          </thead>
          <tbody>
            {[...shortcuts]
              .sort((a, b) => rank(a.name) - rank(b.name))
              .map((c) => {
                const key = COMMAND_LABEL[c.name];
                return (
                  <tr key={c.name}>
                    <td>{key ? t(key) : c.description || c.name}</td>
                    <td>
                      {c.shortcut ? (
                        <Keys shortcut={c.shortcut} />
                      ) : (
                        <span class="opt-muted">{t('optionsShortcutNone')}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      )}
      <p class="opt-hint">{t('optionsShortcutsHint')}</p>
      <ul class="opt-howto">
        <li data-current={browser === 'chrome' || undefined}>{t('optionsShortcutsChrome')}</li>
        <li data-current={browser === 'firefox' || undefined}>{t('optionsShortcutsFirefox')}</li>
      </ul>
      <button type="button" class="opt-button" onClick={onOpenShortcutSettings}>
        {t('optionsShortcutsOpen')}
      </button>
    </section>
  );
}
