// Contact boundaries fail open: with a fault injected at each point of our code that the contact
// paths go through, every befriend / follow / message action for a pupil goes through exactly once,
// with no dialog: every point on the pages as they are, every variant under one point. Uses the test build (fault hooks compiled in).
import { test, expect, testBuildDir } from './harness';
import { CONTACT_ACTIONS, PUPIL, RECORD } from '../scenarios/contacts';
import { act, configureContacts, CONTACT_VARIANTS, expectActedOnce, openFor, variantTitle } from './contact-helpers';

test.use({ extensionDir: testBuildDir() });
// One test-build Chromium per worker: the faults are set per page, storage is cleared between tests (harness.ts).
test.use({ shareBrowser: true });
test.beforeEach(async ({ sw }) => configureContacts(sw));

// 'scanner' is reached only by a message's send (the draft is read too); the others by every action.
const POINTS = ['intercept', 'adapter', 'ui', 'storage', 'scanner'] as const;

// Every point on the pages as they are, and each churned or translated variant under one point in turn:
// the fail-open path does not depend on the page's words, and 18 pages a run make each run long.
const [asIs, ...others] = CONTACT_VARIANTS;
const RUNS = [...POINTS.map((point) => ({ point, v: asIs! })), ...others.map((v, i) => ({ point: POINTS[i % 4]!, v }))];

for (const { point, v } of RUNS) {
  test(`fault in ${point} [${variantTitle(v)}]: every action for a pupil goes through once`, async ({ context }) => {
    test.setTimeout(120_000); // eighteen pages, each loaded, acted on and checked
    const page = await context.newPage();
    for (const a of CONTACT_ACTIONS.filter((x) => point !== 'scanner' || x.editor)) {
      await openFor(page, a, PUPIL, v);
      await page.evaluate((p) => { document.documentElement.dataset.tbypFault = p; }, point);
      await act(page, a, PUPIL);
      await expectActedOnce(page, a, PUPIL);
      await expect(page.getByRole('alertdialog'), a.id).toHaveCount(0);
    }
  });
}

test('the same pages without a fault do hold (the faults above are what let the actions through)', async ({ context }) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  for (const a of CONTACT_ACTIONS) {
    await openFor(page, a, PUPIL, { variant: 'as-is' });
    await act(page, a, PUPIL);
    await expect(page.getByRole('alertdialog'), a.id).toBeVisible();
    expect(await page.evaluate(RECORD), a.id).toBe('[]');
  }
});
