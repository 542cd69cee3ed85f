// The shared scenarios (test/scenarios/) in Firefox. Settings reach the extension as a managed
// policy file, the way IT deploys them, so every scenario here also proves managed storage works.
import { test, expect } from '@playwright/test';
import { scenarios } from '../scenarios/scenarios';
import { firefoxBuild, launchFirefox, GECKO_ID } from './firefox';

for (const s of scenarios) {
  test(s.name, async () => {
    const ff = await launchFirefox({ extensionDir: firefoxBuild(s.build ?? 'prod'), managed: s.settings });
    try {
      expect(ff.addonId).toBe(GECKO_ID);
      await s.run(ff.driver);
    } finally {
      await ff.close();
    }
    expect(ff.violations, 'requests to anything but the fixture pages').toEqual([]);
  });
}
