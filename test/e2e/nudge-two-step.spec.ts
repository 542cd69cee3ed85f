// A composer in two steps (a Facebook Page: Next → "Post settings" → Post). By the time "Post" is
// pressed the editor has left the page, so the draft must be remembered from the moment of "Next".
import { test, expect } from './harness';
import { FB_PAGE_POST as c, fx, posted, typeInto } from '../fixtures/composers';
import { CLEAN, configure, editButton, postAnyway, RISKY, warning } from './nudge-scenarios';

// One Chromium per worker (harness.ts): pages closed and storage cleared between tests, the network audit per test and between tests.
test.use({ shareBrowser: true });

test.beforeEach(async ({ sw }) => configure(sw));

test('a risky draft is held at the second step; Back brings it back intact; Post anyway posts it once', async ({ context }) => {
  const page = await context.newPage();
  await c.open(page);
  await typeInto(page, c, RISKY);
  await c.next(page);
  // "Next" is not a post: no warning yet, and the editor is gone from the page.
  await expect(page.getByRole('dialog', { name: 'Post settings' })).toBeVisible();
  await expect(c.editor(page)).toHaveCount(0);
  await expect(warning(page)).toHaveCount(0);

  await c.post(page);
  await expect(warning(page)).toBeVisible();
  await expect(warning(page)).toContainText('Amelia Hart');
  expect(await posted(page)).toEqual([]);

  await editButton(page).click();
  await expect(warning(page)).toHaveCount(0);
  expect(await posted(page)).toEqual([]);
  await fx(page, 'fb-page-back').click();
  await expect(c.editor(page)).toHaveText(RISKY);

  await c.next(page);
  await c.post(page);
  await postAnyway(page).click();
  await expect(warning(page)).toHaveCount(0);
  await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ composer: c.id, text: RISKY })]);
  await page.waitForTimeout(300);
  expect(await posted(page)).toHaveLength(1);
});

test('Enter on the focused Post button at the second step is held too; Escape gives focus back to that button', async ({ context }) => {
  const page = await context.newPage();
  await c.open(page);
  await typeInto(page, c, RISKY);
  await c.next(page);
  await expect(fx(page, 'fb-page-post')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(warning(page)).toBeVisible();
  expect(await posted(page)).toEqual([]);
  // Escape is Edit: with no editor on screen, focus goes back to the Post button.
  await page.keyboard.press('Escape');
  await expect(warning(page)).toHaveCount(0);
  await expect(fx(page, 'fb-page-post')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(warning(page)).toBeVisible();
  await postAnyway(page).click();
  await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ composer: c.id, text: RISKY })]);
});

test('a clean draft posts at the second step with no warning', async ({ context }) => {
  const page = await context.newPage();
  await c.open(page);
  await typeInto(page, c, CLEAN);
  await c.submit(page);
  await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ composer: c.id, text: CLEAN })]);
  await expect(warning(page)).toHaveCount(0);
});

test('after a risky draft is given up at the second step, the next clean post goes out with no warning', async ({ context }) => {
  const page = await context.newPage();
  await c.open(page);
  await typeInto(page, c, RISKY);
  await c.next(page);
  await page.getByRole('dialog', { name: 'Post settings' }).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await fx(page, 'fb-page-open-composer').click();
  await typeInto(page, c, CLEAN);
  await c.submit(page);
  await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ composer: c.id, text: CLEAN })]);
  await expect(warning(page)).toHaveCount(0);
});

test('the remembered draft does not speak for a Post button in another dialog', async ({ context }) => {
  const page = await context.newPage();
  await c.open(page);
  await typeInto(page, c, RISKY);
  await c.next(page);
  await expect(page.getByRole('dialog', { name: 'Post settings' })).toBeVisible();
  // Another dialog of the site's, with a Post button and no editor, while Post settings is still open.
  await page.evaluate(() => {
    const other = document.createElement('div');
    other.setAttribute('role', 'dialog');
    other.setAttribute('aria-label', 'Share to a group');
    other.style.cssText = 'position:fixed;top:8px;left:8px;z-index:20;background:#fff;padding:8px';
    const post = document.createElement('div');
    post.setAttribute('role', 'button');
    post.setAttribute('aria-label', 'Post');
    post.tabIndex = 0;
    post.textContent = 'Post';
    post.addEventListener('click', () => window.__fixture.posted.push({ composer: 'other-dialog', text: '' }));
    other.append(post);
    document.body.append(other);
  });
  await page.getByRole('dialog', { name: 'Share to a group' }).getByRole('button', { name: 'Post' }).click();
  await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ composer: 'other-dialog' })]);
  await expect(warning(page)).toHaveCount(0);
});
