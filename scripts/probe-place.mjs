// `node scripts/probe-place.mjs [--list] [--file PATH]`: scores the location, absence and trip rules on the probes
// in test/probes/place.ts (drafts written for session 4, not from any corpus): recall on the
// positives, false alarms on the negatives. --list prints each miss and false alarm.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// --file PATH scores another probe file of the same shape (session 6's: test/probes/place-s6.ts).
const fileAt = process.argv.indexOf('--file');
const file = fileAt > 0 ? process.argv[fileAt + 1] : 'test/probes/place.ts';
const out = join(root, '.tmp', 'probe', 'probe.mjs');
await mkdir(dirname(out), { recursive: true });
await build({
  stdin: { contents: `export { PROBES } from './${file}'; export { createScanner } from './src/core/index.ts'; export { SCHOOL_CONFIG } from './src/core/testing.ts';`, resolveDir: root, loader: 'ts' },
  bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning',
  // testing.ts imports vitest for ruleTester; only its config is wanted here.
  plugins: [{ name: 'no-vitest', setup: (b) => { b.onResolve({ filter: /^vitest$/ }, () => ({ path: 'vitest', namespace: 'stub' })); b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const describe = () => {}, it = () => {}, expect = () => {};' })); } }],
});
const { PROBES, createScanner, SCHOOL_CONFIG } = await import(pathToFileURL(out).href);
const scanner = createScanner(SCHOOL_CONFIG);
const list = process.argv.includes('--list');
for (const [rule, { pos, neg }] of Object.entries(PROBES)) {
  const hit = (t) => scanner.scan(t).filter((f) => f.rule === rule).map((f) => t.slice(f.start, f.end));
  const misses = pos.filter((t) => !hit(t).length);
  const alarms = neg.map((t) => [t, hit(t)]).filter(([, h]) => h.length);
  console.log(`${rule.padEnd(9)} recall ${pos.length - misses.length}/${pos.length}  false alarms ${alarms.length}/${neg.length}`);
  if (list) {
    for (const t of misses) console.log(`   miss  ${t}`);
    for (const [t, h] of alarms) console.log(`   alarm ${t}  ← ${JSON.stringify(h)}`);
  }
}
