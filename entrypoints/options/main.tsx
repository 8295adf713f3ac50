// Wiring of the options page: storage in, OptionsPage out, every change written back at once.
// The content script and the popup watch the same storage items and apply changes without reload.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { OptionsPage } from '@/components/options/OptionsPage';
import { OPTIONS_CSS } from '@/components/options/options-css';
import type { BundledInfo, PackNotice, ShortcutInfo } from '@/components/options/types';
import { translator } from '@/lib/i18n';
import { mergePacks } from '@/lib/knowledge/packs';
import type { KnowledgeBundle } from '@/lib/knowledge/types';
import { compileIndex } from '@/lib/match/compile';
import {
  enabledBundles,
  exportPack,
  importPack,
  PACKS_INDEX_STORAGE_KEY,
  PACKS_STORAGE_KEY,
  packsSignature,
  parseStoredPacks,
  pickPacksIndex,
  removePack,
  restorePack,
  type StoredPack,
  type StoredPacksIndex,
  setPackEnabled,
} from '@/lib/packs-store';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  resolveUiLanguage,
  SETTINGS_ITEM_KEY,
  type Settings,
  withDefaults,
} from '@/lib/settings';

const settingsItem = storage.defineItem<Settings>(SETTINGS_ITEM_KEY, { fallback: DEFAULT_SETTINGS });
const packsItem = storage.defineItem<StoredPack[]>(PACKS_STORAGE_KEY, { fallback: [] });
const packsIndexItem = storage.defineItem<StoredPacksIndex | null>(PACKS_INDEX_STORAGE_KEY, {
  fallback: null,
});
const browserKind = import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';
// Megabytes of JSON: loaded after the first paint, so the settings are usable at once.
const bundledModule = import('@/lib/knowledge/bundled');
const bundledKnowledge: Promise<KnowledgeBundle> = bundledModule.then((m) => m.bundledKnowledge);
let bundled: BundledInfo | null | undefined;

const style = document.createElement('style');
style.textContent = OPTIONS_CSS;
document.head.append(style);
const app = document.getElementById('app')!;

let settings: Settings = DEFAULT_SETTINGS;
let packs: StoredPack[] = [];
let shortcuts: ShortcutInfo[] | null = null;
let packNotice: PackNotice | null = null;
let saveError: string | null = null;
let lastRemoved: { pack: StoredPack; index: number } | null = null;

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function loadShortcuts(): Promise<void> {
  try {
    const all = await browser.commands.getAll();
    shortcuts = all.map((c) => ({
      name: c.name ?? '',
      description: c.description ?? '',
      shortcut: c.shortcut ?? '',
    }));
  } catch {
    shortcuts = null;
  }
}

// A slider drag writes several values; the storage echo of an earlier one must not pull the
// slider back while a later write is still on its way.
let pendingWrites = 0;

async function saveSettings(next: Settings): Promise<void> {
  settings = next;
  show();
  pendingWrites++;
  try {
    await settingsItem.setValue(next);
    saveError = null;
  } catch (err) {
    saveError = reason(err);
    settings = parseSettings(await settingsItem.getValue());
  } finally {
    pendingWrites--;
  }
  show();
}

let compileRun = 0;

/**
 * Compiles the merged index for the enabled packs and stores it, so pages need not compile it.
 * Only the latest run writes; an index that is already current is left alone.
 */
async function refreshPacksIndex(): Promise<void> {
  const run = ++compileRun;
  const { bundledKnowledge: base, bundledIndex } = await bundledModule;
  const enabled = enabledBundles(packs);
  if (enabled.length === 0) {
    await packsIndexItem.removeValue();
    return;
  }
  const signature = packsSignature(browser.runtime.getManifest().version, bundledIndex, packs);
  if (pickPacksIndex(await packsIndexItem.getValue(), signature)) return;
  await new Promise((done) => setTimeout(done, 50)); // let the page show the change first
  if (run !== compileRun) return;
  const index = compileIndex(mergePacks(base, enabled));
  if (run === compileRun) await packsIndexItem.setValue({ signature, index });
}

const refreshPacksIndexQuietly = () =>
  refreshPacksIndex().catch((err) => console.warn('[Kontext] packs index not stored:', err));

/** Writes the packs list; on failure nothing stored changed, so the page shows the stored list again. */
async function savePacks(next: StoredPack[], notice: PackNotice | null): Promise<boolean> {
  try {
    await packsItem.setValue(next);
    packs = next;
    packNotice = notice;
    void refreshPacksIndexQuietly();
    return true;
  } catch (err) {
    packs = parseStoredPacks(await packsItem.getValue());
    packNotice = { kind: 'store-failed', reason: reason(err) };
    return false;
  } finally {
    show();
  }
}

async function onImportPack(file: File): Promise<void> {
  packNotice = { kind: 'busy', fileName: file.name };
  show();
  const text = await file.text();
  const current = parseStoredPacks(await packsItem.getValue());
  const result = importPack(text, file.name, current, new Date(), await bundledKnowledge);
  if (!result.ok) {
    packNotice = { kind: 'rejected', fileName: file.name, errors: result.errors };
    show();
    return;
  }
  const { name, bundle } = result.pack;
  await savePacks(result.packs, {
    kind: 'imported',
    name,
    count: bundle.entities.length,
    replaced: result.replaced,
  });
}

function download(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function openShortcutSettings(): Promise<void> {
  // Firefox (137+) opens its own shortcut page; Chromium lets an extension open chrome:// pages.
  const commands = browser.commands as typeof browser.commands & {
    openShortcutSettings?: () => Promise<void>;
  };
  if (commands.openShortcutSettings) await commands.openShortcutSettings();
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

function show(): void {
  const full = withDefaults(settings);
  const lang = resolveUiLanguage(full.uiLanguage, browser.i18n.getUILanguage());
  document.documentElement.lang = lang;
  document.title = `Kontext – ${translator(lang)('optionsTitle')}`;
  render(
    <OptionsPage
      lang={lang}
      settings={full}
      packs={packs}
      bundled={bundled}
      shortcuts={shortcuts}
      browser={browserKind}
      packNotice={packNotice}
      saveError={saveError}
      onChange={(next) => void saveSettings(next)}
      onImportPack={(file) => void onImportPack(file)}
      onTogglePack={(name, enabled) => {
        void savePacks(setPackEnabled(packs, name, enabled), null);
      }}
      onExportPack={(name) => {
        const pack = packs.find((p) => p.name === name);
        if (pack) {
          const file = exportPack(pack);
          download(file.fileName, file.json);
        }
      }}
      onRemovePack={(name) => {
        const index = packs.findIndex((p) => p.name === name);
        if (index < 0) return;
        lastRemoved = { pack: packs[index]!, index };
        void savePacks(removePack(packs, name), { kind: 'removed', name });
      }}
      onUndoRemovePack={() => {
        if (!lastRemoved) return;
        const { pack, index } = lastRemoved;
        lastRemoved = null;
        void savePacks(restorePack(packs, pack, index), { kind: 'restored', name: pack.name });
      }}
      onOpenShortcutSettings={() => void openShortcutSettings()}
    />,
    app,
  );
}

async function start(): Promise<void> {
  const [s, p] = await Promise.all([settingsItem.getValue(), packsItem.getValue(), loadShortcuts()]);
  settings = parseSettings(s);
  packs = parseStoredPacks(p);
  show();
  bundledKnowledge
    .then((b) => {
      bundled = { asOf: b.asOf, entityCount: b.entities.length };
    })
    .catch(() => {
      bundled = null;
    })
    .finally(show);
  // The popup (site switch) and other options tabs write the same items: show their changes too.
  settingsItem.watch((v) => {
    if (pendingWrites > 0) return;
    settings = parseSettings(v);
    show();
  });
  packsItem.watch((v) => {
    packs = parseStoredPacks(v);
    show();
  });
  // After an update of the extension the stored index is stale: build it again.
  void refreshPacksIndexQuietly();
  // The reader may come back from the browser's shortcut settings: show the new keys.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void loadShortcuts().then(show);
  });
}

void start();
