// Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (Playwright cannot drive it),
// offline: fixture pages are answered at the real URLs by request interception, and every other
// request is recorded and refused. Page-level interception sees pages and content scripts only, so
// Firefox is also told to send everything through a local logging proxy, which catches the
// background script and anything else the browser itself would send.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixtureResponse } from '../fixtures/serve';
import { startLoggingProxy, type LoggingProxy } from '../e2e/logging-proxy';
import type { Driver } from '../scenarios/driver';
import { variantUrl, type PageVariant } from '../fixtures/composers';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const GECKO_ID = 'think-before-you-post@tbyp.local';

export interface FirefoxRun {
  browser: Browser;
  page: Page;
  driver: Driver;
  addonId: string;
  /** Requests that were neither a fixture page nor the extension's own files, with who saw them. */
  violations: { url: string; source: 'page' | 'proxy' }[];
  requests: string[];
  /** The logging proxy, live: what it has refused so far (folded into `violations` on close). */
  proxy: LoggingProxy;
  /**
   * A fresh tab in the same browser (the first one closed), so scenarios that need the same policy
   * share one Firefox: launching it is most of a scenario's time.
   */
  freshTab(variant?: PageVariant): Promise<{ page: Page; driver: Driver }>;
  /** Requests the proxy refused so far that are not Firefox's own housekeeping. */
  proxyViolations(): string[];
  close(): Promise<void>;
}

/** The Firefox build made by the run's global setup ('test' = fault hooks compiled in). */
export function firefoxBuild(kind: 'prod' | 'test' = 'prod'): string {
  const dir = process.env.TBYP_BUILD_DIR;
  return dir ? join(dir, kind, 'firefox') : resolve(kind === 'prod' ? 'dist/firefox' : 'dist-test/firefox');
}

/**
 * Firefox's own housekeeping, which puppeteer's default profile points at a placeholder host
 * (blocklist, remote settings, update and telemetry endpoints all become http://dummy.test/…). It
 * happens with no extension installed; only forgiven at the proxy, never from a page.
 */
export const BROWSER_OWN_TRAFFIC = [/^http:\/\/dummy\.test\//];

function isAllowed(url: string): boolean {
  return /^(moz-extension|data|blob|about|chrome|resource):/.test(url);
}

export interface LaunchOptions {
  /** null: no extension at all (to tell a site or browser quirk from something we cause). */
  extensionDir: string | null;
  /** Managed policy, as IT deploys it: written to $HOME/.mozilla/managed-storage/<id>.json. */
  managed?: Record<string, unknown>;
  /** Fixture variant every page load uses (e.g. translated pages in Welsh). */
  variant?: PageVariant;
}

export async function launchFirefox({ extensionDir, managed, variant }: LaunchOptions): Promise<FirefoxRun> {
  // A private HOME per run: the managed-storage file is read from it and nothing is shared.
  const home = mkdtempSync(join(tmpdir(), 'tbyp-ff-home-'));
  if (managed) {
    const dir = join(home, '.mozilla', 'managed-storage');
    mkdirSync(dir, { recursive: true });
    // Firefox refuses the file without `description` ("Managed storage manifest not found").
    writeFileSync(join(dir, `${GECKO_ID}.json`), JSON.stringify({ name: GECKO_ID, description: 'Think Before You Post: school policy', type: 'storage', data: managed }));
  }
  const proxy: LoggingProxy = await startLoggingProxy();
  const violations: FirefoxRun['violations'] = [];
  const requests: string[] = [];
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Without this Firefox's remote-settings service makes ~140 connections in 20 s (counted
    // with the logging proxy this file sets up; prefs alone do not stop it).
    env: { ...process.env, HOME: home, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.failover_direct': false,
      'network.dns.disableIPv6': true,
    },
  });
  const addonId = extensionDir ? await browser.installExtension(extensionDir) : '';
  /** A tab answering fixture pages at the real URLs and refusing (and recording) everything else. */
  const openTab = async (tab: Page, tabVariant: PageVariant | undefined): Promise<Driver> => {
    await tab.setRequestInterception(true);
    tab.on('request', (req) => {
      const url = req.url();
      requests.push(url);
      if (isAllowed(url)) return void req.continue();
      const fixture = fixtureResponse(url);
      if (fixture) return void req.respond({ status: fixture.status, contentType: fixture.contentType, body: fixture.body });
      violations.push({ url, source: 'page' });
      void req.abort('blockedbyclient');
    });
    return {
      browserName: 'firefox',
      goto: async (url) => { await tab.goto(variantUrl(url, { variant: tabVariant }), { waitUntil: 'load' }); },
      click: async (selector) => { await tab.click(selector); },
      type: (text) => tab.keyboard.type(text),
      press: async (key) => {
        const parts = key.split('+');
        const main = parts.pop()!;
        for (const m of parts) await tab.keyboard.down(m as never);
        await tab.keyboard.press(main as never);
        for (const m of parts.reverse()) await tab.keyboard.up(m as never);
      },
      evaluate: (expression) => tab.evaluate(expression) as never,
      clickAt: (x, y) => tab.mouse.click(x, y),
    };
  };
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const driver = await openTab(page, variant);
  return {
    browser,
    page,
    driver,
    addonId,
    violations,
    requests,
    proxy,
    async freshTab(v) {
      const fresh = await browser.newPage();
      for (const old of await browser.pages()) if (old !== fresh && !(await old.evaluate(() => location.href).catch(() => '')).startsWith('moz-extension:')) await old.close();
      return { page: fresh, driver: await openTab(fresh, v) };
    },
    proxyViolations: () => [...proxy.seen].filter((url) => !BROWSER_OWN_TRAFFIC.some((re) => re.test(url))),
    async close() {
      await browser.close();
      await proxy.close();
      for (const url of proxy.seen) if (!BROWSER_OWN_TRAFFIC.some((re) => re.test(url))) violations.push({ url, source: 'proxy' });
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * Opens one of the extension's own pages (test build) and returns its tab. Firefox refuses
 * automation's navigation to moz-extension://, so the page asks the extension to open it, and
 * puppeteer reports extension tabs as about:blank, so each tab is asked where it is.
 */
export async function openExtensionPage(ff: FirefoxRun, name: 'options.html' | 'popup.html'): Promise<Page> {
  const find = async () => {
    for (const p of await ff.browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.endsWith(`/${name}`)) return p;
    }
    return null;
  };
  // The content script may still be starting: ask again until the extension has opened the page.
  for (let i = 0; i < 20; i++) {
    await ff.page.evaluate((detail) => window.dispatchEvent(new CustomEvent('tbyp-test-open', { detail })), name);
    for (let j = 0; j < 5; j++) {
      await new Promise((r) => setTimeout(r, 200));
      const page = await find();
      if (page) return page;
    }
  }
  throw new Error(`the extension did not open ${name}`);
}


/** The options page as a person sees the school's fields: opened on a site tab, read once it has drawn. */
export async function optionsState(ff: FirefoxRun) {
  await ff.driver.goto('https://www.facebook.com/');
  const options = await openExtensionPage(ff, 'options.html');
  await options.waitForFunction(() => !!document.querySelector('#schoolName'), { timeout: 15_000 });
  return options.evaluate(() => ({
    name: (document.querySelector('#schoolName') as HTMLInputElement).value,
    disabled: (document.querySelector('#schoolName') as HTMLInputElement).disabled,
    tag: document.querySelector('#schoolName-locked')?.textContent ?? '',
    pupils: document.querySelector('[data-testid="pupil-count"]')?.textContent ?? '',
    pupilsLocked: document.querySelector('#pupilNames-locked-why')?.textContent ?? '',
  }));
}
