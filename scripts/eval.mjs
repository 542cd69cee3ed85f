// `npm run eval`: scores the detection engine against the labelled corpus in test/corpus and lists
// every miss and false alarm. Exits 1 when a rule is below its target.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.tmp', 'eval', 'evaluate.mjs');
await mkdir(dirname(out), { recursive: true });
await build({
  stdin: { contents: "export * from './test/corpus/evaluate.ts'; export { createScanner } from './src/core/index.ts';", resolveDir: root, loader: 'ts' },
  bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning',
});
const { createScanner, loadCorpus, evaluate, shortfalls } = await import(pathToFileURL(out).href);

const { config, drafts } = loadCorpus(join(root, 'test', 'corpus'));
const report = evaluate(createScanner(config), drafts);
const pct = (x) => (x * 100).toFixed(1).padStart(6) + '%';
const show = (t) => JSON.stringify(t.length > 110 ? t.slice(0, 107) + '…' : t);

console.log(`Corpus: ${report.drafts} drafts, ${report.clean} clean (${pct(report.clean / report.drafts).trim()})\n`);
console.log('rule        labelled  flagged   recall  precision  false alarms on clean   target');
let failed = false;
for (const s of report.scores) {
  const short = shortfalls(s);
  if (short.length) failed = true;
  console.log(
    `${s.rule.padEnd(11)} ${String(s.labelled).padStart(8)} ${String(s.flagged).padStart(8)} ${pct(s.recall)} ${pct(s.precision).padStart(10)} ${`${s.cleanAlarms} (${pct(s.cleanAlarmRate).trim()})`.padStart(22)}   ${short.length ? 'MISSED: ' + short.join('; ') : 'met'}`,
  );
}
console.log(`\nMisses (${report.misses.length}):`);
for (const m of report.misses) console.log(`  ${m.rule.padEnd(10)} line ${String(m.draft.line).padStart(3)}  ${show(m.draft.text)}`);
console.log(`\nFalse alarms (${report.falseAlarms.length}):`);
for (const f of report.falseAlarms) console.log(`  ${f.rule.padEnd(10)} line ${String(f.draft.line).padStart(3)}  ${show(f.draft.text)}  ← ${f.matched.map((x) => JSON.stringify(x)).join(', ')}`);
console.log(failed ? '\nSome targets are not met.' : '\nAll targets met.');
process.exit(failed ? 1 : 0);
