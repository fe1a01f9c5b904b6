import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/out/**', 'scratch/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', location: 'readonly', console: 'readonly', process: 'readonly',
        URL: 'readonly', URLSearchParams: 'readonly', TextDecoder: 'readonly', performance: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', Intl: 'readonly', NodeJS: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // The one component allowed to render HTML sanitizes it on the spot (components/SanitizedHtml.tsx).
      'no-restricted-syntax': ['error', {
        selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
        message: 'Render article HTML only through <SanitizedHtml>.',
      }],
    },
  },
  {
    files: ['components/SanitizedHtml.tsx'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
