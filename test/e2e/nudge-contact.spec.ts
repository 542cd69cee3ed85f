// Contact boundaries (issue 13) in Chromium: every befriend / follow / message action on the three
// fixture sites, in every variant of the pages (as-is, churned, translated Welsh / Polish / Arabic, one
// language a test).
// A pupil or a parent → the nudge; Cancel → nothing; Go ahead → the site's own action exactly once;
// anyone else → straight through with no dialog; the switch off → no dialog (on the pages as they are). The first send in a
// conversation with a pupil is held whatever it says, with the draft untouched.
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { CONTACT_ACTIONS, DM_TEXT, PARENT, PUPIL, UNLISTED, recordedOnce, type ContactAction, type FixturePerson } from '../scenarios/contacts';
import { act, cancel, configureContacts, expectActedOnce, goAhead, nudge, openFor, recorded, variantTitle } from './contact-helpers';
import { LANGS, type PageVariant } from '../fixtures/composers';

test.use({ shareBrowser: true });

const exactlyOnce = (page: Page, a: ContactAction, p: FixturePerson) => expectActedOnce(page, a, p);

/**
 * The page variant of an action's test: as they are, churned, or translated into one language that
 * turns with the action and the test, so every scenario still runs on a translated page and every
 * language meets each site's actions (each test in all three languages was 162 of this file's 213 tests).
 */
const KINDS = ['as-is', 'churned', 'translated'] as const;
function variantFor(kind: (typeof KINDS)[number], actionIndex: number, testIndex: number): PageVariant {
  return kind === 'translated' ? { variant: 'translated', lang: LANGS[(actionIndex + testIndex) % LANGS.length]! } : { variant: kind };
}
const langOf = (v: PageVariant) => (v.variant === 'translated' ? ` (${v.lang})` : '');

for (const [ai, a] of CONTACT_ACTIONS.entries()) for (const kind of KINDS) {
  const [v0, v1] = [variantFor(kind, ai, 0), variantFor(kind, ai, 1)];
  test.describe(`${a.id} [${kind}]`, () => {
    test.beforeEach(async ({ sw }) => configureContacts(sw));

    test(`a pupil: the nudge names them; Cancel does nothing; Go ahead acts once${langOf(v0)}`, async ({ context }) => {
      const page = await context.newPage();
      await openFor(page, a, PUPIL, v0);
      await act(page, a, PUPIL);
      await expect(nudge(page)).toBeVisible();
      await expect(nudge(page)).toContainText(`${PUPIL.name} is on your school's pupil list`);
      await expect(nudge(page)).toContainText('do not add pupils, past pupils or their parents as friends');
      await cancel(page).click();
      await expect(nudge(page)).toHaveCount(0);
      // Nothing now; and a cancelled action running late would show as a second one in the
      // exactly-once check at the end (expectActedOnce).
      expect(await recorded(page)).toBe('[]');
      // The draft is untouched (read as the editor holds it: a textarea's value, a rich editor's text).
      if (a.editor) expect(await page.locator(a.editor).evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText).trim())).toBe(DM_TEXT);
      // Again, and this time Go ahead.
      await act(page, a, PUPIL);
      await expect(nudge(page)).toBeVisible();
      await goAhead(page).click();
      await expect(nudge(page)).toHaveCount(0);
      await exactlyOnce(page, a, PUPIL);
      if (a.editor) {
        // Only the first send in the thread is held.
        await page.locator(a.editor).click();
        await page.keyboard.insertText('Thanks');
        await page.keyboard.press('Enter');
        await expect.poll(async () => JSON.parse(await recorded(page)).length).toBe(2);
        await expect(nudge(page)).toHaveCount(0);
      }
    });

    test(`a parent: the nudge, and Go ahead acts once; someone on no list goes straight through${langOf(v1)}`, async ({ context }) => {
      const page = await context.newPage();
      await openFor(page, a, PARENT, v1);
      await act(page, a, PARENT);
      await expect(nudge(page)).toBeVisible();
      await expect(nudge(page)).toContainText(`${PARENT.name} is on your school's parent list`);
      await goAhead(page).click();
      await exactlyOnce(page, a, PARENT);

      const other = await context.newPage();
      await openFor(other, a, UNLISTED, v1);
      await act(other, a, UNLISTED);
      await exactlyOnce(other, a, UNLISTED);
      await expect(nudge(other)).toHaveCount(0);
      // And the first page still shows the one action, after all that.
      expect(await recorded(page)).toBe(recordedOnce(a, PARENT));
    });

    // The switch is read before any page structure is: the pages as they are show it for every action.
    if (kind === 'as-is') test('the contact-boundaries switch off: a pupil goes straight through', async ({ context, sw }) => {
      await configureContacts(sw, { rules: { 'contact-boundaries': false } });
      const page = await context.newPage();
      await openFor(page, a, PUPIL, v0);
      await act(page, a, PUPIL);
      await exactlyOnce(page, a, PUPIL);
      await expect(nudge(page)).toHaveCount(0);
    });
  });
}

// The keyboard: a control reached with Tab and pressed with Enter is held the same way; Escape is
// Cancel; Tab moves round the nudge's own buttons, and Enter on "Go ahead" acts once.
const KEYBOARD = ['fb-requests-confirm', 'x-who-to-follow', 'ig-followers'];
for (const [ki, a] of CONTACT_ACTIONS.filter((x) => KEYBOARD.includes(x.id)).entries()) for (const kind of KINDS) {
  const v = variantFor(kind, ki, 2);
  test(`${a.id} [${variantTitle(v)}] by keyboard: Enter is held, Escape cancels, Tab + Enter on Go ahead acts once`, async ({ context, sw }) => {
    await configureContacts(sw);
    const page = await context.newPage();
    await openFor(page, a, PUPIL, v);
    const control = page.locator(a.control(PUPIL));
    await control.focus();
    await page.keyboard.press('Enter');
    await expect(nudge(page)).toBeVisible();
    await expect(cancel(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(nudge(page)).toHaveCount(0);
    // As with Cancel above: a late run would be a second one at the exactly-once check.
    expect(await recorded(page)).toBe('[]');
    await expect(control).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(nudge(page)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(goAhead(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await exactlyOnce(page, a, PUPIL);
  });
}
