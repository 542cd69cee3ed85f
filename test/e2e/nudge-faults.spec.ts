// Fail open: with a fault injected at each point of our code, the site's own submit goes through
// exactly once with the draft intact, by click and by keyboard. Uses the test build (fault hooks).
import { test, expect, testBuildDir } from './harness';
import { composer, posted, typeInto } from '../fixtures/composers';
import { configure, expectPostedOnce, RISKY, warning } from './nudge-scenarios';

test.use({ extensionDir: testBuildDir() });
// One Chromium per worker (harness.ts): pages closed and storage cleared between tests, the network audit per test and between tests.
test.use({ shareBrowser: true });
test.beforeEach(async ({ sw }) => configure(sw));

const POINTS = ['scanner', 'adapter', 'ui', 'storage', 'intercept'] as const;
const PATHS = [
  { id: 'x-home', how: 'click' },
  { id: 'fb-comment', how: 'keyboard' },
] as const;

for (const point of POINTS) {
  for (const { id, how } of PATHS) {
    test(`fault in ${point}: ${id} still posts once by ${how}`, async ({ context }) => {
      const c = composer(id);
      const page = await context.newPage();
      await c.open(page);
      await page.evaluate((p) => { document.documentElement.dataset.tbypFault = p; }, point);
      await typeInto(page, c, RISKY);
      if (how === 'click') await c.submit(page); else await c.keyboardSubmit!(page);
      await expect.poll(() => posted(page)).toEqual([expect.objectContaining({ composer: id, text: RISKY })]);
      await expectPostedOnce(page, c);
      await expect(warning(page)).toHaveCount(0);
    });
  }
}

test('the same page without a fault does warn (the faults above are what let the posts through)', async ({ context }) => {
  const c = composer('x-home');
  const page = await context.newPage();
  await c.open(page);
  await typeInto(page, c, RISKY);
  await c.submit(page);
  await expect(warning(page)).toBeVisible();
  expect(await posted(page)).toEqual([]);
});
