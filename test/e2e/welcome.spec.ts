// The first five minutes (issue 14): a fresh install opens the welcome page, which sets up the
// school and pupils in one go; until then the popup leads with "Set up your school" and the toolbar
// button's tooltip says the school and pupil checks are off. A managed install (school in policy)
// opens nothing: see policy.spec.ts, which has the real policy folder.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect } from './harness';

const TITLE_OFF = 'Think Before You Post: school and pupil checks are off until you add your school';
const TITLE_ON = 'Think Before You Post';

/** The tab the install opened on its own (nobody in the test navigates to welcome.html). */
async function welcomeTab(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  // An unpacked install at browser start first gives a late school policy up to 10 s to arrive.
  await expect.poll(() => context.pages().filter((p) => p.url() === url).length, { timeout: 20_000 }).toBe(1);
  const page = context.pages().find((p) => p.url() === url)!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Think Before You Post');
  // The settings are read: the form is there (the heading alone shows even before).
  await expect(page.getByRole('heading', { name: 'Your school and pupils' })).toBeVisible();
  return page;
}

const toolbarTitle = (sw: Worker) => sw.evaluate(() => chrome.action.getTitle({}));
const stored = (sw: Worker) => sw.evaluate(async () => ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>);

test('a fresh install opens the welcome page; finishing it with a school and a pasted list saves both, and the options page shows them', async ({ context, sw, extensionId }) => {
  const welcome = await welcomeTab(context, extensionId);
  // Opened once, by the install, and nothing else of ours.
  expect(context.pages().filter((p) => p.url().startsWith('chrome-extension://')).map((p) => new URL(p.url()).pathname)).toEqual(['/welcome.html']);
  await expect.poll(() => toolbarTitle(sw)).toBe(TITLE_OFF);

  await expect(welcome.getByRole('heading', { name: 'What it looks for' })).toBeVisible();
  await expect(welcome.getByRole('heading', { name: 'Nothing leaves this device' })).toBeVisible();
  await welcome.getByRole('textbox', { name: "Your school's name" }).fill('Grangetown Primary School');
  await welcome.getByRole('textbox', { name: 'Paste names' }).fill('Surname,Forename\nJones,Amelia\nLi,Tom\n');
  await welcome.getByRole('button', { name: 'Check these names' }).click();
  const preview = welcome.getByRole('region', { name: /Check before saving: 2 names found/ });
  await expect(preview.getByRole('listitem').filter({ hasText: 'Amelia Jones' })).toHaveCount(1);
  // Nothing is saved before the person confirms the preview.
  expect((await stored(sw)).pupilNames).toBeUndefined();
  await preview.getByRole('button', { name: 'Replace my list with these 2' }).click();
  await expect(welcome.getByTestId('pupil-count')).toHaveText("Pupils' names: 2");
  await expect(welcome.getByRole('button', { name: 'Finish' })).toBeFocused();
  await welcome.getByRole('button', { name: 'Finish' }).click();

  const done = welcome.getByRole('heading', { name: "You're set up" });
  await expect(done).toBeFocused();
  await expect(welcome.getByText('School: Grangetown Primary School')).toBeVisible();
  await expect(welcome.getByText(/From now on, when a draft on Facebook, X or Instagram names your school/)).toBeVisible();
  expect(await stored(sw)).toMatchObject({ schoolName: 'Grangetown Primary School', pupilNames: ['Amelia Jones', 'Tom Li'] });
  await expect.poll(() => toolbarTitle(sw)).toBe(TITLE_ON);

  await welcome.getByRole('link', { name: 'Open all settings' }).click();
  await expect(welcome.getByRole('textbox', { name: "School's name" })).toHaveValue('Grangetown Primary School');
  await expect(welcome.getByTestId('pupil-count')).toHaveText('2 names');
});

test('pasted names that were never checked and saved stop Finish, with the reason', async ({ context, sw, extensionId }) => {
  const welcome = await welcomeTab(context, extensionId);
  await welcome.getByRole('textbox', { name: 'Paste names' }).fill('Amelia Jones');
  await welcome.getByRole('button', { name: 'Finish' }).click();
  await expect(welcome.getByRole('alert').filter({ hasText: 'not saved yet' })).toBeVisible();
  await expect(welcome.getByRole('textbox', { name: 'Paste names' })).toBeFocused();
  await expect(welcome.getByRole('heading', { name: "You're set up" })).toHaveCount(0);
  expect((await stored(sw)).pupilNames).toBeUndefined();
});

test('finishing with nothing set says the school and pupil checks stay off', async ({ context, sw, extensionId }) => {
  const welcome = await welcomeTab(context, extensionId);
  await welcome.getByRole('button', { name: 'Finish' }).click();
  await expect(welcome.getByRole('heading', { name: "You're set up" })).toBeVisible();
  await expect(welcome.getByText(/stay off until you add your school's name or your pupils' names/)).toBeVisible();
  expect(await toolbarTitle(sw)).toBe(TITLE_OFF);
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

test('the popup leads with "Set up your school" until a school or pupils are set, and opens the welcome page', async ({ context, sw, extensionId }) => {
  const first = await welcomeTab(context, extensionId);
  await first.close();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const prompt = popup.getByRole('region', { name: 'Set up your school' });
  await expect(prompt).toBeVisible();
  await expect(popup.getByRole('heading', { level: 2 }).first()).toHaveText('Set up your school');
  await expect(prompt).toContainText('The school and pupil checks are off');

  const opened = context.waitForEvent('page');
  await prompt.getByRole('button', { name: 'Set up now' }).click();
  const welcome = await opened;
  await expect(welcome).toHaveURL(`chrome-extension://${extensionId}/welcome.html`);
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Think Before You Post');

  // The popup steps aside for the page it opened, as a toolbar popup does.
  await expect.poll(() => popup.isClosed()).toBe(true);

  // Pupils alone are enough: the pupil check works without a school name.
  const again = await context.newPage();
  await again.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(again.getByRole('heading', { name: 'Set up your school' })).toBeVisible();
  await sw.evaluate(() => chrome.storage.local.set({ settings: { version: 2, pupilNames: ['Amelia Jones'] } }));
  await expect(again.getByRole('heading', { name: 'Set up your school' })).toHaveCount(0);
  await expect.poll(() => toolbarTitle(sw)).toBe(TITLE_ON);
  await again.reload();
  await expect(again.getByRole('heading', { name: 'This page' })).toBeVisible();
  await expect(again.getByRole('heading', { name: 'Set up your school' })).toHaveCount(0);
  // And back again once both are cleared.
  await sw.evaluate(() => chrome.storage.local.set({ settings: { version: 2, schoolName: '', pupilNames: [] } }));
  await expect(again.getByRole('heading', { name: 'Set up your school' })).toBeVisible();
  await expect.poll(() => toolbarTitle(sw)).toBe(TITLE_OFF);
});

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
