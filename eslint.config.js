// ESLint: typescript-eslint's recommended rules, React hooks and jsx-a11y rules, and the layer rules of
// DESIGN.md: shared/ is pure (no Node built-ins, no I/O libraries, no other layer); only
// electron/main.ts and electron/preload.ts import 'electron'; renderer/ never imports electron/;
// only electron/store/ runs SQL or opens a transaction (the rest changes through its mutate()).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'worker_threads', 'url', 'stream', 'http', 'https', 'zlib', 'util', 'events', 'buffer'];
const noElectron = { name: 'electron', message: "Only electron/main.ts and electron/preload.ts may import 'electron'." };
const noPrepare = {
  selector: "CallExpression[callee.property.name='prepare']",
  message: 'Only electron/store/ runs SQL: add a function to a repo in electron/store/ and call that.',
};
const noTransaction = {
  selector: "CallExpression[callee.property.name='transaction']",
  message:
    'Only electron/store/ opens transactions: change the workspace through mutate (electron/store/mutate.ts), one transaction with the actor, the clock and the audit entry.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'demo-output/**', 'bench/results/**', 'test-results/**', 'playwright-report/**', 'test/fixtures/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
  {
    files: ['shared/**/*.ts', 'shared/**/*.tsx'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron,
            { name: 'better-sqlite3', message: 'shared/ is pure: no I/O.' },
            { name: 'better-sqlite3-multiple-ciphers', message: 'shared/ is pure: no I/O.' },
          ],
          patterns: [
            { regex: '^node:', message: 'shared/ is pure: no Node built-ins.' },
            { group: nodeBuiltins, message: 'shared/ is pure: no Node built-ins.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports no other layer.' },
          ],
        },
      ],
    },
  },
  { ...jsxA11y.flatConfigs.recommended, files: ['renderer/**/*.tsx'] },
  {
    files: ['renderer/**/*.tsx'],
    rules: {
      // Forms listen for Ctrl+S from any of their fields: the keys go to the field, not the form.
      'jsx-a11y/no-noninteractive-element-interactions': [
        'error',
        {
          handlers: ['onClick', 'onError', 'onLoad', 'onMouseDown', 'onMouseUp', 'onKeyPress', 'onKeyDown', 'onKeyUp'],
          form: ['onKeyDown'],
          alert: ['onKeyUp', 'onKeyDown', 'onKeyPress'],
          dialog: ['onKeyUp', 'onKeyDown', 'onKeyPress'],
          body: ['onError', 'onLoad'],
          iframe: ['onError', 'onLoad'],
          img: ['onError', 'onLoad'],
        },
      ],
      // Mantine components may take focus when the user has just opened them (a dialog's first
      // field, an inline edit); a bare DOM element may not.
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron,
            { name: 'better-sqlite3', message: 'The renderer reaches the store only through the IPC contract.' },
            { name: 'better-sqlite3-multiple-ciphers', message: 'The renderer reaches the store only through the IPC contract.' },
          ],
          patterns: [
            { regex: '^node:', message: 'The renderer runs in the browser: no Node built-ins.' },
            { group: ['**/electron/**'], message: 'renderer/ never imports electron/: use the typed IPC client.' },
          ],
        },
      ],
    },
  },
  {
    // Only electron/store/ runs SQL and opens transactions: services and everything else call its
    // repos, and make each change through its mutate().
    files: ['electron/**/*.ts'],
    ignores: ['electron/store/**', 'electron/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', noPrepare, noTransaction] },
  },
  {
    files: ['electron/handlers/**/*.ts', 'electron/handlers.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [{ group: ['**/store/**', 'better-sqlite3'], message: 'Handlers reach the store only through services.' }],
        },
      ],
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
