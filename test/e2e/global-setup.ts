import { buildAll } from '../../scripts/build.mjs';

// Every e2e run tests what ships: a fresh production build, plus the test build used only by
// fault-injection specs.
export default async function globalSetup() {
  await buildAll({ minify: true });
  await buildAll({ minify: true, testHooks: true });
}
