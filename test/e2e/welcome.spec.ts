// The first five minutes (issue 14): a fresh install opens the welcome page, which sets up the
// school and pupils in one go; until then the popup leads with "Set up your school" and the toolbar
// button's tooltip says the school and pupil checks are off. A managed install (school in policy)
// opens nothing: see policy.spec.ts, which has the real policy folder. The page itself, in a shared
// browser: welcome-page.spec.ts.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './harness';
import { TITLE_OFF, TITLE_ON, stored, toolbarTitle } from './welcome-helpers';


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
