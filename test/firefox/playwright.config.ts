// Firefox runs through Playwright's test RUNNER only (reporting, timeouts, parallelism); the browser
// itself is Debian's firefox-esr driven by puppeteer-core (test/firefox/firefox.ts).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.ff.ts',
  globalSetup: '../e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list']],
});
