// Lint with type information: the rules that catch real bugs in an extension that must fail open
// (a promise nobody handles, a condition that is always true, a misused async listener).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', '.tmp/**', 'node_modules/**', 'test/fixtures/dist/**', 'test-results/**', 'playwright-report/**'] },
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: tseslint.configs.recommendedTypeChecked,
    languageOptions: {
      parserOptions: {
        // The root config files sit outside tsconfig's include (src, test, scripts) so the build never sees them.
        projectService: { allowDefaultProject: ['vitest.config.ts', 'playwright.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `const { a, ...rest } = x` is how a key is left out of a copy; `_name` marks a parameter a signature needs.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests and tools read generated artefacts (JSON, plist, ADMX XML, CDP events) whose shape is exactly
    // what the test asserts: typing every parsed value first would add types no assertion relies on.
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.{ts,mts}', 'src/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Fakes of promise-returning browser APIs are async functions that have nothing to await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // fast-xml-parser hands attributes over as unknown values; String() of a wrong shape fails the check it feeds.
    files: ['test/unit/admx.ts'],
    rules: { '@typescript-eslint/no-base-to-string': 'off' },
  },
  {
    // Node scripts are plain ESM without types: the untyped recommended set is what they can be held to cheaply.
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // These scripts hand functions to page.evaluate / addInitScript: their bodies run in the browser page.
    files: ['scripts/bench-typing.mjs', 'scripts/start.mjs'],
    languageOptions: { globals: { ...globals.browser, chrome: 'readonly' } },
  },
);
