// The options page in Firefox, under a school policy: locked fields are shown as set by IT and
// cannot be changed. Firefox refuses automation's navigation to moz-extension://, so the test build
// opens the page itself (a hook compiled out of what ships) and the test drives that tab.
import { test, expect } from '@playwright/test';
import { firefoxBuild, launchFirefox, optionsState } from './firefox';

test('the school policy shows as locked on the options page in Firefox', async () => {
  const ff = await launchFirefox({
    extensionDir: firefoxBuild('test'),
    managed: { schoolName: 'Green Lane Community School', pupilNames: ['Amara Okonkwo', 'Noah Patel'], locked: ['schoolName', 'pupilNames'] },
  });
  try {
    const state = await optionsState(ff);
    expect(state).toEqual({
      name: 'Green Lane Community School',
      disabled: true,
      tag: expect.stringContaining("Set by your school's IT"),
      pupils: '2 names',
      pupilsLocked: expect.stringContaining("Your school's IT looks after this list"),
    });
  } finally {
    await ff.close();
  }
  expect(ff.violations).toEqual([]);
});
