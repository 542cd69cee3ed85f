// `node scripts/bench-compare.mjs [--base REF|DIR] [--check] [--rounds N]`: the engine of this
// checkout against another one (a git ref, `main` by default, or a directory holding src/core), in
// one process. The two are measured in alternating rounds and the medians of the rounds printed, so
// the machine's load (shared, busy) weighs on both alike; two separate `npm run bench` runs minutes
// apart cannot show a 10 % change on such a machine.
//
// --check compares findings instead (rule, start, end of every finding): the first corpus, the v2
// dev split and random drafts built like the property tests' (engine.test.ts). The v2 test split
// is held out and never read here. Exits 1 on any difference.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { draft, names, SCHOOL } from './bench-drafts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const baseArg = arg('--base', 'main');
const rounds = Number(arg('--rounds', 15));
const tmp = join(root, '.tmp', 'bench-compare');
mkdirSync(tmp, { recursive: true });

/** Folder whose src/core/index.ts is the base engine: a directory as given, or a ref's tree. */
function baseDir() {
  if (existsSync(join(baseArg, 'src', 'core', 'index.ts'))) return resolve(baseArg);
  const sha = execFileSync('git', ['rev-parse', '--verify', `${baseArg}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const dir = join(tmp, sha);
  if (!existsSync(join(dir, 'src', 'core', 'index.ts'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${sha} src | tar -x -C "${dir}"`], { cwd: root });
  }
  return dir;
}

async function engine(dir, name) {
  const outfile = join(tmp, `${name}.mjs`);
  await build({ entryPoints: [join(dir, 'src/core/index.ts')], bundle: true, platform: 'neutral', format: 'esm', outfile, logLevel: 'warning' });
  return import(pathToFileURL(outfile).href + `?${Date.now()}`);
}

const base = await engine(baseDir(), 'base');
const head = await engine(root, 'head');

if (process.argv.includes('--check')) {
  const key = (fs) => fs.map((f) => `${f.rule}:${f.start}-${f.end}`).join(' ');
  let checked = 0;
  let differ = 0;
  const compare = (label, config, texts) => {
    const a = base.createScanner(config);
    const b = head.createScanner(config);
    let n = 0;
    for (const [where, text] of texts) {
      const x = key(a.scan(text));
      const y = key(b.scan(text));
      n++;
      if (x !== y) {
        if (++differ <= 20) console.log(`DIFFERS ${where}\n  base: ${x}\n  head: ${y}`);
      }
    }
    checked += n;
    console.log(`${label}: ${n} drafts compared`);
  };
  // The corpus loader eval uses (labels are ignored here); only the dev split of v2 is loaded.
  const evalOut = join(tmp, 'evaluate.mjs');
  await build({ entryPoints: [join(root, 'test/corpus/evaluate.ts')], bundle: true, platform: 'node', format: 'esm', outfile: evalOut, logLevel: 'warning' });
  const { loadCorpus, loadSplit } = await import(pathToFileURL(evalOut).href);
  const asTexts = (ds) => ds.map((d) => [`${d.file}:${d.line}`, d.text]);
  const first = loadCorpus(join(root, 'test/corpus'));
  const dev = loadSplit(join(root, 'test/corpus/v2'), 'dev');
  const old = first.config;
  const v2 = dev.config;
  compare('first corpus', old, asTexts(first.drafts));
  compare('v2 dev split', v2, asTexts(dev.drafts.filter((d) => !d.config)));
  // A file about another school is also compared with that school's lists.
  for (const file of new Set(dev.drafts.filter((d) => d.config).map((d) => d.file))) {
    const own = dev.drafts.filter((d) => d.file === file);
    compare(`v2 dev ${file} (its own school)`, own[0].config, asTexts(own));
  }
  // As engine.test.ts builds its random drafts, from a fixed seed so runs repeat.
  const pieces = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('Ellie', 'Smith', 'Zoë', 'Green Lane', '#', '@', '\u200b', '\u0308', '😀', '07700 900123', 'ME15 6LS', 'school trip', ' ', '\n', "'s", 'ß', 'İ', '\ud83d', '\ude00'),
  );
  const random = fc.sample(fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')), { numRuns: 20000, seed: 12 });
  compare('random drafts (property-test style)', old, random.map((t, i) => [`random #${i}`, t]));
  // Random sentences from the first corpus and the dev split glued together: long drafts, many rules at once.
  let s = 7;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
  const pool = [...first.drafts, ...dev.drafts].map((d) => d.text);
  const glued = Array.from({ length: 300 }, (_, i) => [`glued #${i}`, Array.from({ length: 2 + Math.floor(rnd() * 40) }, () => pool[Math.floor(rnd() * pool.length)]).join(rnd() < 0.5 ? ' ' : '\n')]);
  compare('glued corpus drafts (v2 config)', v2, glued);
  compare('glued corpus drafts (first config)', old, glued);
  const list = names(2000);
  compare('bench drafts (2,000 names)', { schoolNames: SCHOOL, pupilNames: list }, [280, 2000, 20000].flatMap((len) => Array.from({ length: 20 }, (_, i) => [`bench ${len} #${i}`, draft(len, list)])));
  console.log(differ ? `\n${differ} of ${checked} drafts differ` : `\nAll ${checked} drafts: identical findings`);
  process.exit(differ ? 1 : 0);
}

// CPU time, not wall-clock: on a shared machine wall-clock time mostly measures other people's work.
function cpu(fn) {
  const c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return d.user + d.system;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const list = names(2000);
const config = { schoolNames: SCHOOL, pupilNames: list };
const texts = { 280: Array.from({ length: 20 }, () => draft(280, list)), 20000: Array.from({ length: 20 }, () => draft(20000, list)) };
const batch = { 280: 4000, 20000: 60 };
const engines = { base, head };
const scanners = { base: base.createScanner(config), head: head.createScanner(config) };
const figures = { base: { compile: [], 280: [], 20000: [] }, head: { compile: [], 280: [], 20000: [] } };

// Warm both up before the first timed round.
for (const k of ['base', 'head']) for (const len of [280, 20000]) for (let i = 0; i < batch[len]; i++) scanners[k].scan(texts[len][i % 20]);

console.log(`Base ${baseArg} vs this checkout; 2,000 names; ${rounds} alternating rounds; load average ${loadavg()[0].toFixed(1)} at start.`);
for (let r = 0; r < rounds; r++) {
  for (const k of r % 2 ? ['head', 'base'] : ['base', 'head']) {
    figures[k].compile.push(cpu(() => engines[k].createScanner(config)) / 1000);
    for (const len of [280, 20000]) {
      const sc = scanners[k];
      const t = texts[len];
      figures[k][len].push(cpu(() => { for (let i = 0; i < batch[len]; i++) sc.scan(t[i % 20]); }) / batch[len]);
    }
  }
}
const fmt = (us) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`).padStart(9);
console.log('CPU time, median of the rounds:      base       head   head ÷ base');
for (const [label, k, unit] of [['compile (ms)', 'compile', 1000], ['280-char scan', 280, 1], ['20,000-char scan', 20000, 1]]) {
  const b = median(figures.base[k]) * unit;
  const h = median(figures.head[k]) * unit;
  console.log(`  ${label.padEnd(30)} ${fmt(b)}  ${fmt(h)}  ${(h / b).toFixed(2).padStart(8)}`);
}
console.log(`Load average ${loadavg()[0].toFixed(1)} at the end.`);
