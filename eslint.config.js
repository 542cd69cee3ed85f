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
    },
  },
  {
    // Node scripts are plain ESM without types: the untyped recommended set is what they can be held to cheaply.
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
);
