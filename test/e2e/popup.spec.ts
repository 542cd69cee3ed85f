// The toolbar popup: status of the current tab, pause, the seven questions and the privacy
// checklist. Uses the test build so the popup can be told which tab to ask (?tab=), since a popup
// opened as a page in a test has no "active tab" of its own.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect, testBuildDir } from './harness';
import { composer } from '../fixtures/composers';

test.use({ extensionDir: testBuildDir() });
// One Chromium per worker (harness.ts): pages closed and storage cleared between tests, the network audit per test and between tests.
test.use({ shareBrowser: true });

async function tabIdOf(sw: Worker, urlPattern: string): Promise<number> {
  return sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, urlPattern);
}

async function openPopup(context: BrowserContext, extensionId: string, tabId?: number): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  await expect(page.getByRole('heading', { name: 'Think Before You Post' })).toBeVisible();
  return page;
}

test('checklist ticks stay ticked, with the date, after the popup closes', async ({ context, extensionId }) => {
  let popup = await openPopup(context, extensionId);
  await expect(popup.getByRole('heading', { name: 'Facebook: 0 of 8 checked' })).toBeVisible();
  const posts = popup.getByRole('checkbox', { name: 'Who can see your posts' });
  await posts.check();
  const password = popup.getByRole('checkbox', { name: 'Strong password and two-step login' });
  // Said in the title's plain words, with the site's own name for it beside them.
  await expect(password).toHaveAccessibleDescription(/turn on two-step login \(the site calls it “Two-factor authentication”\)/);
  await password.check();
  await expect(popup.getByRole('heading', { name: 'Facebook: 2 of 8 checked' })).toBeVisible();

  // Each item says where the setting is and links to that site's settings page in a new tab.
  const link = popup.getByRole('link', { name: /Open Facebook settings for: Who can see your posts/ });
  await expect(link).toHaveAttribute('href', /^https:\/\/www\.facebook\.com\/settings/);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(popup.getByText('Where: Settings & privacy › Settings › Audience and visibility › Posts.')).toBeVisible();

  await popup.close();
  popup = await openPopup(context, extensionId);
  await expect(popup.getByRole('checkbox', { name: 'Who can see your posts' })).toBeChecked();
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  await expect(popup.getByText(`Checked on ${today}.`)).toHaveCount(2);

  // Other platforms keep their own progress.
  await popup.getByRole('button', { name: /^X \(Twitter\)/ }).click();
  await expect(popup.getByRole('heading', { name: 'X (Twitter): 0 of 8 checked' })).toBeVisible();
  await popup.getByRole('checkbox', { name: 'Location sharing' }).check();
  await expect(popup.getByRole('button', { name: /^X \(Twitter\) 1\/8/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(popup.getByRole('button', { name: /^Facebook 2\/8/ })).toBeVisible();

  // Unticking removes it for good.
  await popup.getByRole('checkbox', { name: 'Location sharing' }).uncheck();
  await popup.close();
  popup = await openPopup(context, extensionId);
  await expect(popup.getByRole('button', { name: /^X \(Twitter\) 0\/8/ })).toBeVisible();
});

test('a gentle reminder to look again after a term, and a fresh start', async ({ context, extensionId }) => {
  let popup = await openPopup(context, extensionId);
  const longAgo = Date.now() - 100 * 24 * 3600 * 1000;
  await popup.evaluate((t) => chrome.storage.local.set({ checklist: { 'facebook:posts': t, 'facebook:location': Date.now() } }), longAgo);
  await popup.reload();
  const reminder = popup.getByText(/You last checked some of these on .* worth looking again each term/);
  await expect(reminder).toBeVisible();
  await popup.getByRole('button', { name: 'Start a fresh check' }).click();
  await expect(reminder).toHaveCount(0);
  await expect(popup.getByRole('heading', { name: 'Facebook: 0 of 8 checked' })).toBeVisible();
  await popup.close();
  popup = await openPopup(context, extensionId);
  await expect(popup.getByRole('heading', { name: 'Facebook: 0 of 8 checked' })).toBeVisible();
});

test('says plainly when the page is not one of the supported sites', async ({ context, sw, extensionId }) => {
  const other = await context.newPage();
  await other.goto(`chrome-extension://${extensionId}/options.html`);
  const id = await tabIdOf(sw, `chrome-extension://${extensionId}/options.html`);
  const popup = await openPopup(context, extensionId, id);
  await expect(popup.getByRole('status').first()).toHaveText('This page is not Facebook, X or Instagram, so there is nothing to check here.');
});

test('shows what it found in the draft being written, and pauses for an hour', async ({ context, sw, extensionId }) => {
  await sw.evaluate(() => chrome.storage.local.set({ settings: { version: 2, schoolName: 'Grangetown Primary School', pupilNames: ['Amelia Jones'] } }));
  const site = await context.newPage();
  const xHome = composer('x-home');
  await xHome.open(site);
  await xHome.editor(site).click();
  await site.keyboard.type('Great match today, well done Amelia Jones');
  const id = await tabIdOf(sw, 'https://x.com/*');
  // The page scans a moment after typing stops; open the popup once it has.
  await expect
    .poll(async () => (await sw.evaluate<{ findings: unknown[] }, number>((tab) => chrome.tabs.sendMessage(tab, { type: 'tbyp:status' }), id)).findings.length)
    .toBeGreaterThan(0);
  const popup = await openPopup(context, extensionId, id);
  const status = popup.getByRole('status').first();
  await expect(status).toContainText('On for X.');
  await expect(status).toContainText(/Amelia Jones/);

  const before = Date.now();
  await popup.getByRole('button', { name: 'Pause for 1 hour' }).click();
  await expect(popup.getByText(/^Paused until \d\d:\d\d/)).toBeVisible();
  const until = await sw.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { pausedUntil: number }).pausedUntil);
  expect(until).toBeGreaterThanOrEqual(before + 3600_000 - 1000);
  expect(until).toBeLessThan(Date.now() + 3600_000 + 1000);
  await popup.getByRole('button', { name: 'Turn back on now' }).click();
  await expect(popup.getByRole('button', { name: 'Pause for 1 hour' })).toBeVisible();
  expect(await sw.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { pausedUntil: number }).pausedUntil)).toBe(0);
});

test('when the browser will not save (storage full), pause and ticks say so instead of failing silently', async ({ context, sw, extensionId }) => {
  await sw.evaluate(() => chrome.storage.local.set({ settings: { version: 2, schoolName: 'Grangetown Primary School', pupilNames: ['Amelia Jones'] } }));
  // Fill storage.local (10 MB without unlimitedStorage) to within a few bytes, so any larger write fails.
  const full = await sw.evaluate(async () => {
    const quota = chrome.storage.local.QUOTA_BYTES;
    await chrome.storage.local.set({ filler: 'x'.repeat(quota - (await chrome.storage.local.getBytesInUse(null)) - 64) });
    for (let n = quota - (await chrome.storage.local.getBytesInUse(null)); n >= 0; n--) {
      try { await chrome.storage.local.set({ f2: 'x'.repeat(Math.max(0, n - 4)) }); break; } catch { /* a byte less */ }
    }
    try { await chrome.storage.local.set({ probe: 'yyyyyyyy' }); return false; } catch { return true; }
  });
  expect(full, 'storage should now be full').toBe(true);

  const popup = await openPopup(context, extensionId);
  await popup.getByRole('button', { name: 'Pause for 1 hour' }).click();
  await expect(popup.getByRole('alert').filter({ hasText: 'Not paused' })).toContainText('still being checked');
  await expect(popup.getByRole('button', { name: 'Pause for 1 hour' })).toBeVisible();
  expect(await sw.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { pausedUntil?: number }).pausedUntil ?? 0)).toBe(0);

  const box = popup.getByRole('checkbox', { name: 'Who can see your posts' });
  await box.click();
  await expect(popup.getByRole('alert').filter({ hasText: 'not saved' })).toBeVisible();
  await expect(box).not.toBeChecked();
  await expect(popup.getByRole('heading', { name: 'Facebook: 0 of 8 checked' })).toBeVisible();
});

test('the seven questions are there, and it all works from the keyboard', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  await popup.getByText('Show the questions').click();
  await expect(popup.locator('.questions li')).toHaveCount(7);
  await expect(popup.locator('.questions li').first()).toContainText('Do you want the whole world to see');

  const box = popup.getByRole('checkbox', { name: 'Log out on shared computers' });
  await box.focus();
  await popup.keyboard.press('Space');
  await expect(box).toBeChecked();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`has no accessibility problems axe can find (${scheme})`, async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByText('Show the questions').click();
    await popup.getByRole('checkbox', { name: 'Who can see your posts' }).check();
    const results = await new AxeBuilder({ page: popup }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}
