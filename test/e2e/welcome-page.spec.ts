// The welcome page itself (issue 14), opened as the install opens it, in one Chromium per worker:
// the install's own tab, and the popup that leads to the page, are in welcome.spec.ts, which needs a
// fresh browser per test (an unpacked install waits up to 10 s for a late policy before opening it).
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './harness';
import { TITLE_OFF, stored, toolbarTitle } from './welcome-helpers';

test.use({ shareBrowser: true });


/** The welcome page in a tab of its own, once the worker has read the (cleared) settings. */
async function welcomeTab(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/welcome.html`);
  await expect(page.getByRole('heading', { name: 'Your school and pupils' })).toBeVisible();
  return page;
}


test('pasted names that were never checked and saved stop Finish, with the reason', async ({ context, sw, extensionId }) => {
  const welcome = await welcomeTab(context, extensionId);
  await welcome.getByRole('textbox', { name: 'Paste names' }).fill('Amelia Jones');
  await welcome.getByRole('button', { name: 'Finish' }).click();
  await expect(welcome.getByRole('alert').filter({ hasText: 'not saved yet' })).toBeVisible();
  await expect(welcome.getByRole('textbox', { name: 'Paste names' })).toBeFocused();
  await expect(welcome.getByRole('heading', { name: "You're set up" })).toHaveCount(0);
  expect((await stored(sw)).pupilNames).toBeUndefined();
});

test('a file of names previewed but not saved also stops Finish', async ({ context, sw, extensionId }) => {
  const welcome = await welcomeTab(context, extensionId);
  await welcome.locator('#pupil-file').setInputFiles({ name: 'pupils.csv', mimeType: 'text/csv', buffer: Buffer.from('Surname,Forename\r\nJones,Amelia\r\n', 'utf8') });
  await expect(welcome.getByRole('heading', { name: /Check before saving: 1 name found/ })).toBeVisible();
  await welcome.getByRole('button', { name: 'Finish' }).click();
  await expect(welcome.getByRole('alert').filter({ hasText: 'not saved yet' })).toBeVisible();
  await expect(welcome.getByRole('heading', { name: "You're set up" })).toHaveCount(0);
  expect((await stored(sw)).pupilNames).toBeUndefined();
});

test('finishing with nothing set says the school and pupil checks stay off', async ({ context, sw, extensionId }) => {
  const welcome = await welcomeTab(context, extensionId);
  await welcome.getByRole('button', { name: 'Finish' }).click();
  await expect(welcome.getByRole('heading', { name: "You're set up" })).toBeVisible();
  await expect(welcome.getByText(/stay off until you add your school's name or your pupils' names/)).toBeVisible();
  await expect.poll(() => toolbarTitle(sw)).toBe(TITLE_OFF);
});

test('works from the keyboard alone', async ({ context, sw, extensionId }) => {
  const welcome = await welcomeTab(context, extensionId);
  const k = welcome.keyboard;
  await welcome.locator('body').focus();
  await k.press('Tab'); // the language switch comes first
  await expect(welcome.getByRole('button', { name: 'Darllen yn Gymraeg' })).toBeFocused();
  await k.press('Tab');
  await expect(welcome.getByRole('textbox', { name: "Your school's name" })).toBeFocused();
  await k.type('Lodge Farm Primary');
  await k.press('Tab');
  // Leaving the box saves it: closing the tab before Finish loses nothing.
  await expect.poll(async () => (await stored(sw)).schoolName).toBe('Lodge Farm Primary');
  await k.type('Siân Jones\nZoë Smith');
  await k.press('Tab');
  await k.press('Enter'); // Check these names
  await expect(welcome.getByRole('heading', { name: /Check before saving: 2 names found/ })).toBeFocused();
  await k.press('Tab');
  await expect(welcome.getByRole('button', { name: 'Replace my list with these 2' })).toBeFocused();
  await k.press('Enter');
  await expect(welcome.getByRole('button', { name: 'Finish' })).toBeFocused();
  await k.press('Enter');
  await expect(welcome.getByRole('heading', { name: "You're set up" })).toBeFocused();
  expect(await stored(sw)).toMatchObject({ schoolName: 'Lodge Farm Primary', pupilNames: ['Siân Jones', 'Zoë Smith'] });
});

test('in Welsh: the page follows the language setting, and its switch changes it', async ({ context, sw, extensionId }) => {
  const welcome = await welcomeTab(context, extensionId);
  await welcome.getByRole('button', { name: 'Darllen yn Gymraeg' }).click();
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Croeso i Feddwl Cyn Postio');
  await expect(welcome.locator('html')).toHaveAttribute('lang', 'cy');
  await expect.poll(async () => (await stored(sw)).language).toBe('cy');
  // The toolbar title follows the same setting.
  await expect.poll(() => toolbarTitle(sw)).toBe("Meddwl Cyn Postio: mae'r gwiriadau ysgol a disgyblion i ffwrdd nes i chi ychwanegu eich ysgol");
  await welcome.reload();
  await expect(welcome.getByRole('heading', { name: 'Beth mae\'n chwilio amdano' })).toBeVisible();
  await expect(welcome).toHaveTitle('Croeso i Feddwl Cyn Postio');
  await welcome.getByRole('button', { name: 'Read in English' }).click();
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Think Before You Post');
  await expect.poll(async () => (await stored(sw)).language).toBe('en');
});

for (const lang of ['en', 'cy'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the welcome page has no accessibility problems axe can find (${lang}, ${scheme})`, async ({ context, sw, extensionId }) => {
      const welcome = await welcomeTab(context, extensionId);
      if (lang === 'cy') await sw.evaluate(() => chrome.storage.local.set({ settings: { version: 2, language: 'cy' } }));
      await welcome.reload();
      await welcome.emulateMedia({ colorScheme: scheme });
      await expect(welcome.locator('html')).toHaveAttribute('lang', lang === 'cy' ? 'cy' : 'en-GB');
      // With the preview open, so the shared list editor is checked here too.
      await welcome.locator('#pupil-paste').fill('Amelia Jones\nTom Li');
      await welcome.locator('#pupil-paste ~ button').click();
      await expect(welcome.locator('.preview')).toBeVisible();
      const axe = async () => (await new AxeBuilder({ page: welcome }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
      expect(await axe()).toEqual([]);
      await welcome.locator('.preview .buttons button').first().click(); // Replace my list with these 2
      await expect(welcome.getByTestId('pupil-count')).toContainText('2');
      await welcome.getByRole('button', { name: lang === 'cy' ? 'Gorffen' : 'Finish' }).click();
      await expect(welcome.locator('#done-h')).toBeFocused();
      expect(await axe()).toEqual([]);
    });
  }
}

test('in Welsh, the popup leads with "Gosod eich ysgol"', async ({ context, sw, extensionId }) => {
  await sw.evaluate(() => chrome.storage.local.set({ settings: { version: 2, language: 'cy' } }));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { level: 2 }).first()).toHaveText('Gosod eich ysgol');
  await expect(popup.getByRole('button', { name: 'Gosod nawr' })).toBeVisible();
  await expect.poll(() => toolbarTitle(sw)).toBe("Meddwl Cyn Postio: mae'r gwiriadau ysgol a disgyblion i ffwrdd nes i chi ychwanegu eich ysgol");
  const results = await new AxeBuilder({ page: popup }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
});
