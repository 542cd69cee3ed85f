// Drives the contact actions of test/scenarios/contacts.ts in Chromium: shared by nudge-contact.spec.ts
// and nudge-contact-faults.spec.ts.
import type { Page, Worker } from '@playwright/test';
import { expect } from './harness';
import { LANGS, variantUrl, type PageVariant } from '../fixtures/composers';
import { CONTACT_SETTINGS, DM_TEXT, RECORD, recordedOnce, type ContactAction, type FixturePerson } from '../scenarios/contacts';
import { SETTINGS } from './nudge-scenarios';

export const CONTACT_VARIANTS: PageVariant[] = [{ variant: 'as-is' }, { variant: 'churned' }, ...LANGS.map((lang) => ({ variant: 'translated' as const, lang }))];
export const variantTitle = (v: PageVariant) => (v.variant === 'translated' ? `translated ${v.lang}` : v.variant);

export async function configureContacts(sw: Worker, extra: Record<string, unknown> = {}): Promise<void> {
  await sw.evaluate((s) => chrome.storage.local.set({ settings: s }), { ...SETTINGS, ...CONTACT_SETTINGS, ...extra });
}

export const nudge = (page: Page) => page.getByRole('alertdialog');
// Cancel first (the safe choice, focused), Go ahead last: by order, not by English words.
export const cancel = (page: Page) => nudge(page).getByRole('button').first();
export const goAhead = (page: Page) => nudge(page).getByRole('button').last();
export const recorded = async (page: Page) => page.evaluate<string>(RECORD);

/** Loads the page for this person in this variant, ready for the action (the content script has its settings). */
export async function openFor(page: Page, a: ContactAction, p: FixturePerson, v: PageVariant): Promise<void> {
  await page.goto(variantUrl(a.url(p), { variant: v }));
  for (const sel of a.before?.(p) ?? []) await page.locator(sel).click();
  if (a.editor) {
    await page.locator(a.editor).click();
    // One input event, as a paste or an IME commit gives: what is held here is the send, not the typing.
    await page.keyboard.insertText(DM_TEXT);
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


/**
 * The action ran once and the page cannot run it again by itself: what replaced a fixed wait
 * (150-250 ms) before a second look. The fixture sites refuse a second friend request, follow or
 * confirm for the same person, and move to the conversation on Message, in the handler that
 * records the first; a message is recorded only from a non-empty box, which the site empties in the
 * handler that records it. So once the record is there (and, for a message, the box is empty), a
 * second run, of the held action or of a cancelled one running late, would already be in it.
 */
export async function expectActedOnce(page: Page, a: ContactAction, p: FixturePerson, what = a.id): Promise<void> {
  await expect.poll(() => recorded(page), what).toBe(recordedOnce(a, p));
  if (a.editor) {
    await expect.poll(() => page.locator(a.editor!).evaluateAll((els) => els.every((el) => {
      const text = el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText;
      return !el.isConnected || text.trim() === '';
    })), `${what}: the message box is emptied by the send`).toBe(true);
  }
  expect(await recorded(page), what).toBe(recordedOnce(a, p));
}
