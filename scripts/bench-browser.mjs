// `npm run bench:browser`: the engine benchmark inside the browsers the extension ships to (Debian's
// Chromium and Firefox ESR, headless, on about:blank), because their JavaScript and RegExp engines
// are not Node's: the naive baseline in particular runs several times faster in them. Same lists,
// drafts and baseline as the Node run (bench-drafts.mjs); wall-clock figures, printed, not asserted.
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { f } from './bench-drafts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

const bundle = (await build({
  entryPoints: [join(root, 'scripts/bench-page.mjs')], bundle: true, format: 'iife', write: false, logLevel: 'warning',
})).outputFiles[0].text;

async function inChromium() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // This machine has no network: without these Chromium keeps trying to reach Google's hosts.
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.evaluate(bundle);
    return { name: `Chromium ${browser.version()}`, r: await page.evaluate(() => globalThis.tbypEngineBench()) };
  } finally {
    await browser.close();
  }
}

async function inFirefox() {
  const home = mkdtempSync(join(tmpdir(), 'tbyp-bench-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true,
    env: { ...process.env, HOME: home, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  });
  try {
    const page = await browser.newPage();
    await page.evaluate(bundle);
    return { name: `Firefox ${(await browser.version()).replace(/^firefox\//i, '')}`, r: await page.evaluate(() => globalThis.tbypEngineBench()) };
  } finally {
    await browser.close();
    rmSync(home, { recursive: true, force: true });
  }
}


console.log('== Detection engine inside the browsers (2,000 names, wall-clock mean per scan, fastest of 5 batches of ≥ 50 ms) ==');
console.log('  browser                      chars      engine    baseline   ratio');
const runs = [];
for (const [path, run] of [[CHROMIUM, inChromium], [FIREFOX, inFirefox]]) {
  if (!existsSync(path)) {
    console.log(`  (skipped: no browser at ${path})`);
    continue;
  }
  const { name, r } = await run();
  runs.push({ name, r });
  for (const row of r.rows) console.log(`  ${name.padEnd(27)} ${String(row.len).padStart(6)}  ${f(row.engine)}  ${f(row.base)}  ${(row.base / row.engine).toFixed(2).padStart(5)}×`);
}
for (const { name, r } of runs) {
  const long = r.rows.find((x) => x.len === 20000);
  const ratio = long.base / long.engine;
  console.log(`\n${name}:`);
  console.log(`  compile 2,000 names ${r.compile.toFixed(1)} ms; 280-char scan ${f(r.rows[0].engine).trim()}`);
  console.log(`  ≥ 5× faster than baseline at 20,000 chars: ${ratio.toFixed(2)}× — ${ratio >= 5 ? 'met' : 'MISSED'}`);
  console.log(`  for scale: 5× would leave ${f(long.base / 5).trim()} per scan; a bare pass that only reads the draft and looks each word up once costs ${f(r.bare).trim()}`);
  console.log(`  flat in names: 20,000-char draft, 200 vs 20,000 names: ${f(r.flat.small).trim()} vs ${f(r.flat.big).trim()} (${(r.flat.big / r.flat.small).toFixed(2)}×)`);
}
