// The shared scenarios (test/scenarios/) in Firefox. Settings reach the extension as a managed
// policy file, the way IT deploys them, so every scenario here also proves managed storage works.
// Scenarios that need the same policy and build share one Firefox, each in a fresh tab: launching
// Firefox was most of each scenario's time (38 launches, about 5 minutes of the suite).
import { test, expect } from '@playwright/test';
import { scenarios, type Scenario } from '../scenarios/scenarios';
import { firefoxBuild, launchFirefox, GECKO_ID, type FirefoxRun } from './firefox';
import { LANGS, variantName, type PageVariant } from '../fixtures/composers';

// Each scenario as-is, then on the translated pages (the language turns with the scenario).
const runs = scenarios.flatMap((s, i) => [
  { s, variant: undefined as PageVariant | undefined },
  { s, variant: { variant: 'translated', lang: LANGS[i % LANGS.length]! } satisfies PageVariant },
]);

const groupKey = (s: Scenario) => JSON.stringify([s.build ?? 'prod', s.settings]);
const groups = new Map<string, typeof runs>();
for (const r of runs) groups.set(groupKey(r.s), [...(groups.get(groupKey(r.s)) ?? []), r]);

for (const [key, members] of groups) {
  test.describe(`policy ${[...groups.keys()].indexOf(key) + 1}`, () => {
    // One worker runs a group in order, so it needs one browser; other groups run in parallel.
    test.describe.configure({ mode: 'default' });
    let ff: FirefoxRun | undefined;
    const [first] = members;

    test.beforeAll(async () => {
      ff = await launchFirefox({ extensionDir: firefoxBuild(first!.s.build ?? 'prod'), managed: first!.s.settings });
    });
    test.afterAll(async () => {
      await ff?.close();
    });

    for (const { s, variant } of members) {
      test(`${s.name}${variant ? ` [${variantName(variant)}]` : ''}`, async () => {
        if (s.timeoutMs) test.setTimeout(s.timeoutMs);
        expect(ff!.addonId).toBe(GECKO_ID);
        const before = { page: ff!.violations.length, proxy: ff!.proxyViolations().length };
        const { driver } = await ff!.freshTab(variant);
        await s.run(driver);
        expect(ff!.violations.slice(before.page), 'requests to anything but the fixture pages').toEqual([]);
        expect(ff!.proxyViolations().slice(before.proxy), 'requests the browser sent for the extension').toEqual([]);
      });
    }
  });
}
