// The IT path for real: Chromium reads a managed policy file from /etc/chromium/policies/managed,
// exactly as a school's deployment puts it there. Runs only through `npm run test:policy`, which
// bind-mounts a temporary folder over that path in a private mount namespace (nothing is written
// to the machine's real policy folder).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { test, expect, contentStatus, launchAudited } from './harness';
import { composer } from '../fixtures/composers';
// @ts-expect-error plain ESM script without types
import { CHROME_ID, chromeLinuxJson } from '../../scripts/policy.mjs';

const POLICY_DIR = process.env.TBYP_POLICY_DIR;

test.skip(!POLICY_DIR, 'needs the private policy folder: run `npm run test:policy`');

function writePolicy(policy: Record<string, unknown>): void {
  // Sanity: the test folder really is what Chromium sees, so we never touch the machine's own.
  const file = join(POLICY_DIR!, 'managed', 'tbyp-test.json');
  // Exactly the file `npm run policy` generates for Linux.
  writeFileSync(file, chromeLinuxJson(policy, CHROME_ID));
  expect(readFileSync('/etc/chromium/policies/managed/tbyp-test.json', 'utf8')).toContain(CHROME_ID);
}

async function managed(sw: Worker): Promise<Record<string, unknown>> {
  return sw.evaluate(() => chrome.storage.managed.get(null));
}

/** Chromium may answer {} for a moment after start (w3c/webextensions#547). */
async function waitForPolicy(sw: Worker): Promise<Record<string, unknown>> {
  let got: Record<string, unknown> = {};
  await expect.poll(async () => Object.keys((got = await managed(sw))).length, { timeout: 10_000 }).toBeGreaterThan(0);
  return got;
}

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Your school', exact: true })).toBeVisible();
}

const SCHOOL_POLICY = {
  schoolName: 'Grangetown Primary School',
  schoolAliases: ['Grangetown Primary', 'GPS'],
  schoolDomain: 'grangetown.sch.uk',
  schoolHandles: ['GrangetownPS'],
  pupilNames: ['Amelia Jones', 'Tom Li', 'Zara Ahmed'],
  staffNames: ['Mrs Patel'],
  mode: 'warn',
  rules: { job: true, absence: false },
  ignoreWords: ['Paris'],
  workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '08:30', end: '15:30' },
  locked: ['schoolName', 'pupilNames'],
};

test.afterEach(() => {
  rmSync(join(POLICY_DIR!, 'managed', 'tbyp-test.json'), { force: true });
});

test.describe('managed policy from /etc/chromium/policies', () => {
  test.beforeEach(() => writePolicy(SCHOOL_POLICY));

  test('the school name and pupils from policy show as locked and drive the warning', async ({ context, sw, extensionId }) => {
    expect(existsSync('/etc/chromium/policies/managed')).toBe(true);
    // Every field passes Chromium's check against managed-schema.json (one wrong type would blank it all).
    expect(await waitForPolicy(sw)).toEqual(SCHOOL_POLICY);
    // The worker keeps a copy for when storage.managed does not answer (see readManaged).
    await expect
      .poll(async () => JSON.parse(((await sw.evaluate(() => chrome.storage.local.get('policySeen'))).policySeen as string) ?? '{}'))
      .toEqual(SCHOOL_POLICY);

    const page = await context.newPage();
    await openOptions(page, extensionId);
    const name = page.getByRole('textbox', { name: "School's name" });
    await expect(name).toHaveValue('Grangetown Primary School');
    await expect(name).toBeDisabled();
    await expect(page.locator('#schoolName-locked')).toHaveText(/Set by your school's IT/);
    await expect(page.getByTestId('pupil-count')).toHaveText('3 names');
    await expect(page.getByRole('textbox', { name: 'Paste names' })).toHaveCount(0);
    // Unlocked policy values are a starting point the person can still change.
    await expect(page.getByRole('textbox', { name: "School's website address" })).toBeEnabled();

    await page.getByRole('textbox', { name: 'Draft post' }).fill('So proud of Amelia Jones at Grangetown Primary School today');
    const found = page.locator('.test-result .found li');
    await expect(found).toHaveCount(2);
    await expect(found.filter({ hasText: '“Amelia Jones”' })).toHaveCount(1);
    await expect(found.filter({ hasText: '“Grangetown Primary School”' })).toHaveCount(1);

    // Whatever is stored on the device, the locked policy value wins.
    const refused = await page.evaluate(async () => {
      await chrome.storage.local.set({ settings: { version: 2, schoolName: 'Somewhere Else' } });
      return (await chrome.storage.managed.get('schoolName')).schoolName;
    });
    expect(refused).toBe('Grangetown Primary School');
    await expect(name).toHaveValue('Grangetown Primary School');
  });

  test('the policy drives a warning on a real site page', async ({ context, sw }) => {
    await waitForPolicy(sw);
    const page = await context.newPage();
    const fbPost = composer('fb-post');
    await fbPost.open(page);
    await fbPost.editor(page).click();
    await page.keyboard.type('Lovely afternoon with Tom Li and his class');
    await expect.poll(async () => (await contentStatus(sw, 'https://www.facebook.com/*')).findings)
      .toContainEqual(expect.objectContaining({ rule: 'pupil', text: 'Tom Li' }));
    await fbPost.submit(page);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expect(page.getByRole('alertdialog')).toContainText(/pupil/i);
  });
});

const PARENTS_POLICY = {
  pupilNames: ['Amelia Jones'],
  parentNames: ['Jane Porter', 'Mensah, Kwame'],
  rules: { 'contact-boundaries': true, 'parent-names': true },
  locked: ['parentNames', 'rules'],
};

test.describe("parents' names and contact boundaries from policy", () => {
  test.beforeEach(() => writePolicy(PARENTS_POLICY));

  test('the parents list and the locked switches show as set by IT, and the list drives the draft check', async ({ context, sw, extensionId }) => {
    expect(await waitForPolicy(sw)).toEqual(PARENTS_POLICY);
    // The person had switched contact boundaries off and kept a list of their own: the lock wins.
    await sw.evaluate(() => chrome.storage.local.set({ settings: { version: 2, parentNames: ['Someone Else'], rules: { 'contact-boundaries': false } } }));
    const page = await context.newPage();
    await openOptions(page, extensionId);
    const parents = page.getByRole('region', { name: "Parents' and carers' names" });
    await expect(parents.getByTestId('parent-count')).toHaveText('2 names');
    await expect(parents.locator('#parentNames-locked-why')).toBeVisible();
    await expect(page.getByRole('textbox', { name: "Paste parents' and carers' names" })).toHaveCount(0);
    const contact = page.getByRole('checkbox', { name: /Friending, following or messaging pupils and parents/ });
    await expect(contact).toBeChecked();
    await expect(contact).toBeDisabled();
    await expect(page.getByRole('checkbox', { name: /A parent's or carer's name/ })).toBeChecked();
    await expect(page.locator('#rules-h ~ fieldset')).toContainText("Set by your school's IT");
    // Unlocked fields are still the person's.
    await expect(page.getByTestId('pupil-count')).toHaveText('1 name');

    await page.getByRole('textbox', { name: 'Draft post' }).fill('Lovely chat with Kwame Mensah at the gate');
    await expect(page.locator('.test-result .found')).toContainText('“Kwame Mensah”');
    await page.getByRole('textbox', { name: 'Draft post' }).fill('Lovely chat with Someone Else at the gate');
    await expect(page.locator('.test-result')).toContainText('Nothing would be flagged.');
  });
});

test.describe('bad policy values', () => {
  test.beforeEach(() =>
    writePolicy({
      schoolName: 'Grangetown Primary School',
      schoolAliases: ['GPS', ''],
      pupilNames: ['Amelia Jones'],
      schoolDomain: '',
      locked: ['schoolName', 'favouriteColour'],
    }),
  );

  test('are listed in a visible notice, and the rest still applies', async ({ context, sw, extensionId }) => {
    await waitForPolicy(sw);
    const page = await context.newPage();
    await openOptions(page, extensionId);
    const notice = page.getByRole('alert').filter({ hasText: 'could not be used' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("School's website address (schoolDomain) is empty");
    await expect(notice).toContainText('"favouriteColour" in "locked"');
    await expect(page.getByRole('textbox', { name: "School's name" })).toHaveValue('Grangetown Primary School');
    await expect(page.getByTestId('pupil-count')).toHaveText('1 name');
  });
});

test.describe('policy changed while the browser runs', () => {
  test.beforeEach(() => writePolicy({ schoolName: 'Grangetown Primary School', locked: ['schoolName'] }));

  test('applies without a restart', async ({ context, sw, extensionId }) => {
    await waitForPolicy(sw);
    const page = await context.newPage();
    await openOptions(page, extensionId);
    const name = page.getByRole('textbox', { name: "School's name" });
    await expect(name).toHaveValue('Grangetown Primary School');
    writePolicy({ schoolName: 'Lodge Farm Primary School', locked: [] });
    // Chromium notices the changed file after a few seconds' settling time.
    await expect(name).toHaveValue('Lodge Farm Primary School', { timeout: 25_000 });
    await expect(name).toBeEnabled();

    // IT sets the language to Welsh and locks it: the open page turns Welsh without a reload, and
    // the choice shows as set by IT, not changeable here (in the same browser: no extra launch).
    writePolicy({ schoolName: 'Lodge Farm Primary School', language: 'cy', locked: ['language'] });
    await expect(page.getByRole('heading', { name: 'Eich ysgol', exact: true })).toBeVisible({ timeout: 25_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    const welsh = page.getByRole('radio', { name: 'Cymraeg' });
    await expect(welsh).toBeChecked();
    await expect(welsh).toBeDisabled();
    await expect(page.getByRole('radio', { name: 'Iaith y porwr' })).toBeDisabled();
    await expect(page.locator('#language-locked')).toHaveText("🔒 Wedi'i osod gan dîm TG eich ysgol");
    await expect(page.getByRole('region', { name: 'Gosodiadau gan eich ysgol' })).toContainText('Iaith');
  });
});

test.describe('first run under a policy', () => {
  /** A browser started after the policy file is in place, as on a school's machine. */
  async function installWith(policy: Record<string, unknown>) {
    writePolicy(policy);
    const browser = await launchAudited(process.env.TBYP_EXT_DIR ?? resolve('dist/chrome'));
    const sw = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    const welcomeTabs = () => browser.context.pages().filter((p) => p.url() === `chrome-extension://${new URL(sw.url()).host}/welcome.html`).length;
    return { browser, sw, welcomeTabs };
  }

  test('a managed install with the school in policy opens no welcome page, and the toolbar title is the usual one', async () => {
    const { browser, sw, welcomeTabs } = await installWith(SCHOOL_POLICY);
    try {
      await waitForPolicy(sw);
      // An unpacked install at browser start waits up to 10 s for a late policy before it would open
      // the page: look past that, from the worker's start.
      await new Promise((r) => setTimeout(r, 12_000));
      expect(welcomeTabs()).toBe(0);
      expect(await sw.evaluate(() => chrome.action.getTitle({}))).toBe('Think Before You Post');
    } finally {
      await browser.close();
    }
    expect(browser.network.sources).toEqual([]);
  });

  test('a policy that does not name the school still gets the welcome page (pupils and the school are then up to the person)', async () => {
    const { browser, sw, welcomeTabs } = await installWith({ mode: 'always', locked: ['mode'] });
    try {
      await waitForPolicy(sw);
      await expect.poll(welcomeTabs, { timeout: 20_000 }).toBe(1);
      expect(await sw.evaluate(() => chrome.action.getTitle({}))).toBe('Think Before You Post: school and pupil checks are off until you add your school');
    } finally {
      await browser.close();
    }
    expect(browser.network.sources).toEqual([]);
  });
});
