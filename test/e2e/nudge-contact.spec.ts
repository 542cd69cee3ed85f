// Contact boundaries (issue 13) in Chromium: every befriend / follow / message action on the three
// fixture sites, in every variant of the pages (as-is, churned, translated Welsh / Polish / Arabic).
// A pupil or a parent → the nudge; Cancel → nothing; Go ahead → the site's own action exactly once;
// anyone else → straight through with no dialog; the switch off → no dialog. The first send in a
// conversation with a pupil is held whatever it says, with the draft untouched.
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './harness';
import { LANGS, variantUrl, type PageVariant } from '../fixtures/composers';
import { CONTACT_ACTIONS, CONTACT_SETTINGS, DM_TEXT, PARENT, PUPIL, RECORD, UNLISTED, recordedOnce, type ContactAction, type FixturePerson } from '../scenarios/contacts';
import { SETTINGS } from './nudge-scenarios';

test.use({ shareBrowser: true });

export const CONTACT_VARIANTS: PageVariant[] = [{ variant: 'as-is' }, { variant: 'churned' }, ...LANGS.map((lang) => ({ variant: 'translated' as const, lang }))];
const name = (v: PageVariant) => (v.variant === 'translated' ? `translated ${v.lang}` : v.variant);

export async function configureContacts(sw: Worker, extra: Record<string, unknown> = {}): Promise<void> {
  await sw.evaluate((s) => chrome.storage.local.set({ settings: s }), { ...SETTINGS, ...CONTACT_SETTINGS, ...extra });
}

const nudge = (page: Page) => page.getByRole('alertdialog');
// Cancel first (the safe choice, focused), Go ahead last: by order, not by English words.
const cancel = (page: Page) => nudge(page).getByRole('button').first();
const goAhead = (page: Page) => nudge(page).getByRole('button').last();
const recorded = async (page: Page) => page.evaluate(RECORD) as Promise<string>;

/** Loads the page for this person in this variant, ready for the action (the content script has its settings). */
export async function openFor(page: Page, a: ContactAction, p: FixturePerson, v: PageVariant): Promise<void> {
  await page.goto(variantUrl(a.url(p), { variant: v }));
  for (const sel of a.before ?? []) await page.locator(sel).click();
  if (a.editor) {
    await page.locator(a.editor).click();
    await page.keyboard.type(DM_TEXT);
  } else {
    await expect(page.locator(a.control(p))).toBeVisible();
  }
}

/** The person's own action: the click on the control, or Enter in the message box. */
export async function act(page: Page, a: ContactAction, p: FixturePerson): Promise<void> {
  if (a.editor) {
    await page.locator(a.editor).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
  } else {
    await page.locator(a.control(p)).click();
  }
}

async function exactlyOnce(page: Page, a: ContactAction, p: FixturePerson): Promise<void> {
  await expect.poll(() => recorded(page)).toBe(recordedOnce(a, p));
  await page.waitForTimeout(250);
  expect(await recorded(page)).toBe(recordedOnce(a, p));
}

for (const v of CONTACT_VARIANTS) for (const a of CONTACT_ACTIONS) {
  test.describe(`${a.id} [${name(v)}]`, () => {
    test.beforeEach(async ({ sw }) => configureContacts(sw));

    test('a pupil: the nudge names them; Cancel does nothing; Go ahead acts once', async ({ context }) => {
      const page = await context.newPage();
      await openFor(page, a, PUPIL, v);
      await act(page, a, PUPIL);
      await expect(nudge(page)).toBeVisible();
      await expect(nudge(page)).toContainText(`${PUPIL.name} is on your school's pupil list`);
      await expect(nudge(page)).toContainText('do not add pupils, past pupils or their parents as friends');
      await cancel(page).click();
      await expect(nudge(page)).toHaveCount(0);
      await page.waitForTimeout(250);
      expect(await recorded(page)).toBe('[]');
      if (a.editor) expect((await page.locator(a.editor).innerText()).trim()).toBe(DM_TEXT);
      // Again, and this time Go ahead.
      await act(page, a, PUPIL);
      await expect(nudge(page)).toBeVisible();
      await goAhead(page).click();
      await expect(nudge(page)).toHaveCount(0);
      await exactlyOnce(page, a, PUPIL);
      if (a.editor) {
        // Only the first send in the thread is held.
        await page.locator(a.editor).click();
        await page.keyboard.type('Thanks');
        await page.keyboard.press('Enter');
        await expect.poll(async () => JSON.parse(await recorded(page)).length).toBe(2);
        await expect(nudge(page)).toHaveCount(0);
      }
    });

    test('a parent: the nudge, and Go ahead acts once; someone on no list goes straight through', async ({ context }) => {
      const page = await context.newPage();
      await openFor(page, a, PARENT, v);
      await act(page, a, PARENT);
      await expect(nudge(page)).toBeVisible();
      await expect(nudge(page)).toContainText(`${PARENT.name} is on your school's parent list`);
      await goAhead(page).click();
      await exactlyOnce(page, a, PARENT);

      const other = await context.newPage();
      await openFor(other, a, UNLISTED, v);
      await act(other, a, UNLISTED);
      await exactlyOnce(other, a, UNLISTED);
      await expect(nudge(other)).toHaveCount(0);
    });

    test('the contact-boundaries switch off: a pupil goes straight through', async ({ context, sw }) => {
      await configureContacts(sw, { rules: { 'contact-boundaries': false } });
      const page = await context.newPage();
      await openFor(page, a, PUPIL, v);
      await act(page, a, PUPIL);
      await exactlyOnce(page, a, PUPIL);
      await expect(nudge(page)).toHaveCount(0);
    });
  });
}
