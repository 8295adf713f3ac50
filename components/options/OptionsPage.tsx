// The options page: every reader setting and the knowledge packs. Props in, JSX out; the entrypoint
// reads and writes storage, so a change here is one onChange call with the whole next value.
import type { JSX } from 'preact';
import { translator, type UiLang } from '../../lib/i18n';
import type { StoredPack } from '../../lib/packs-store';
import type { FullSettings, Settings } from '../../lib/settings';
import { LanguageSettings } from './LanguageSettings';
import { MarkSettings } from './MarkSettings';
import { PackSettings } from './PackSettings';
import { ShortcutSettings } from './ShortcutSettings';
import { SiteSettings } from './SiteSettings';
import type { Browser, BundledInfo, PackNotice, ShortcutInfo } from './types';

export interface OptionsPageProps {
  lang: UiLang;
  settings: FullSettings;
  packs: readonly StoredPack[];
  /** undefined while it loads, null when it could not be read. */
  bundled: BundledInfo | null | undefined;
  shortcuts: ShortcutInfo[] | null;
  browser: Browser;
  packNotice: PackNotice | null;
  /** Shown when writing the settings failed; the page then shows what is stored. */
  saveError?: string | null;
  /** Forces a colour scheme (preview, tests); by default the reader's preference decides. */
  theme?: 'light' | 'dark';
  onChange: (next: Settings) => void;
  onImportPack: (file: File) => void;
  onTogglePack: (name: string, enabled: boolean) => void;
  onExportPack: (name: string) => void;
  onRemovePack: (name: string) => void;
  onUndoRemovePack: () => void;
  onOpenShortcutSettings: () => void;
}

export function OptionsPage(props: OptionsPageProps): JSX.Element {
  const { lang, settings, onChange } = props;
  const t = translator(lang);
  return (
    <div class="opt" lang={lang} data-theme={props.theme}>
      <header class="opt-head">
        <h1 class="opt-head__title">
          <span class="opt-head__logo" aria-hidden="true">
            K
          </span>
          <span>
            Kontext <span class="opt-head__sub">{t('optionsTitle')}</span>
          </span>
        </h1>
        <p class="opt-head__intro">{t('optionsIntro')}</p>
      </header>
      <main class="opt-main">
        {props.saveError && (
          <p class="opt-notice opt-notice--error" role="alert">
            {t('optionsStoreFailed', props.saveError)}
          </p>
        )}
        <SiteSettings settings={settings} t={t} onChange={onChange} />
        <MarkSettings settings={settings} t={t} onChange={onChange} />
        <LanguageSettings settings={settings} t={t} onChange={onChange} />
        <ShortcutSettings
          shortcuts={props.shortcuts}
          browser={props.browser}
          t={t}
          onOpenShortcutSettings={props.onOpenShortcutSettings}
        />
        <PackSettings
          packs={props.packs}
          bundled={props.bundled}
          notice={props.packNotice}
          lang={lang}
          t={t}
          onImport={props.onImportPack}
          onToggle={props.onTogglePack}
          onExport={props.onExportPack}
          onRemove={props.onRemovePack}
          onUndoRemove={props.onUndoRemovePack}
        />
      </main>
      <footer class="opt-foot">
        <p>{t('optionsPrivacy')}</p>
      </footer>
    </div>
  );
}
