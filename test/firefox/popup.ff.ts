// The toolbar popup in Firefox: the privacy checklist keeps its ticks, and "Pause for 1 hour" made
// there reaches the content script on Facebook. Firefox refuses automation's navigation to
// moz-extension://, so the test build opens popup.html as a tab itself (a hook compiled out of
// what ships); as the active tab it reports that it is not one of the three sites.
import { test, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { POST, posted, typeIntoComposer } from '../scenarios/scenarios';
import { firefoxBuild, launchFirefox, openExtensionPage } from './firefox';

const PUPIL = 'Amara Okonkwo';

const text = (p: Page, selector: string) => p.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);

test('the popup keeps checklist ticks and its pause reaches Facebook, in Firefox', async () => {
  const ff = await launchFirefox({ extensionDir: firefoxBuild('test'), managed: { schoolName: 'Green Lane Community School', pupilNames: [PUPIL] } });
  try {
    await ff.driver.goto('https://www.facebook.com/');
    const first = await openExtensionPage(ff, 'popup.html');
    await first.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.includes('not Facebook, X or Instagram'), { timeout: 15_000 });

    await first.click('#ck-facebook-posts');
    await first.waitForFunction(() => document.querySelector('#cl-list')?.textContent === 'Facebook: 1 of 8 checked');
    // Closed and opened again, as a popup is: the tick was stored, not just shown.
    await first.close();
    const popup = await openExtensionPage(ff, 'popup.html');
    await popup.waitForFunction(() => document.querySelector<HTMLInputElement>('#ck-facebook-posts')?.checked === true, { timeout: 15_000 });
    expect(await text(popup, '#ck-facebook-posts-d')).toContain('Checked on');

    await popup.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Pause for 1 hour'));
    await popup.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Pause for 1 hour')!.click());
    await popup.waitForFunction(() => document.querySelector('.pause')?.textContent?.includes('Paused until'));

    // Paused: a risky draft on Facebook goes out with no warning.
    await ff.page.bringToFront();
    await typeIntoComposer(ff.driver, `Proud of ${PUPIL} today`);
    await ff.driver.click(POST);
    await ff.page.waitForFunction(() => window.__fixture.posted.length === 1, { timeout: 5000 });
    expect((await posted(ff.driver)).map((p) => p.text)).toEqual([`Proud of ${PUPIL} today`]);
  } finally {
    await ff.close();
  }
  expect(ff.violations).toEqual([]);
});
