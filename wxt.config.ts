import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import feedKeys from './data/feed-keys.json';
import { feedKeyWarning } from './lib/dataset/feed-keys';
import { newsSiteHostPermissions } from './adapters/page/sites';

// The extension is built for Chrome (MV3) and Firefox from the same sources.
// `--mode e2e` (the tests' build) and `--mode demo` (`npm start`'s) also let it run on
// http://127.0.0.1, where they serve pages. Only the e2e build has the test hooks
// (MBR_TEST_HOOKS, adapters/page/test-hooks.ts): the demo build is a user's build.
const LOCAL_MODES = ['e2e', 'demo'];
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // Says plainly when the extension being built can never sync (no feed key pinned).
    'build:before': (wxt) => {
      const warning = feedKeyWarning(feedKeys, wxt.config.mode, process.env.WXT_E2E_FEED_KEYS);
      if (warning) wxt.logger.warn(`Feed: ${warning}`);
    },
  },
  // MBR_UNMINIFIED=1 (bench/profile-page.ts) keeps function names readable in CPU profiles.
  vite: ({ mode }) => ({
    plugins: [preact()],
    define: { 'import.meta.env.MBR_TEST_HOOKS': JSON.stringify(mode === 'e2e') },
    ...(process.env.MBR_UNMINIFIED ? { build: { minify: false } } : {}),
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    // No unlimitedStorage: the browser's quota stays a backstop; the library asks
    // for persistent storage instead (adapters/clips/library.ts), so clips are not evicted.
    permissions: ['storage', 'alarms', 'activeTab', 'scripting', 'contextMenus'],
    // The listed sites; multilingual ones only through the content script's Arabic paths (adapters/page/sites.ts).
    host_permissions: [...newsSiteHostPermissions, ...(LOCAL_MODES.includes(mode) ? ['http://127.0.0.1/*'] : [])],
    // Requested at run time: the feed's host, and sites the reader turns on (https only).
    optional_host_permissions: ['https://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_cmdNextMention__' },
    },
    ...(browser === 'firefox'
      ? {
          // MV2 has no optional_host_permissions (WXT drops it): the same origins, the MV2 way.
          optional_permissions: ['https://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'militia-base-reader@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
