import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import newsSites from './config/news-sites.json';
import feedKeys from './data/feed-keys.json';
import { feedKeyWarning } from './lib/dataset/feed-keys';

/** Match patterns for the listed news sites, subdomains included. */
export const newsSiteMatches = newsSites.sites.flatMap((host) => [`https://${host}/*`, `https://*.${host}/*`]);

// The extension is built for Chrome (MV3) and Firefox from the same sources.
// `--mode e2e` also lets it run on http://127.0.0.1, where the tests serve pages.
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
  vite: () => ({ plugins: [preact()], ...(process.env.MBR_UNMINIFIED ? { build: { minify: false } } : {}) }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ar',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: [...newsSiteMatches, ...(mode === 'e2e' ? ['http://127.0.0.1/*'] : [])],
    // Requested at run time: the feed's host, and sites the reader turns on.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'next-mention': { suggested_key: { default: 'Alt+Shift+M' }, description: '__MSG_cmdNextMention__' },
    },
    ...(browser === 'firefox'
      ? {
          // MV2 has no optional_host_permissions (WXT drops it): the same origins, the MV2 way.
          optional_permissions: ['https://*/*', 'http://*/*'],
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
