import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The production manifest asks only for what the features need: activeTab + scripting to inject
// the extractor into the tab the user clicked, storage for settings. No host permissions.
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Clean News Reader',
    description: 'Read news without comments, horoscopes, promos and page chrome — in any language.',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: 'Clean News Reader' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'clean-news-reader@example.org', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
