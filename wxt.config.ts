import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CONTENT_SCRIPT_JS, NEWS_SITE_MATCHES } from './lib/site-access';

const OPTIONAL_SITES = ['https://*/*', 'http://*/*'];

// Manifest and build settings for both stores. The content script's match list lives in
// lib/site-access.ts (from lib/page/news-sites.ts) so tests and the README can read it too.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every module imports what it uses: explicit imports read better and keep lib/ free of globals.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  // The sources zip for addons.mozilla.org: what rebuilds the package, not local test and bench output.
  zip: { excludeSources: ['test-artifacts/**', 'bench-results/**'] },
  hooks: {
    // The detector is an unlisted script (no WXT content-script runtime, no extension API on a page it
    // turns away: issue 7), declared here as the manifest's one content script. Without a stylesheet:
    // the highlight rules come with the annotator (HIGHLIGHT_CSS in lib/site-access.ts).
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        {
          matches: NEWS_SITE_MATCHES,
          js: [CONTENT_SCRIPT_JS],
          run_at: 'document_idle',
          // An article may sit in a same-site iframe; every frame detects for itself.
          all_frames: true,
        },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    // unlimitedStorage: readers' knowledge packs can exceed storage.local's 10 MB default.
    // scripting (Chrome only): registers and injects the content script on sites the reader adds from
    // the popup; Firefox's MV2 build does that with contentScripts.register and tabs.executeScript.
    // activeTab: the popup learns the current tab's address (only after the reader clicks the toolbar
    // button) to offer "enable on this site" on pages outside the news list.
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      ...(browser === 'firefox' ? [] : ['scripting']),
    ],
    host_permissions: NEWS_SITE_MATCHES,
    // Asked for one site at a time, only when the reader clicks "enable on this site" in the popup.
    // MV2 has no optional_host_permissions (WXT drops the key for Firefox): there they are optional
    // permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: OPTIONAL_SITES }
      : { optional_host_permissions: OPTIONAL_SITES }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-annotations': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_optionsCommandToggle__',
      },
      // Not Alt+Shift+N / P: Chromium (156) reserves both and leaves such commands without a shortcut.
      'next-mark': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_optionsCommandNext__',
      },
      'previous-mark': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_optionsCommandPrevious__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kontext@kontext.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
