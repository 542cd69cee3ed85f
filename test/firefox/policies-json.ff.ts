// The Firefox route of `npm run policy`, read by Firefox itself: the generated policies.json's
// 3rdparty section reaches the extension's managed storage, so the school's details show as locked.
// Runs only through `npm run test:policy`, which bind-mounts a temporary folder over Firefox's
// distribution folder in a private mount namespace (the machine's own folder is never written).
const DIST = process.env.TBYP_FIREFOX_DIST_DIR;
test.skip(!DIST, 'needs the private distribution folder: run `npm run test:policy`');
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { firefoxBuild, launchFirefox, optionsState, GECKO_ID } from './firefox';
// @ts-expect-error plain ESM script without types
import { generate } from '../../scripts/policy.mjs';

test('firefox/policies.json from npm run policy reaches the extension in Firefox', async () => {
  const { problems, files } = await generate({
    policy: { schoolName: 'Green Lane Community School', pupilNames: ['Siân Jones', 'Zoë Smith', 'Seán O’Brien'], workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '08:30', end: '15:30' }, locked: ['schoolName', 'pupilNames'] },
    firefoxId: GECKO_ID,
  });
  expect(problems).toEqual([]);
  const generated = JSON.parse(files['firefox/policies.json']);
  // The extension is installed by the test, not fetched from the (placeholder) install_url, which
  // would be a request to the outside world.
  delete generated.policies.ExtensionSettings;
  writeFileSync(join(DIST!, 'policies.json'), JSON.stringify(generated));
  const ff = await launchFirefox({ extensionDir: firefoxBuild('test') });
  try {
    const state = await optionsState(ff);
    expect(state).toMatchObject({ name: 'Green Lane Community School', disabled: true, pupils: '3 names' });
  } finally {
    await ff.close();
  }
  expect(ff.violations).toEqual([]);
});
