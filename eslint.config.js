import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import direction (STYLE.md): app → features → api, components → domain; emulator → domain only. */
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const rule = (group, message) => ({ group, message });
/** Every folder of src/features, so a new feature is covered without editing this file. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const emulatorRule = rule(
  ['**/api/*', '**/features/**', '**/components/*', '**/app/*', 'react', '@mui/*', '@aws-sdk/*'],
  'The emulator depends on domain/ only: it is a service, not part of the UI.',
);

export default tseslint.config(
  { ignores: ['dist', 'dist-*', '.emulator', '.aws-proxy', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // zod only through src/domain/zod.ts, which configures it before any schema exists.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/zod.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ImportDeclaration[source.value='zod'][importKind!='type']", message: "Import z from src/domain/zod.ts, which configures zod first." },
      ],
    },
  },
  // Playwright's fixture `use` is not a React hook.
  { files: ['e2e/**'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  layer(['src/domain/**'], [
    rule(['**/api/*', '**/features/*', '**/components/*', '**/app/*', '**/emulator/**', 'react', '@mui/*', 'msw', 'msw/*'], 'domain/ holds service rules only: no React, UI, API client or emulator.'),
  ]),
  // Flat config keeps only the last matching options of a rule: each block lists all its patterns.
  layer(['src/emulator/**'], [emulatorRule]),
  // The Node service exports backups to Amazon S3 (issue 15): the S3 client, and no other SDK.
  layer(['src/emulator/server/**'], [
    rule([...emulatorRule.group, '!@aws-sdk/client-s3'], 'The emulator depends on domain/ only (its Node service may reach S3 to export backups).'),
  ]),
  layer(['src/emulator/engine/**'], [
    emulatorRule,
    rule(['msw', 'msw/*', '**/msw/*', 'node:*'], 'The engine stays free of msw and Node so every transport can reuse it.'),
  ]),
  // Tests drive the emulator with the real SDK, as a user's program would.
  { files: ['src/emulator/**/*.test.ts'], rules: { 'no-restricted-imports': 'off' } },
  layer(['src/api/**', 'src/components/**'], [
    rule(['**/features/**', '**/app/*', '**/emulator/**'], 'api/ and components/ sit below features and the app.'),
  ]),
  // Features never import each other; app/ composes them.
  ...FEATURES.map((feature) =>
    layer([`src/features/${feature}/**`], [
      rule(
        [...FEATURES.filter((f) => f !== feature).flatMap((f) => [`**/features/${f}/*`, `../${f}/*`]), '**/app/*', '**/emulator/**'],
        'Features never import each other; compose them in app/.',
      ),
    ]),
  ),
  layer(['src/app/**'], [rule(['**/emulator/**'], 'Only main.tsx starts the emulator, lazily.')]),
  // The AWS proxy is a Node program beside the emulator's server; the console never imports it.
  layer(['src/aws-proxy/**'], [
    rule(['**/api/*', '**/features/**', '**/components/*', '**/app/*', 'react', '@mui/*', 'msw', 'msw/*'], 'The AWS proxy is a Node server: no UI, API client or msw.'),
  ]),
  { files: ['src/aws-proxy/**/*.test.ts'], rules: { 'no-restricted-imports': 'off' } },
);
