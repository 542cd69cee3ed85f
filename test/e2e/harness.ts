// Shared Playwright fixtures: Debian Chromium with the built extension, the fixture pages served at
// the real site URLs, and a network audit that fails any test in which anything else is requested.
import { test as base, expect, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixtureResponse } from '../fixtures/serve';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface NetworkAudit {
  /** Every URL requested while the test ran, from pages, content scripts and the service worker. */
  requests: string[];
  /** Requests that were neither a fixture page nor the extension's own files. */
  violations: string[];
}

interface Fixtures {
  extensionDir: string;
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  network: NetworkAudit;
}

function isAllowed(url: string): boolean {
  return url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank';
}

export const test = base.extend<Fixtures>({
  // Specs that need the fault-injection build use: test.use({ extensionDir: testBuildDir() })
  extensionDir: [process.env.TBYP_EXT_DIR ?? resolve('dist/chrome'), { option: true }],

  network: async ({}, use) => {
    await use({ requests: [], violations: [] });
  },

  context: async ({ extensionDir, network }, use) => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'tbyp-e2e-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    });
    context.on('request', (req) => {
      const url = req.url();
      network.requests.push(url);
      if (!isAllowed(url) && !fixtureResponse(url)) network.violations.push(url);
    });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (isAllowed(url)) return route.continue();
      const fixture = fixtureResponse(url);
      if (fixture) return route.fulfill({ status: fixture.status, contentType: fixture.contentType, body: fixture.body });
      return route.abort('blockedbyclient');
    });
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    expect(network.violations, 'requests to anything but the fixture pages').toEqual([]);
  },

  sw: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(sw);
  },

  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
});

export { expect };

/** The Chromium build with test hooks (fault injection) compiled in. */
export function testBuildDir(): string {
  return process.env.TBYP_EXT_TEST_DIR ?? resolve('dist-test/chrome');
}
