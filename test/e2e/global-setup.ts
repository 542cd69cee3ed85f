import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildAll } from '../../scripts/build.mjs';

// Every e2e run tests what ships: a fresh production build, plus the test build (fault hooks
// compiled in) used only by fault-injection specs. Each run builds into its own folder so parallel
// runs (and a developer's `npm run build`) never swap files under a running browser.
export default async function globalSetup() {
  mkdirSync(resolve('.tmp'), { recursive: true });
  const dir = mkdtempSync(join(resolve('.tmp'), 'e2e-'));
  await buildAll({ minify: true, outDir: join(dir, 'prod') });
  await buildAll({ minify: true, testHooks: true, outDir: join(dir, 'test') });
  process.env.TBYP_EXT_DIR = join(dir, 'prod', 'chrome');
  process.env.TBYP_EXT_TEST_DIR = join(dir, 'test', 'chrome');
  process.env.TBYP_BUILD_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
