// Fail open (docs/security.md): with each part of the content script made to throw, the site
// keeps working and the post goes through, exactly as typed, once. Uses the test build, where
// `fault(point)` throws when <html data-tbyp-fault> lists the point.
import type { Page } from '@playwright/test';
import { test, expect as baseExpect, testBuildDir } from './harness';
import { composer, posted } from '../fixtures/composers';
import { expectPostedOnce } from './nudge-scenarios';

// These tests share two cores with other browsers; allow for a slow machine, not a slow extension.
const expect = baseExpect.configure({ timeout: 15_000 });

test.use({ extensionDir: testBuildDir() });
// One Chromium per worker (harness.ts): pages closed and storage cleared between tests, the network audit per test and between tests.
test.use({ shareBrowser: true });

const DRAFT = 'So proud of Amara Okonkwo at Green Lane Community School today';

test.beforeEach(async ({ sw }) => {
  await sw.evaluate(() => chrome.storage.local.set({ settings: { version: 2, schoolName: 'Green Lane Community School', pupilNames: ['Amara Okonkwo'] } }));
});

async function composeOnFacebook(page: Page, faults: string, how: 'click' | 'enter'): Promise<void> {
  await page.goto(how === 'click' ? 'https://www.facebook.com/' : 'https://www.facebook.com/messages/t/1');
  await page.evaluate((f) => { document.documentElement.dataset.tbypFault = f; }, faults);
  if (how === 'click') {
    await page.locator('[data-fx="fb-open-composer"]').click();
    await page.locator('[role="dialog"] [data-lexical-editor="true"]').click();
  } else {
    await page.locator('[data-lexical-editor="true"][aria-label="Message"]').click();
  }
  await page.keyboard.type(DRAFT);
  await page.waitForTimeout(300); // past the scan debounce, so a badge would be showing by now
}

for (const how of ['click', 'enter'] as const) {
  test(`control: with no fault the same draft and ${how === 'click' ? 'Post button' : 'Enter key'} get the warning`, async ({ context }) => {
    const page = await context.newPage();
    await composeOnFacebook(page, '', how);
    if (how === 'click') await page.locator('[role="dialog"] [role="button"][aria-label="Post"]').click();
    else await page.keyboard.press('Enter');
    await expect(page.getByRole('alertdialog')).toBeVisible();
    expect(await posted(page)).toEqual([]);
  });
}

for (const point of ['scanner', 'adapter', 'ui', 'storage', 'intercept', 'scanner,adapter,ui,storage,intercept']) {
  for (const how of ['click', 'enter'] as const) {
    test(`fault in ${point}: the ${how === 'click' ? 'Post button' : 'Enter key'} still posts, once, unchanged`, async ({ context }) => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await composeOnFacebook(page, point, how);
      if (how === 'click') await page.locator('[role="dialog"] [role="button"][aria-label="Post"]').click();
      else await page.keyboard.press('Enter');
      await expect.poll(() => posted(page).then((p) => p.length)).toBe(1);
      // The composer emptied (the page cannot post this draft again): the one post is the only one.
      await expectPostedOnce(page, composer(how === 'click' ? 'fb-post' : 'fb-message'));
      const out = await posted(page);
      expect(out).toHaveLength(1);
      expect(out[0]!.text).toBe(DRAFT);
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
      // Our failures stay ours: nothing reaches the page as an uncaught error.
      expect(errors.filter((m) => m.includes('tbyp'))).toEqual([]);
    });
  }
}
