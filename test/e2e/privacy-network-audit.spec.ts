// The network audit must be able to fail. A throwaway extension plants requests in each place our
// code runs (service worker at start-up and on a message, an extension page, a content script, a
// beacon, a WebSocket); every one must be caught, or the "no request" result of the suite means nothing.
import { test, expect } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchAudited } from './harness';
import { CONTACT_ACTIONS, PUPIL } from '../scenarios/contacts';

const CONTACT_PAGES = [...new Set(CONTACT_ACTIONS.map((a) => a.url(PUPIL)))];

const PLANTED = {
  swStartup: 'https://sw-startup.planted.test/',
  swMessage: 'https://sw-message.planted.test/',
  extPage: 'https://ext-page.planted.test/',
  extImage: 'https://ext-image.planted.test/pixel.png',
  content: 'https://content-script.planted.test/',
  beacon: 'https://beacon.planted.test/',
  socket: 'wss://socket.planted.test/',
};

function plantedExtension(): string {
  mkdirSync(resolve('.tmp'), { recursive: true });
  const dir = mkdtempSync(join(resolve('.tmp'), 'planted-ext-'));
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify({
      manifest_version: 3,
      name: 'planted requests',
      version: '1.0',
      background: { service_worker: 'bg.js' },
      content_scripts: [{ matches: ['https://www.facebook.com/*'], js: ['cs.js'], run_at: 'document_idle' }],
    }),
    'bg.js': `
      fetch(${JSON.stringify(PLANTED.swStartup)}, { mode: 'no-cors' }).catch(() => {});
      chrome.runtime.onMessage.addListener((m, _s, reply) => {
        if (m === 'plant') fetch(${JSON.stringify(PLANTED.swMessage)}, { mode: 'no-cors' }).catch(() => {});
        reply('ok');
      });`,
    'page.html': '<!doctype html><title>planted</title><script src="page.js"></script>',
    'page.js': `
      fetch(${JSON.stringify(PLANTED.extPage)}, { mode: 'no-cors' }).catch(() => {});
      new Image().src = ${JSON.stringify(PLANTED.extImage)};`,
    'cs.js': `
      fetch(${JSON.stringify(PLANTED.content)}, { mode: 'no-cors' }).catch(() => {});
      navigator.sendBeacon(${JSON.stringify(PLANTED.beacon)}, 'pupil list');
      try { new WebSocket(${JSON.stringify(PLANTED.socket)}); } catch {}
      chrome.runtime.sendMessage('plant');`,
  };
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

test('the network audit catches a planted request from the worker, an extension page and a content script', async () => {
  const dir = plantedExtension();
  const browser = await launchAudited(dir);
  try {
    const { context } = browser;
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/page.html`);
    await page.goto('https://www.facebook.com/');
    await expect.poll(() => browser.cdp.requests.map((r) => r.url), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([PLANTED.swMessage, PLANTED.extPage, PLANTED.content, PLANTED.beacon]),
    );
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const { network, cdp } = browser;
  // The proxy sees the encrypted WebSocket as a tunnel to its host, hence the https:// twin.
  expect(network.violations.sort()).toEqual([...Object.values(PLANTED), 'https://socket.planted.test/'].sort());
  // Each observer on its own must see the requests it is responsible for, so neither is decorative.
  const seenBy = (source: string) => network.sources.filter((s) => s.source.startsWith(source)).map((s) => s.url);
  expect(seenBy('playwright')).toEqual(expect.arrayContaining([PLANTED.swMessage, PLANTED.extPage, PLANTED.content]));
  expect(seenBy('cdp:service_worker')).toContain(PLANTED.swMessage);
  expect(seenBy('cdp:page')).toEqual(expect.arrayContaining([PLANTED.extPage, PLANTED.extImage, PLANTED.content, PLANTED.beacon]));
  expect(seenBy('websocket').concat(seenBy('cdp'))).toContain(PLANTED.socket);
  // Some requests get past the router to the network stack, where only the proxy stops them: the
  // content script's WebSocket (Playwright's WebSocket routing patches the page's world, not the
  // content script's), and, depending on timing, beacons and the worker's start-up request (made
  // before any listener existed).
  expect(seenBy('proxy')).toContain('https://socket.planted.test/');
  expect([...cdp.attachedTypes]).toEqual(expect.arrayContaining(['page', 'service_worker']));
});

test('a clean run of the real extension records its pages and fixtures but no violation', async () => {
  const browser = await launchAudited(process.env.TBYP_EXT_DIR ?? resolve('dist/chrome'));
  try {
    const { context } = browser;
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    const page = await context.newPage();
    // The composer pages, and the contact pages (issue 13): profiles, requests, user cells, followers, threads.
    for (const url of ['https://www.facebook.com/', 'https://x.com/home', 'https://www.instagram.com/', ...CONTACT_PAGES]) await page.goto(url);
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.goto(`chrome-extension://${id}/options.html`);
  } finally {
    await browser.close();
  }
  // The CDP recorder really was listening on the tab: it saw the fixture documents.
  expect(browser.cdp.requests.map((r) => r.url)).toContain('https://www.facebook.com/');
  expect(browser.network.sources).toEqual([]);
});
