// `npm start`: build, then open Chromium with the extension on an offline demo of Facebook, X and
// Instagram (the test fixtures, served at the real addresses), with a demo school already set up.
// Nothing goes to the network: every request is answered locally or refused.
//
//   npm start                                   a browser window; close it to stop
//   npm start -- --headless --screenshot a.png  no window: run the demo once and save a picture
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildAll } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const args = process.argv.slice(2);
const headless = args.includes('--headless');
const shotAt = args.indexOf('--screenshot');
const screenshot = shotAt >= 0 ? resolve(args[shotAt + 1] ?? 'demo.png') : null;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const START_URL = 'https://start.think-before-you-post.invalid/';

const DEMO_SETTINGS = {
  schoolName: 'Green Lane Community School',
  schoolAliases: ['Green Lane', 'GLCS'],
  schoolDomain: 'greenlane.leeds.sch.uk',
  schoolHandles: ['@GreenLaneCS'],
  pupilNames: ['Aisha Khan', 'Oliver Smith', 'Mia Johnson', 'Leo Brown', 'Zara Ahmed', 'Jack Wilson', 'Amelia Hart', 'Noah Patel'],
  // The contact pages' people (test/fixtures/src/people.ts): two pupils and a parent; Jordan Lee is on no list.
  parentNames: ['Grace Okafor'],
  staffNames: ['Mr Patel'],
};

const DEMO_PAGES = [
  ['Facebook: new post', 'https://www.facebook.com/', 'Click "What\'s on your mind, Sam?"'],
  ['Facebook: comment', 'https://www.facebook.com/', 'Click "Comment" under the post; Enter sends'],
  ['Facebook: Messenger', 'https://www.facebook.com/messages/t/1', 'Enter sends'],
  ['Facebook: group post', 'https://www.facebook.com/groups/greenlaneparents', 'Click "Write something…"'],
  ['Facebook in Welsh', 'https://www.facebook.com/?variant=translated&lang=cy', 'The same page with every label in Welsh: the check does not rely on English words'],
  ['Facebook: About (bio and workplace)', 'https://www.facebook.com/me/about', ''],
  ['Facebook: posting as a Page', 'https://www.facebook.com/samssourdough', 'Click "Create post", then Next: the check happens at "Post settings → Post"'],
  ['X: home', 'https://x.com/home', 'Ctrl+Enter posts'],
  ['X: new post window', 'https://x.com/compose/post', ''],
  ['X: reply and quote', 'https://x.com/someone/status/123', ''],
  ['X: messages', 'https://x.com/messages', 'Enter sends'],
  ['X: Chat', 'https://x.com/i/chat', 'Enter sends; the send button has no label at all'],
  ['X: phone layout', 'https://mobile.x.com/compose/post', 'A plain text box'],
  ['X in Arabic (right to left)', 'https://x.com/home?variant=translated&lang=ar', ''],
  ['X: edit profile', 'https://x.com/settings/profile', ''],
  ['Instagram: new post', 'https://www.instagram.com/', 'Click "Create", then "Use a sample photo", Next, Next'],
  ['Instagram: comment', 'https://www.instagram.com/', 'Enter posts'],
  ['Instagram: Reels comment', 'https://www.instagram.com/reels/C7trail/', 'A one-line box with a Post button'],
  ['Instagram in Polish', 'https://www.instagram.com/?variant=translated&lang=pl', ''],
  ['Instagram: messages', 'https://www.instagram.com/direct/t/1', 'Enter sends'],
  ['Instagram: edit profile', 'https://www.instagram.com/accounts/edit/', ''],
  ['Facebook: a pupil\'s profile', 'https://www.facebook.com/amelia.hart.10', 'Add friend or Message: you are asked first (Amelia Hart is on the pupil list)'],
  ['Facebook: friend requests', 'https://www.facebook.com/friends/requests', 'Confirm Grace Okafor (a parent) asks first; Jordan Lee (on no list) goes straight through'],
  ['X: a pupil\'s profile', 'https://x.com/noahp2014', 'Follow or Message asks first'],
  ['X: followers', 'https://x.com/samtaylor/followers', 'Follow on each person'],
  ['Instagram: a parent\'s profile', 'https://www.instagram.com/graceokafor/', 'Follow or Message asks first'],
  ['Instagram: messages with a pupil', 'https://www.instagram.com/direct/t/1010', 'The first message in the conversation asks first, whatever it says'],
];

const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function startPage() {
  const rows = DEMO_PAGES.map(([name, url, tip]) => `<li><a href="${esc(url)}">${esc(name)}</a>${tip ? ` <span>${esc(tip)}</span>` : ''}</li>`).join('');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Think Before You Post: offline demo</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}li{margin:.4rem 0}span{color:#555;font-size:.9em}code{background:#f2f2f2;padding:0 .2em}</style></head>
<body><h1>Think Before You Post: offline demo</h1>
<p>These pages are local copies of Facebook, X and Instagram. Nothing you type leaves this computer, and nothing is really posted.</p>
<p>The demo school is <strong>${esc(DEMO_SETTINGS.schoolName)}</strong>; pupils: ${esc(DEMO_SETTINGS.pupilNames.join(', '))}.
Try writing <code>Great trip to Roundhay Park with Aisha Khan from Green Lane today!</code> and then post it.</p>
<ul>${rows}</ul>
<p>Open the extension's settings from its toolbar button (the puzzle piece, then Think Before You Post).</p></body></html>`;
}

function printInstallHelp() {
  console.log(`
Install the extension in your own browser:
  Chrome / Edge: open chrome://extensions (edge://extensions), turn on Developer mode,
                 choose "Load unpacked" and pick ${join(root, 'dist', 'chrome')}
  Firefox:       open about:debugging#/runtime/this-firefox, choose "Load Temporary Add-on…"
                 and pick ${join(root, 'dist', 'firefox', 'manifest.json')}
`);
}

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium was not found at ${CHROMIUM}. Install it with:  sudo apt-get install -y chromium\n(or set CHROMIUM_PATH to another Chromium, Chrome or Edge).`);
  process.exit(1);
}
if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(`There is no display here ($DISPLAY is not set), so no browser window can open.
  - On a desktop, run npm start from a terminal inside your desktop session.
  - On a server:  sudo apt-get install -y xvfb && xvfb-run npm start
  - Or check the demo without a window:  npm start -- --headless --screenshot demo.png`);
  process.exit(1);
}

let t = performance.now();
await buildAll();
console.log(`Built dist/chrome and dist/firefox in ${Math.round(performance.now() - t)} ms.`);
printInstallHelp();

// serve.ts is TypeScript: bundle it for Node and import the result. Inside the repository, so its
// external packages (esbuild) resolve from node_modules.
mkdirSync(join(root, '.tmp'), { recursive: true });
const tmp = mkdtempSync(join(root, '.tmp', 'start-'));
await build({ entryPoints: [join(root, 'test/fixtures/serve.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: join(tmp, 'serve.mjs'), logLevel: 'error' });
const { fixtureResponse } = await import(pathToFileURL(join(tmp, 'serve.mjs')).href);

const extensionDir = join(root, 'dist', 'chrome');
const context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
  executablePath: CHROMIUM,
  headless,
  viewport: headless ? { width: 1280, height: 860 } : null,
  args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--disable-features=AutofillServerCommunication'],
});
const cleanup = () => rmSync(tmp, { recursive: true, force: true });

await context.route('**/*', (route) => {
  const url = route.request().url();
  if (/^(chrome-extension|data|blob):/.test(url)) return route.continue();
  if (url === START_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: startPage() });
  const fixture = fixtureResponse(url);
  if (fixture) return route.fulfill(fixture);
  return route.abort('blockedbyclient');
});

const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
await sw.evaluate((settings) => chrome.storage.local.set({ settings }), DEMO_SETTINGS);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(START_URL);

if (screenshot) {
  // One pass through the demo: write a risky Facebook post and press Post.
  t = performance.now();
  await page.goto('https://www.facebook.com/');
  await page.locator('[data-fx=fb-open-composer]').click();
  await page.locator('[role=dialog] [data-lexical-editor=true]').click();
  await page.keyboard.type('Great trip to Roundhay Park with Aisha Khan from Green Lane today!');
  // Wait until the extension has read its settings and checked the draft, as a person would
  // take a moment before pressing Post.
  let status = null;
  for (const until = Date.now() + 10_000; Date.now() < until; await page.waitForTimeout(100)) {
    status = await sw.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://www.facebook.com/*' });
      return chrome.tabs.sendMessage(tab.id, { type: 'tbyp:status' }).catch(() => null);
    });
    if (status?.findings?.length) break;
  }
  console.log(`The extension found: ${status?.findings?.map((f) => `${f.label} (${f.text})`).join(', ') || 'nothing'} after ${Math.round(performance.now() - t)} ms.`);
  await page.locator('[data-fx=fb-post]').click();
  const warning = page.getByRole('alertdialog');
  const warned = await warning.waitFor({ timeout: 5000 }).then(() => true, () => false);
  const posted = await page.evaluate(() => window.__fixture.posted.length);
  await page.screenshot({ path: screenshot, animations: 'disabled' });
  console.log(warned
    ? `The warning appeared when Post was pressed; the post was held back: ${posted === 0 ? 'yes' : 'NO'}.`
    : 'The warning did NOT appear: check the extension (see the screenshot).');
  console.log(`Screenshot: ${screenshot}`);
  // And the contact boundary: Add friend on a pupil's profile asks first.
  await page.goto('https://www.facebook.com/amelia.hart.10');
  await page.locator('[data-fx=fb-add-friend]').click();
  const asked = await page.getByRole('alertdialog').waitFor({ timeout: 5000 }).then(() => true, () => false);
  const added = await page.evaluate(() => window.__fixture.relations?.length ?? 0);
  console.log(asked && added === 0
    ? 'Add friend on a pupil\'s profile asked first; nothing was sent.'
    : 'Add friend on a pupil\'s profile did NOT ask first.');
  await context.close();
  cleanup();
  process.exit(warned && posted === 0 && asked && added === 0 ? 0 : 1);
}

console.log('The demo is open in Chromium. Close the window (or press Ctrl+C here) to stop.');
const stop = async () => { await context.close().catch(() => {}); cleanup(); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
context.on('close', () => { cleanup(); process.exit(0); });
// Closing the last window may leave Chromium running in the background (the extension's worker):
// treat it as the end of the demo.
const watch = (p) => p.on('close', () => { if (context.pages().length === 0) void stop(); });
context.pages().forEach(watch);
context.on('page', watch);
