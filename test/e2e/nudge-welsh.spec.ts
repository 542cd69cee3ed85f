// The content script in Welsh (issue 14): with the language setting on "cy", on X's Welsh page, the
// badge, the findings in the warning and the contact nudge speak Welsh, read from the catalogue the
// build ships, and the dialogs say they are in Welsh (lang) for screen readers.
import { test, expect } from './harness';
import { composer, posted, typeInto } from '../fixtures/composers';
import { CONTACT_ACTIONS, CONTACT_SETTINGS, PUPIL as CONTACT_PUPIL } from '../scenarios/contacts';
import { act, cancel, goAhead, nudge, openFor, recorded } from './contact-helpers';
import { configure, editButton, RISKY, SCHOOL, warning } from './nudge-scenarios';
import { message, plural } from './catalogue';

// One Chromium per worker (harness.ts): pages closed and storage cleared between tests, the network audit per test and between tests.
test.use({ shareBrowser: true });

const WELSH_PAGE = { variant: { variant: 'translated' as const, lang: 'cy' as const } };

test('language set to Welsh: the badge, the warning\'s findings and the contact nudge are in Welsh', async ({ context, sw }) => {
  await configure(sw, { language: 'cy', ...CONTACT_SETTINGS });
  const page = await context.newPage();
  const c = composer('x-home');
  await c.open(page, WELSH_PAGE);
  // Two findings (a pupil, the school): Welsh counts two with its own form ("2 beth"), by the
  // browser's Intl.PluralRules.
  await typeInto(page, c, `${RISKY} at ${SCHOOL}`);

  // The badge: its name counts in Welsh, and its panel explains the findings in Welsh.
  const name = plural('cy', 'badge_things', 2);
  expect(name).toBe(message('cy', 'badge_things_two', 2));
  const badge = page.getByRole('button', { name });
  await expect(badge).toBeVisible();
  await badge.focus();
  const panel = page.getByRole('region', { name });
  await expect(panel).toContainText(message('cy', 'rule_school_title'));
  await expect(panel).toContainText(message('cy', 'rule_pupil_title'));
  await expect(panel).toContainText(message('cy', 'rule_pupil_why'));
  await expect(panel).not.toContainText(message('en_GB', 'rule_pupil_title'));

  // The warning: the finding named in Welsh, in a dialog marked as Welsh (its own words and its short
  // reasons are the warning redesign's, tested with it).
  await c.editor(page).click();
  await c.submit(page);
  await expect(warning(page)).toBeVisible();
  await expect(warning(page)).toContainText(message('cy', 'rule_pupil_title'));
  await expect(warning(page)).not.toContainText(message('en_GB', 'rule_pupil_title'));
  expect(await warning(page).evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('cy');
  await editButton(page).click();
  await expect(warning(page)).toHaveCount(0);
  expect(await posted(page)).toEqual([]);

  // The contact nudge: who and why in whole Welsh sentences, Welsh buttons, Cancel still does nothing.
  const follow = CONTACT_ACTIONS.find((a) => a.id === 'x-who-to-follow')!;
  const other = await context.newPage();
  await openFor(other, follow, CONTACT_PUPIL, WELSH_PAGE.variant);
  await act(other, follow, CONTACT_PUPIL);
  await expect(nudge(other)).toBeVisible();
  await expect(nudge(other).getByRole('heading')).toHaveText(message('cy', 'contact_title_pupil', CONTACT_PUPIL.name));
  await expect(nudge(other)).toContainText(message('cy', 'contact_summary_follow'));
  await expect(nudge(other)).toContainText(message('cy', 'contact_policy'));
  await expect(cancel(other)).toHaveText(message('cy', 'contact_cancel'));
  await expect(goAhead(other)).toHaveText(message('cy', 'contact_go'));
  expect(await nudge(other).evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('cy');
  await cancel(other).click();
  await expect(nudge(other)).toHaveCount(0);
  expect(await recorded(other)).toBe('[]');
});
