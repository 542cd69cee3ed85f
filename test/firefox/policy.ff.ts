// Firefox reads the school's policy from managed storage with no schema check of its own, so wrong
// types reach the extension: they must be dropped field by field while the rest still applies.
import { test, expect } from '@playwright/test';
import { inShadows, waitFor } from '../scenarios/driver';
import { typeIntoComposer } from '../scenarios/scenarios';
import { firefoxBuild, launchFirefox } from './firefox';

test('a policy with mistakes still applies its good fields in Firefox', async () => {
  const ff = await launchFirefox({
    extensionDir: firefoxBuild('prod'),
    managed: {
      schoolName: 'Green Lane Community School',
      schoolAliases: 'GLCS', // should be a list
      pupilNames: ['Amara Okonkwo', 42],
      schoolDomain: '',
      favouriteColour: 'blue',
      rules: { pupil: 'yes' },
      locked: ['schoolName', 'nope'],
    },
  });
  try {
    const d = ff.driver;
    await typeIntoComposer(d, 'Lovely afternoon with Amara Okonkwo');
    const label = await waitFor<string>(d, `${inShadows('button.badge')}[0]?.getAttribute('aria-label')`, 'the badge');
    expect(label).toMatch(/^\d+ things? to check before posting$/);
  } finally {
    await ff.close();
  }
  expect(ff.violations).toEqual([]);
});
