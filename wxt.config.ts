import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { NEWS_SITE_MATCHES } from './lib/page/news-sites';

// Manifest and build settings for both stores. The content script's match list lives in
// lib/page/news-sites.ts so tests and the README can read it too.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    // unlimitedStorage: readers' knowledge packs can exceed storage.local's 10 MB default.
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: NEWS_SITE_MATCHES,
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-annotations': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_optionsCommandToggle__',
      },
      'next-mark': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_optionsCommandNext__' },
      'previous-mark': {
        suggested_key: { default: 'Alt+Shift+P' },
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
