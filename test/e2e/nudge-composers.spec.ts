// Every composer on the three fixture sites: the warning appears before a risky post, the draft
// survives Edit and "Post anyway", clean drafts post untouched, and keyboard submit is caught too.
// Each runs in three variants of the pages: as-is, churned (renamed test ids, ids and classes,
// swapped button tags) and translated (Welsh, Polish or Arabic, test ids renamed too). Drafts are
// entered a line at a time (insertInto); typing them key by key is fixtures.spec.ts's subject.
import { test, expect } from './harness';
import { insertInto, LANGS, VARIANTS, posted, variantName, type PageVariant } from '../fixtures/composers';
import {
  CLEAN, configure, draft, editButton, expectPostedOnce, POST_COMPOSERS, postAnyway, PROFILE_CLEAN, PROFILE_COMPOSERS, PROFILE_RISKY, RISKY, warning,
} from './nudge-scenarios';

// One Chromium per worker: pages are closed and storage cleared between tests, the network audit
// still runs per test (harness.ts). Launching the browser was most of each test's time.
test.use({ shareBrowser: true });

/**
 * The variants a test runs in. Translated: each test takes one language, turning with the composer
 * and the test, so every language meets every site's post, comment/reply and message paths, and
 * every composer meets more than one language. (Every test in all three languages was 166 of the
 * suite's 857 tests, over five minutes of its twenty.)
 */
function variantsFor(v: PageVariant, composerIndex: number, testIndex: number): { open: { variant: PageVariant }; title: string }[] {
  const langs = v.variant !== 'translated' ? [undefined] : [LANGS[(composerIndex + testIndex) % LANGS.length]!];
  return langs.map((lang) => {
    const variant: PageVariant = lang ? { variant: v.variant, lang } : v;
    return { open: { variant }, title: v.variant === 'as-is' ? '' : ` [${variantName(variant)}]` };
  });
}

/**
 * Composers the site leaves open after a post (comments, chats, timelines; the dialogs close). The
 * risky-draft test goes on to post a clean draft in them, with every check of the clean-draft test,
 * so in the churned and translated pages that test (a page of its own each) is not run for them.
 * The pages as they are keep it: a clean draft as the first submit on a fresh page is its own case.
 */
const STAYS_OPEN = new Set(['fb-comment', 'fb-message', 'fb-chat-popup', 'x-home', 'x-reply', 'x-dm', 'x-chat', 'x-chat-drawer', 'ig-reel-comment', 'ig-comment', 'ig-dm']);

for (const v of VARIANTS) for (const [i, c] of POST_COMPOSERS.entries()) {
  test.describe(`${c.id}${v.variant === 'as-is' ? '' : ` [${v.variant}]`}`, () => {
    test.beforeEach(async ({ sw }) => configure(sw));

    for (const risky of variantsFor(v, i, 0)) test(`a risky draft is held with a warning; Edit keeps it; Post anyway posts it once${risky.title}`, async ({ context }) => {
      const page = await context.newPage();
      await c.open(page, risky.open);
      await insertInto(page, c, RISKY);
      await c.submit(page);
      await expect(warning(page)).toBeVisible();
      await expect(warning(page)).toContainText('Amelia Hart');
      await expect(warning(page)).toContainText(/whole world/);
      expect(await posted(page)).toEqual([]);

      await editButton(page).click();
      await expect(warning(page)).toHaveCount(0);
      await expect(c.editor(page)).toBeFocused();
      // The caret is back where it was: typing carries on at the end of the draft.
      await page.keyboard.type('!');
      expect(await posted(page)).toEqual([]);

      await c.submit(page);
      await postAnyway(page).click();
      await expect(warning(page)).toHaveCount(0);
      await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ composer: c.id, text: `${RISKY}!` })]);
      await expectPostedOnce(page, c);

      // Where the composer stays open, it keeps working normally for the next post: a clean draft
      // posts with no warning.
      if (STAYS_OPEN.has(c.id)) await expect(c.editor(page)).toBeVisible();
      if (await c.editor(page).isVisible()) {
        await insertInto(page, c, CLEAN);
        await c.submit(page);
        await expect.poll(async () => (await posted(page)).map((p) => p.text)).toEqual([`${RISKY}!`, CLEAN]);
        expect((await posted(page))[1]).toEqual(expect.objectContaining({ composer: c.id, text: CLEAN }));
        await expect(warning(page)).toHaveCount(0);
      }
    });

    if (v.variant === 'as-is' || !STAYS_OPEN.has(c.id)) for (const clean of variantsFor(v, i, 1)) test(`a clean draft posts with no warning${clean.title}`, async ({ context }) => {
      const page = await context.newPage();
      await c.open(page, clean.open);
      await insertInto(page, c, CLEAN);
      await c.submit(page);
      await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ composer: c.id, text: CLEAN })]);
      await expect(warning(page)).toHaveCount(0);
    });

    // One page for the keyboard's two answers to the warning, in the order a person meets them:
    // Escape first (it means Edit, so the draft is still there to send), then Tab + Enter on Post
    // anyway. Two tests with a page each until session 8; every check of both is here.
    if (c.keyboardSubmit) {
      for (const kb of variantsFor(v, i, 2)) test(`keyboard submit is held too: Escape means Edit (the draft stays, the key press never reached the site), and Post anyway sends it once${kb.title}`, async ({ context }) => {
        const page = await context.newPage();
        await c.open(page, kb.open);
        await insertInto(page, c, RISKY);
        await c.keyboardSubmit!(page);
        await expect(warning(page)).toBeVisible();
        await expect(editButton(page)).toBeFocused();
        expect(await posted(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(warning(page)).toHaveCount(0);
        await expect(c.editor(page)).toBeFocused();
        expect((await draft(page, c)).trim()).toBe(RISKY);
        expect(await posted(page)).toEqual([]);

        await c.keyboardSubmit!(page);
        await expect(warning(page)).toBeVisible();
        await expect(editButton(page)).toBeFocused();
        expect(await posted(page)).toEqual([]);
        await page.keyboard.press('Tab');
        await expect(postAnyway(page)).toBeFocused();
        await page.keyboard.press('Enter');
        await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ composer: c.id, text: RISKY })]);
        await expectPostedOnce(page, c);
      });
    }
  });
}

for (const v of VARIANTS) for (const [i, c] of PROFILE_COMPOSERS.entries()) {
  test.describe(`${c.id}${v.variant === 'as-is' ? '' : ` [${v.variant}]`}`, () => {
    test.beforeEach(async ({ sw }) => configure(sw));

    for (const risky of variantsFor(v, i, 0)) test(`saving a profile that names the school or a teaching job is held; Post anyway saves once${risky.title}`, async ({ context }) => {
      const page = await context.newPage();
      await c.open(page, risky.open);
      await insertInto(page, c, PROFILE_RISKY[c.id]!);
      await c.submit(page);
      await expect(warning(page)).toBeVisible();
      await expect(warning(page)).toContainText('profile');
      expect(await posted(page)).toEqual([]);
      await postAnyway(page).click();
      await expect.poll(async () => (await posted(page)).length).toBe(1);
      const [saved] = await posted(page);
      expect(JSON.stringify(saved)).toContain(PROFILE_RISKY[c.id]!);
    });

    for (const clean of variantsFor(v, i, 1)) test(`a profile with nothing about work saves with no warning${clean.title}`, async ({ context }) => {
      const page = await context.newPage();
      await c.open(page, clean.open);
      await insertInto(page, c, PROFILE_CLEAN);
      await c.submit(page);
      await expect.poll(async () => (await posted(page)).length).toBe(1);
      await expect(warning(page)).toHaveCount(0);
    });
  });
}
