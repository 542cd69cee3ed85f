// Everything around the basic submit paths: places, photos, profile wording, modes, the badge and
// highlight, accessibility, site churn, SPA navigation and privacy towards the page.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './harness';
import { LANGS, VARIANTS, composer, posted, typeInto, variantName } from '../fixtures/composers';
import { badge, CLEAN, configure, draft, editButton, jpeg, postAnyway, PUPIL, RISKY, warning } from './nudge-scenarios';

// One Chromium per worker (harness.ts): pages closed and storage cleared between tests, the network audit per test and between tests.
test.use({ shareBrowser: true });

test.beforeEach(async ({ sw }) => configure(sw));

const PLACE = 'Roundhay Park, Leeds';
const LOCATION_CASES: { id: string; tag: (page: Page) => Promise<void> }[] = [
  {
    id: 'fb-post',
    tag: async (page) => {
      await page.locator('[data-fx=fb-check-in]').click();
      await page.getByRole('option', { name: PLACE }).click();
    },
  },
  {
    id: 'x-home',
    tag: async (page) => {
      await page.locator('[role=main] [data-fx=x-geo]').click();
      await page.getByRole('option', { name: PLACE }).click();
    },
  },
  {
    id: 'ig-caption',
    tag: async (page) => {
      await page.locator('input[name=creation-location-input]').fill('Roundhay');
      await page.getByText(PLACE, { exact: true }).click();
    },
  },
];

// Places in every fixture variant: how the chosen place looks is the site's (and unverified on X).
for (const v of VARIANTS) for (const [i, { id, tag }] of LOCATION_CASES.entries()) {
  const variant = v.variant === 'translated' ? { ...v, lang: LANGS[i % LANGS.length]! } : v;
  test(`${id}: a tagged place is a finding, and Post anyway keeps it${v.variant === 'as-is' ? '' : ` [${variantName(variant)}]`}`, async ({ context }) => {
    const c = composer(id);
    const page = await context.newPage();
    await c.open(page, { variant });
    await typeInto(page, c, CLEAN);
    await tag(page);
    await c.submit(page);
    await expect(warning(page)).toBeVisible();
    await expect(warning(page)).toContainText(PLACE);
    expect(await posted(page)).toEqual([]);
    await postAnyway(page).click();
    await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ composer: id, text: CLEAN, place: PLACE })]);
  });
}

const PHOTO_CASES = [
  { id: 'x-home', input: '[role=main] input[type=file][data-testid=fileInput]' },
  { id: 'fb-post', input: '[role=dialog] input[type=file]' },
];

for (const { id, input } of PHOTO_CASES) {
  test(`${id}: a photo brings a consent reminder, and GPS in the file is named`, async ({ context }) => {
    const c = composer(id);
    const page = await context.newPage();
    await c.open(page);
    await typeInto(page, c, CLEAN);
    await page.locator(input).setInputFiles({ name: 'trip.jpg', mimeType: 'image/jpeg', buffer: jpeg(true) });
    await c.submit(page);
    await expect(warning(page)).toContainText(/consent/i);
    await expect(warning(page)).toContainText(/GPS/);
    await postAnyway(page).click();
    await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ composer: id, text: CLEAN, files: ['trip.jpg'] })]);
  });
}

test('x-home: a photo pasted into the editor brings the same reminders as one chosen with Media', async ({ context }) => {
  const c = composer('x-home');
  const page = await context.newPage();
  await c.open(page);
  await typeInto(page, c, CLEAN);
  await c.editor(page).evaluate((el, bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], 'pasted.jpg', { type: 'image/jpeg' }));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, [...jpeg(true)]);
  await expect(page.locator('[data-testid=attachments]')).toContainText('pasted.jpg');
  await c.submit(page);
  await expect(warning(page)).toContainText(/consent/i);
  await expect(warning(page)).toContainText(/GPS/);
  expect(await posted(page)).toEqual([]);
  await postAnyway(page).click();
  await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ composer: 'x-home', text: CLEAN, files: ['pasted.jpg'] })]);
});

test('a photo without GPS gets the consent reminder only', async ({ context }) => {
  const c = composer('x-home');
  const page = await context.newPage();
  await c.open(page);
  await typeInto(page, c, CLEAN);
  await page.locator('[role=main] input[type=file][data-testid=fileInput]').setInputFiles({ name: 'cake.jpg', mimeType: 'image/jpeg', buffer: jpeg(false) });
  await c.submit(page);
  await expect(warning(page)).toContainText(/consent/i);
  await expect(warning(page)).not.toContainText(/GPS/);
  await editButton(page).click();
  expect(await posted(page)).toEqual([]);
});

test('"always" mode asks the seven questions before a clean post', async ({ context, sw }) => {
  await configure(sw, { mode: 'always' });
  const c = composer('x-home');
  const page = await context.newPage();
  await c.open(page);
  await typeInto(page, c, CLEAN);
  await c.submit(page);
  await expect(warning(page)).toBeVisible();
  await expect(warning(page).getByRole('listitem')).toHaveCount(7);
  expect(await posted(page)).toEqual([]);
  await postAnyway(page).click();
  await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ text: CLEAN })]);
});

test('while paused nothing is checked; settings changes apply at once', async ({ context, sw }) => {
  await configure(sw, { pausedUntil: Date.now() + 3_600_000 });
  const c = composer('x-home');
  const page = await context.newPage();
  await c.open(page);
  await typeInto(page, c, RISKY);
  await c.submit(page);
  await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ text: RISKY })]);
  await expect(warning(page)).toHaveCount(0);

  await configure(sw, { pausedUntil: 0, pupilNames: ['Zara Quinn'] });
  await typeInto(page, c, 'Zara Quinn scored today');
  await c.submit(page);
  await expect(warning(page)).toContainText('Zara Quinn');
  expect(await posted(page)).toHaveLength(1);
});

test('the badge counts findings, explains them on focus, and the words are highlighted in place', async ({ context }) => {
  const c = composer('fb-post');
  const page = await context.newPage();
  await c.open(page);
  await typeInto(page, c, `${RISKY} at Green Lane Community School`);
  await expect(badge(page)).toBeVisible();
  await expect(badge(page)).toHaveAccessibleName(/^2 things/);
  // The highlight covers exactly the matched words and the editor's DOM is untouched. Polled: a scan
  // of the draft half typed ("... at Green Lane") also counts two things, so the badge alone can be
  // read before the last scan has marked the whole name.
  const highlighted = () => page.evaluate(() => [...(CSS.highlights.get('tbyp-mark') ?? [])].map((r) => (r as Range).toString()).sort());
  await expect.poll(highlighted).toEqual(['Amelia Hart', 'Green Lane Community School']);
  expect(await c.editor(page).locator('mark, [style*=background]').count()).toBe(0);
  await badge(page).focus();
  await expect(page.getByRole('region', { name: /to check before posting/ })).toContainText(PUPIL);
  const axe = await new AxeBuilder({ page }).include('tbyp-ui').analyze();
  expect(axe.violations).toEqual([]);
  // A click or a tap (which is a hover and a focus first) leaves the explanation open; Escape closes it.
  await badge(page).blur();
  await badge(page).click();
  await expect(page.getByRole('region', { name: /to check before posting/ })).toBeVisible();
  await expect(badge(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: /to check before posting/ })).toBeHidden();
  // From the keyboard: Tab moves into the explanation (it scrolls when long), Escape goes back to the count.
  await badge(page).blur();
  await badge(page).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('region', { name: /to check before posting/ })).toBeFocused();
  await expect(page.getByRole('region', { name: /to check before posting/ })).toContainText(PUPIL);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: /to check before posting/ })).toBeHidden();
  await expect(badge(page)).toBeFocused();
  // Typing carries on normally and the draft is exactly what was typed.
  await c.editor(page).press('End');
  await page.keyboard.type(' x');
  expect(await draft(page, c)).toBe(`${RISKY} at Green Lane Community School x`);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the warning passes axe and keeps focus inside (${scheme})`, async ({ context }) => {
    const c = composer('x-compose');
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await c.open(page);
    // A phone number as well: "Never flag" is offered only for findings the school did not list.
    await typeInto(page, c, `${RISKY}. Ring me on 07700 900123`);
    await c.keyboardSubmit!(page);
    await expect(warning(page)).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('tbyp-ui').analyze();
    expect(axe.violations).toEqual([]);
    // Focus starts on Edit; Tab goes to Post anyway, then the finding's "Never flag" and "All seven
    // questions", and back round to Edit: it never leaves the warning, either way round.
    const never = warning(page).getByRole('button', { name: /^Never flag/ });
    const all = warning(page).locator('summary');
    await expect(editButton(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(postAnyway(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(never).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(all).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(editButton(page)).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(all).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(editButton(page)).toBeFocused();
  });
}

test('stale selectors: the stripped pages (no test ids, no aria-labels) are still covered', async ({ context }) => {
  for (const id of ['x-home', 'fb-post']) {
    const c = composer(id);
    const page = await context.newPage();
    await c.open(page, { stripped: true });
    await typeInto(page, c, RISKY);
    await c.submit(page);
    await expect(warning(page)).toBeVisible();
    expect(await posted(page)).toEqual([]);
    await postAnyway(page).click();
    await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ text: RISKY })]);
    await page.close();
  }
});

test('stale selectors: Enter in a stripped comment box and chat is still caught', async ({ context }) => {
  for (const id of ['fb-comment', 'fb-message', 'ig-dm']) {
    const c = composer(id);
    const page = await context.newPage();
    await c.open(page, { stripped: true });
    await typeInto(page, c, RISKY);
    await c.keyboardSubmit!(page);
    await expect(warning(page), id).toBeVisible();
    expect(await posted(page)).toEqual([]);
    await postAnyway(page).click();
    await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ text: RISKY })]);
    await page.close();
  }
});

test('composers mounted later by in-page navigation are covered', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await page.locator('[data-testid=SideNav_NewTweet_Button]').click();
  const c = composer('x-compose');
  await typeInto(page, c, RISKY);
  await c.submit(page);
  await expect(warning(page)).toBeVisible();
  await editButton(page).click();
  expect(await posted(page)).toEqual([]);
});

test('the page never sees the pupil list or findings beyond what is on screen', async ({ context }) => {
  const c = composer('x-home');
  const page = await context.newPage();
  await c.open(page);
  await typeInto(page, c, RISKY);
  await expect(badge(page)).toBeVisible();
  const leaked = await page.evaluate(() => {
    const attrs = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`)).join('\n');
    const shadow = document.querySelector('tbyp-ui')?.shadowRoot?.innerHTML ?? '';
    const globals = Object.keys(window).filter((k) => /tbyp/i.test(k));
    return { attrs: attrs.includes('Amelia') || attrs.includes('Noah'), shadowHasOtherPupil: shadow.includes('Noah'), globals };
  });
  expect(leaked).toEqual({ attrs: false, shadowHasOtherPupil: false, globals: [] });
});

test('with the working-hours reminder on, a post in working hours is held with that reminder', async ({ context, sw }) => {
  await configure(sw, { workingHours: { enabled: true, days: [0, 1, 2, 3, 4, 5, 6], start: '00:00', end: '23:59' } });
  const c = composer('fb-comment');
  const page = await context.newPage();
  await c.open(page);
  await typeInto(page, c, CLEAN);
  await c.keyboardSubmit!(page);
  await expect(warning(page)).toContainText(/working hours/i);
  await postAnyway(page).click();
  await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ text: CLEAN })]);
});

test('ig-caption: a photo chosen in the create dialog brings the reminders at Share', async ({ context }) => {
  const c = composer('ig-caption');
  const page = await context.newPage();
  await page.goto(c.url);
  await page.locator('[data-fx=ig-create]').click();
  await page.locator('[role=dialog] input[type=file]').setInputFiles({ name: 'beach.jpg', mimeType: 'image/jpeg', buffer: jpeg(true) });
  await page.locator('[data-fx=ig-next]').click();
  await page.locator('[data-fx=ig-next]').click();
  await typeInto(page, c, CLEAN);
  await c.submit(page);
  await expect(warning(page)).toContainText(/consent/i);
  await expect(warning(page)).toContainText(/GPS/);
  await postAnyway(page).click();
  await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ composer: 'ig-caption', text: CLEAN, files: ['beach.jpg'] })]);
});
