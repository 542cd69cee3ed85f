// Typing cost of the content script in real Chromium: type 400 characters into the X and Facebook
// fixture composers with and without the extension, and print the ratio (target ≤ 1.10); then the
// longest the page's main thread is held after a page load with a 50,000-name list, with and without it.
// Figures per site: wall time to type (keyboard events through the browser, no delay), the page's
// main-thread busy time (includes the debounced scan) and key-to-next-frame latency. Printed, never asserted.
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildAll } from './build.mjs';
import { median, names } from './bench-drafts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RUNS = Number(process.env.RUNS || 6);
mkdirSync(join(root, '.tmp'), { recursive: true });
const work = mkdtempSync(join(root, '.tmp', 'bench-typing-'));

await buildAll({ outDir: join(work, 'ext') });
await build({
  entryPoints: [join(root, 'test/fixtures/serve.ts')], bundle: true, platform: 'node', format: 'esm',
  outfile: join(work, 'serve.mjs'), packages: 'external', logLevel: 'warning',
});
const { fixtureResponse } = await import(pathToFileURL(join(work, 'serve.mjs')).href);
const extDir = join(work, 'ext', 'chrome');

// A realistic class list plus the school, so every scan does real work.
const FIRST = 'Olivia Amelia Isla Ava Mia Ivy Lily Rosie Grace Freya Noah Oliver George Arthur Leo Harry Oscar Archie Henry Jack'.split(' ');
const LAST = 'Smith Jones Taylor Brown Williams Wilson Patel Robinson Wright Evans Walker White Roberts Green Hall Khan Begum Singh Okafor Nowak'.split(' ');
const pupils = FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`)); // 400 names
const settings = { version: 2, schoolName: 'Green Lane Community School', pupilNames: pupils };

const SENTENCE = 'Lovely walk along the river this morning with the dog, then a roast at my mum\u2019s and a film on the sofa. ';
const TEXT = SENTENCE.repeat(5).slice(0, 400);

const SITES = [
  { name: 'X (Draft.js)', url: 'https://x.com/home', open: async () => {}, editor: '[role=main] .public-DraftEditor-content' },
  { name: 'Facebook (Lexical)', url: 'https://www.facebook.com/', open: (p) => p.locator('[data-fx="fb-open-composer"]').click(), editor: '[role=dialog] [data-lexical-editor=true]' },
];

// Key-to-frame latency, measured in the page's own world on both pages alike.
const LATENCY_PROBE = `(() => {
  const lat = []; window.__lat = lat;
  addEventListener('keydown', (e) => { const t = e.timeStamp; requestAnimationFrame(() => lat.push(performance.now() - t)); }, true);
})()`;

// The same fixture is served at the real host (content script runs) and at a look-alike host the
// extension does not match (it does not), in ONE browser, and the rounds alternate: on a shared
// machine that cancels out most of the load that separate browser launches would measure instead.
const BARE = (url) => url.replace('https://', 'https://bare-').replace(/(\/\/[^/]+)/, '$1.test');
const REAL = (url) => url.replace('https://bare-', 'https://').replace('.test/', '/');

async function measure(page, site, cdp) {
  const editor = page.locator(site.editor);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.waitForTimeout(300);
  await page.evaluate(() => { window.__lat.length = 0; });
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((x) => x.name === 'TaskDuration').value * 1000;
  const b0 = await busy();
  const t0 = performance.now();
  await page.keyboard.type(TEXT);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  const typeMs = performance.now() - t0;
  await page.waitForTimeout(400); // let the debounced scan run: it is part of the cost
  const busyMs = (await busy()) - b0;
  const lat = (await page.evaluate(() => window.__lat.slice())).sort((a, b) => a - b);
  return { typeMs, busyMs, mean: lat.reduce((a, b) => a + b, 0) / Math.max(1, lat.length), p95: lat[Math.floor(lat.length * 0.95)] ?? 0 };
}

async function runSite(ctx, site) {
  const pages = {};
  for (const which of ['off', 'on']) {
    const page = await ctx.newPage();
    await page.addInitScript(LATENCY_PROBE);
    await page.goto(which === 'on' ? site.url : BARE(site.url));
    await site.open(page);
    await page.locator(site.editor).waitFor();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    pages[which] = { page, cdp, results: [] };
  }
  await pages.on.page.waitForTimeout(1500); // settings loaded
  for (let i = 0; i < RUNS; i++) {
    for (const which of i % 2 ? ['on', 'off'] : ['off', 'on']) {
      const p = pages[which];
      await p.page.bringToFront();
      p.results.push(await measure(p.page, site, p.cdp));
    }
  }
  // Proof the extension was really at work on the "with" page and absent on the other.
  const active = {};
  for (const which of ['on', 'off']) {
    const { page } = pages[which];
    await page.bringToFront();
    await page.locator(site.editor).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' with Amelia Smith');
    active[which] = await page.getByRole('button', { name: /to check before posting/ }).waitFor({ timeout: 3000 }).then(() => true, () => false);
  }
  if (!active.on || active.off) throw new Error(`benchmark invalid: badge with extension ${active.on}, without ${active.off}`);
  for (const p of Object.values(pages)) await p.page.close();
  return { off: pages.off.results, on: pages.on.results };
}


// The page's main thread after a full page load, when the content script compiles the school's
// lists: with a trust-sized list this is where it costs most. Chromium leaves extension scripts out
// of the page's Long Tasks timeline, so a timer in the page measures how long the thread was held.
const FREEZE_PROBE = `(() => {
  const gaps = []; window.__gaps = gaps;
  let last = performance.now();
  const tick = () => { const now = performance.now(); gaps.push(now - last); last = now; if (gaps.length < 2000) setTimeout(tick, 5); };
  setTimeout(tick, 5);
})()`;

async function pageLoadWithBigList(ctx, sw) {
  const BIG = 50_000;
  const big = names(BIG);
  await sw.evaluate((s) => chrome.storage.local.set({ settings: s }), { ...settings, pupilNames: big });
  const rounds = { off: [], on: [] };
  for (let i = 0; i < 3; i++) {
    for (const which of i % 2 ? ['on', 'off'] : ['off', 'on']) {
      const page = await ctx.newPage();
      await page.addInitScript(FREEZE_PROBE);
      await page.goto(which === 'on' ? SITES[0].url : BARE(SITES[0].url));
      await page.waitForTimeout(3000);
      const gaps = await page.evaluate(() => window.__gaps.slice());
      rounds[which].push({ longest: Math.max(0, ...gaps), total: gaps.filter((g) => g > 50).reduce((a, b) => a + b, 0) });
      await page.close();
    }
  }
  const m = (xs, k) => median(xs.map((x) => x[k]));
  console.log(`Page load with ${BIG.toLocaleString('en-GB')} pupil names (X home, first 3 s, median of 3):\n` +
    `  longest the page was held    without ${m(rounds.off, 'longest').toFixed(0)} ms, with ${m(rounds.on, 'longest').toFixed(0)} ms\n` +
    `  time held in gaps over 50 ms without ${m(rounds.off, 'total').toFixed(0)} ms, with ${m(rounds.on, 'total').toFixed(0)} ms`);
  await sw.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
}
const ratios = [];
const dir = mkdtempSync(join(tmpdir(), 'tbyp-bench-'));
const ctx = await chromium.launchPersistentContext(dir, {
  executablePath: CHROMIUM, headless: true, args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
});
try {
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    const f = fixtureResponse(REAL(url));
    return f ? route.fulfill({ status: f.status, contentType: f.contentType, body: f.body }) : route.abort('blockedbyclient');
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  await sw.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
  console.log(`Typing ${TEXT.length} characters, ${RUNS} alternating rounds per page, median; pupil list of ${pupils.length} names.`);
  for (const site of SITES) {
    const { off, on } = await runSite(ctx, site);
    const m = (xs, k) => median(xs.map((x) => x[k]));
    const ratio = m(on, 'typeMs') / m(off, 'typeMs');
    const busyRatio = m(on, 'busyMs') / m(off, 'busyMs');
    ratios.push(ratio);
    console.log(`${site.name}:\n` +
      `  time to type 400 chars      without ${m(off, 'typeMs').toFixed(0)} ms, with ${m(on, 'typeMs').toFixed(0)} ms, ratio ${ratio.toFixed(3)}\n` +
      `  page main-thread busy time  without ${m(off, 'busyMs').toFixed(0)} ms, with ${m(on, 'busyMs').toFixed(0)} ms, ratio ${busyRatio.toFixed(3)}\n` +
      `  key→next frame              mean ${m(off, 'mean').toFixed(1)} → ${m(on, 'mean').toFixed(1)} ms, p95 ${m(off, 'p95').toFixed(1)} → ${m(on, 'p95').toFixed(1)} ms`);
  }
  const worst = Math.max(...ratios);
  console.log(`Worst time-to-type ratio ${worst.toFixed(3)} (target ≤ 1.10): ${worst <= 1.1 ? 'within target' : 'OVER TARGET'}. On a busy machine, run it again: load swings dominate.`);
  await pageLoadWithBigList(ctx, sw);
} finally {
  await ctx.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}
