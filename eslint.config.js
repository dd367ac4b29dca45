import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'demo-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': true },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The demo shop's own page scripts (a virtualised chat, lazy history) run in the browser.
    files: ['tests/demo-shop/site/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Code that runs in web pages (security review #2, #11): controls only in closed roots made by
    // createClosedHost, user input only through onTrusted, and no lifetime tied to WXT's page-forgeable
    // "content-script-started" event (see utils/page-ui/script-slot.ts).
    files: ['utils/page-ui/**/*.ts', 'utils/chat/**/*.ts', 'entrypoints/*.content.ts', 'entrypoints/*.content/**/*.ts'],
    ignores: ['utils/page-ui/closed-host.ts', 'utils/page-ui/trusted.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='attachShadow']",
          message: 'In-page UI uses createClosedHost (utils/page-ui/closed-host.ts).',
        },
        {
          selector:
            "CallExpression[callee.property.name='addEventListener'][arguments.0.value=/^(click|dblclick|auxclick|contextmenu|pointer|mouse|key|touch|input|change|submit|drag|drop|wheel)/]",
          message:
            'User input in a web page goes through onTrusted (utils/page-ui/trusted.ts): a page script can fire any event.',
        },
        {
          selector: 'MemberExpression[property.name=/^(onInvalidated|isValid|isInvalid)$/]',
          message: "A page can end WXT's context with one event: use claimScriptSlot (utils/page-ui/script-slot.ts).",
        },
      ],
    },
  },
  {
    // Captured page content is data: never render it as markup in extension pages.
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Captured content is data, never markup.',
        },
      ],
    },
  },
);
