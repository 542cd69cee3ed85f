// The Firefox network audit must be able to fail: a throwaway extension plants requests in its
// background script (at start-up and on a message), an extension page and a content script
// (fetch, beacon, WebSocket). Every one must be recorded, by page interception or by the proxy.
import { test, expect } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { firefoxBuild, launchFirefox } from './firefox';

const PLANTED = {
  bgStartup: 'https://bg-startup.planted.test/',
  bgMessage: 'https://bg-message.planted.test/',
  extPage: 'https://ext-page.planted.test/',
  content: 'https://content-script.planted.test/',
  beacon: 'https://beacon.planted.test/',
  socket: 'wss://socket.planted.test/',
};

function plantedExtension(): string {
  mkdirSync(resolve('.tmp'), { recursive: true });
  const dir = mkdtempSync(join(resolve('.tmp'), 'planted-ff-'));
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify({
      manifest_version: 3,
      name: 'planted requests',
      version: '1.0',
      browser_specific_settings: { gecko: { id: 'planted@tbyp.test' } },
      background: { scripts: ['bg.js'] },
      host_permissions: ['<all_urls>'],
      content_scripts: [{ matches: ['https://www.facebook.com/*'], js: ['cs.js'], run_at: 'document_idle' }],
    }),
    'bg.js': `
      fetch(${JSON.stringify(PLANTED.bgStartup)}).catch(() => {});
      browser.runtime.onMessage.addListener((m) => {
        if (m === 'plant') {
          fetch(${JSON.stringify(PLANTED.bgMessage)}).catch(() => {});
          browser.tabs.create({ url: 'page.html', active: false });
        }
      });`,
    'page.html': '<!doctype html><title>planted</title><script src="page.js"></script>',
    'page.js': `fetch(${JSON.stringify(PLANTED.extPage)}).catch(() => {});`,
    'cs.js': `
      fetch(${JSON.stringify(PLANTED.content)}).catch(() => {});
      navigator.sendBeacon(${JSON.stringify(PLANTED.beacon)}, 'pupil list');
      try { new WebSocket(${JSON.stringify(PLANTED.socket)}); } catch {}
      browser.runtime.sendMessage('plant');`,
  };
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

// The proxy sees TLS tunnels by host only: https://host/ (the planted URLs are all at the root).
const asTunnel = (u: string) => u.replace(/^wss:/, 'https:');

test('the Firefox audit catches planted requests from the background, an extension page and a content script', async () => {
  const dir = plantedExtension();
  const ff = await launchFirefox({ extensionDir: dir });
  try {
    await ff.driver.goto('https://www.facebook.com/');
    // The background's tab and page requests are asynchronous: wait until page interception and the
    // proxy between them have seen every planted URL (or 10 s). Only a wait: the checks below say what was missed.
    const seen = () => [...ff.violations.map((v) => v.url), ...ff.proxy.seen];
    await expect.poll(seen, { timeout: 10_000 }).toEqual(expect.arrayContaining(Object.values(PLANTED).map(asTunnel))).catch(() => {});
  } finally {
    await ff.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const urls = [...new Set(ff.violations.map((v) => v.url))];
  for (const url of Object.values(PLANTED)) expect(urls, `${url} was not caught`).toContain(asTunnel(url));
  const by = (source: string) => ff.violations.filter((v) => v.source === source).map((v) => v.url);
  expect(by('page')).toContain(PLANTED.content);
  expect(by('proxy')).toEqual(expect.arrayContaining([PLANTED.bgStartup, PLANTED.bgMessage, PLANTED.extPage]));
});

test('a clean run of the real extension in Firefox: fixture pages only', async () => {
  const ff = await launchFirefox({ extensionDir: firefoxBuild(), managed: { schoolName: 'Green Lane Community School' } });
  try {
    for (const url of ['https://www.facebook.com/', 'https://x.com/home', 'https://www.instagram.com/']) await ff.driver.goto(url);
    await new Promise((r) => setTimeout(r, 1000));
  } finally {
    await ff.close();
  }
  expect(ff.requests).toContain('https://www.facebook.com/');
  expect(ff.violations).toEqual([]);
});
