// The shared scenarios (test/scenarios/) in Firefox. Settings reach the extension as a managed
// policy file, the way IT deploys them, so every scenario here also proves managed storage works.
import { test, expect } from '@playwright/test';
import { scenarios } from '../scenarios/scenarios';
import { firefoxBuild, launchFirefox, GECKO_ID } from './firefox';
import { LANGS, variantName, type PageVariant } from '../fixtures/composers';

// Each scenario as-is, then on the translated pages (the language turns with the scenario).
const runs = scenarios.flatMap((s, i) => [
  { s, variant: undefined as PageVariant | undefined },
  { s, variant: { variant: 'translated', lang: LANGS[i % LANGS.length]! } satisfies PageVariant },
]);

for (const { s, variant } of runs) {
  test(`${s.name}${variant ? ` [${variantName(variant)}]` : ''}`, async () => {
    if (s.timeoutMs) test.setTimeout(s.timeoutMs);
    const ff = await launchFirefox({ extensionDir: firefoxBuild(s.build ?? 'prod'), managed: s.settings, variant });
    try {
      expect(ff.addonId).toBe(GECKO_ID);
      await s.run(ff.driver);
    } finally {
      await ff.close();
    }
    expect(ff.violations, 'requests to anything but the fixture pages').toEqual([]);
  });
}
