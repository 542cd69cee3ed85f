// The shared browser scenarios (test/scenarios/) in Chromium, under the full network audit.
// The same scenarios run in Firefox from test/firefox/scenarios.ff.ts.
import type { Page } from '@playwright/test';
import { test, testBuildDir } from './harness';
import type { Driver } from '../scenarios/driver';
import { scenarios } from '../scenarios/scenarios';

export function playwrightDriver(page: Page): Driver {
  return {
    browserName: 'chromium',
    goto: async (url) => { await page.goto(url); },
    click: (selector) => page.locator(selector).first().click(),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    evaluate: (expression) => page.evaluate(expression),
    clickAt: (x, y) => page.mouse.click(x, y),
  };
}

// One Chromium per worker and build (harness.ts): the scenarios set their own settings and inject
// faults per page, so a closed page and cleared storage leave nothing behind; the audit stays per
// test, and the gaps between tests are audited too.
test.use({ shareBrowser: true });

for (const build of ['prod', 'test'] as const) {
  test.describe(`${build} build`, () => {
    if (build === 'test') test.use({ extensionDir: testBuildDir() });
    for (const s of scenarios.filter((x) => (x.build ?? 'prod') === build)) {
      test(s.name, async ({ context, sw }) => {
        if (s.timeoutMs) test.setTimeout(s.timeoutMs);
        await sw.evaluate((settings) => chrome.storage.local.set({ settings: { version: 2, ...settings } }), s.settings);
        await s.run(playwrightDriver(await context.newPage()));
      });
    }
  });
}
