// Every property test (fast-check) runs from one seed per test file: random by default, so runs
// keep exploring, or FC_SEED=<n> to replay a failure exactly. A failing test prints the seed and
// the command to replay it (fast-check's own message adds the counterexample and its path).
import fc from 'fast-check';
import { relative } from 'node:path';
import { beforeEach, expect } from 'vitest';

const pinned = process.env.FC_SEED;
if (pinned !== undefined && !/^-?\d+$/.test(pinned)) throw new Error(`FC_SEED must be a whole number, not "${pinned}"`);
const seed = pinned !== undefined ? Number(pinned) : (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
fc.configureGlobal({ seed });

beforeEach(({ onTestFailed }) => {
  onTestFailed(() => {
    const file = relative(process.cwd(), expect.getState().testPath ?? '<test file>');
    console.error(`fast-check seed ${seed}${pinned !== undefined ? ' (from FC_SEED)' : ''}: replay with  FC_SEED=${seed} npx vitest run ${file}`);
  });
});
