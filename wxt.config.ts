import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The production manifest asks only for what the features need: activeTab + scripting to inject
// the extractor into the tab the user clicked, storage for settings. No host permissions.
// The end-to-end build (`npm run build:e2e`: CNR_E2E=1, written to .output/chrome-mv3-e2e) adds only a
// loopback host permission: activeTab needs a real toolbar click, which automation cannot make, so the
// tests get the right to script the fixture pages they serve on 127.0.0.1 instead. It is an env flag and
// not a WXT mode because a non-production mode also changes the bundles (Preact devtools hook, logging).
const e2e = process.env.CNR_E2E === '1';
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export default defineConfig({
  imports: false,
  ...(e2e && { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-e2e' }),
  vite: () => ({ plugins: [preact()] }),
  // The Firefox sources zip (for AMO review) holds what builds the extension: not the local scratch
  // files, benchmark outputs or the tests, whose fixtures are copies of other sites' pages.
  zip: { excludeSources: ['scratch/**', 'bench/out/**', 'test/**', 'test-results/**', 'stats.html'] },
  manifest: ({ browser, manifestVersion }) => ({
    // Name, description and shortcut descriptions in the browser's language (public/_locales).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    // Asked for only when the user chooses to keep pictures with saved articles (lib/picture-permission.ts);
    // Firefox's Manifest V2 has no optional_host_permissions: origins go in optional_permissions there.
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    // Keyboard shortcuts, run by the background (lib/commands.ts); each grants activeTab like a click.
    // Keys a browser would refuse are silently left unassigned, so these are ones that Chromium grants
    // (test/e2e/shortcuts.test.ts checks it on the built extension; Alt+Shift+R, C, N, P, W and X are
    // refused there, being Chromium's own), that Firefox's own keys leave free (it has no Alt+Shift+letter
    // shortcut) and that are not Edge's. On macOS, Alt is Option.
    commands: {
      // The popup's own command: browsers name it themselves ("Activate the extension").
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: { suggested_key: { default: 'Alt+Shift+K' } },
      'toggle-reader': { suggested_key: { default: 'Alt+Shift+U' }, description: '__MSG_commandToggleReader__' },
      'save-article': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandSaveArticle__' },
    },
    ...(e2e && { host_permissions: ['http://127.0.0.1/*'] }),
    // Extension pages (popup, library) run only the extension's own script, embed no plugin, cannot be
    // re-based or submit forms. In Chrome, credentialless COEP sends their picture and media requests
    // without cookies (components/remote-content.ts has the measurements).
    ...(browser === 'firefox'
      ? { content_security_policy: EXTENSION_PAGES_CSP }
      : { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP }, cross_origin_embedder_policy: { value: 'credentialless' } }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'clean-news-reader@example.org', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
