// "How to erase" in docs/privacy.md, checked: after Options → Erase everything, nothing the person
// or the extension stored is left in the browser, and the pupil list no longer has any effect.
import { test, expect as baseExpect } from './harness';
import { composer, posted, typeInto } from '../fixtures/composers';

// One Chromium per worker (harness.ts): pages closed and storage cleared between tests, the network audit per test and between tests.
test.use({ shareBrowser: true });

const expect = baseExpect.configure({ timeout: 15_000 });
const PUPIL = 'Amara Okonkwo';

test('Erase everything leaves nothing in storage and stops warnings about the erased names', async ({ context, sw, extensionId }) => {
  await sw.evaluate((p) => chrome.storage.local.set({
    settings: { version: 2, schoolName: 'Green Lane Community School', pupilNames: [p], parentNames: ['Jane Porter'], staffNames: ['Jo Bloggs'] },
    checklist: { 'facebook:audience': Date.now() },
  }), PUPIL);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: 'Erase everything…' }).click();
  await options.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect.poll(() => sw.evaluate(() => chrome.storage.local.get(null))).toEqual({});

  const page = await context.newPage();
  const fbPost = composer('fb-post');
  await fbPost.open(page);
  await typeInto(page, fbPost, `Well done ${PUPIL}`);
  await page.waitForTimeout(300);
  await fbPost.submit(page);
  await expect.poll(async () => (await posted(page)).map((p) => p.text)).toEqual([`Well done ${PUPIL}`]);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
