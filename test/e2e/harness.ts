// Shared Playwright fixtures: Debian Chromium with the built extension, the fixture pages served at
// the real site URLs, and a network audit that fails any test in which anything else is requested.
import { test as base, expect as baseExpect, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixtureResponse } from '../fixtures/serve';
import { CdpRecorder } from './cdp-recorder';
import { startLoggingProxy, type LoggingProxy } from './logging-proxy';
import type { Status } from '../../src/messages';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface NetworkAudit {
  /** Every URL requested while the test ran, from pages, content scripts and the service worker. */
  requests: string[];
  /** Requests that were neither a fixture page nor the extension's own files. */
  violations: string[];
  /** Where each violation was seen: 'playwright' (context request events), 'cdp:<target type>', 'websocket' or 'proxy'. */
  sources: { url: string; source: string }[];
}

interface Fixtures {
  extensionDir: string;
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  network: NetworkAudit;
}

interface WorkerFixtures {
  /**
   * Opt-in per spec file (`test.use({ shareBrowser: true })`): one Chromium per worker and build
   * (production, or the test build with fault hooks when the test sets `extensionDir`) instead of
   * one per test. Only for specs that set their own settings and keep no state but storage and
   * pages: between tests every page is closed and storage.local/session are cleared. The network
   * audit still covers every moment of each browser's life: each test's own period, and the
   * periods between tests (start-up included), which fail the next test, or the worker after its
   * last test, if anything was requested.
   */
  shareBrowser: boolean;
  sharedBrowsers: SharedBrowsers | null;
}

/** The worker's shared browsers, one per extension build, each started when a test first needs it. */
interface SharedBrowsers {
  get(extensionDir: string): Promise<AuditedBrowser>;
}

const emptyAudit = (): NetworkAudit => ({ requests: [], violations: [], sources: [] });

export function isAllowed(url: string): boolean {
  return url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank';
}

/**
 * Chromium's own background traffic, which reaches the proxy with NO extension loaded at all
 * (measured: a bare profile contacts these within seconds even with Playwright's
 * --disable-background-networking; gvt1.com is where the component updater then downloads).
 * Only forgiven at the proxy, where the initiator is unknown; the same URL from a page, the worker
 * or an extension page is still a violation.
 */
export const BROWSER_OWN_TRAFFIC = [
  /^https:\/\/accounts\.google\.com\/$/, // sign-in status
  /^https?:\/\/update\.googleapis\.com\/(service\/update2\/json\?.*)?$/, // component updater
  /^https:\/\/redirector\.gvt1\.com\/$/, // component downloads
  /^https:\/\/[a-z0-9-]+\.gvt1\.com\/$/,
  /^https:\/\/content-autofill\.googleapis\.com\/$/, // autofill predictions for any page with form fields (fixtures' inputs/textareas)
];

function isViolation(url: string): boolean {
  return !isAllowed(url) && !fixtureResponse(url);
}

export interface AuditedBrowser {
  /** The unpacked extension it runs. */
  extensionDir: string;
  context: BrowserContext;
  network: NetworkAudit;
  cdp: CdpRecorder;
  proxy: LoggingProxy;
  /** Closes the browser and folds the CDP recorder's view into `network`. */
  close(): Promise<void>;
  /** Ends the current audit period (folding in what the proxy and CDP saw), returns it, and starts recording into `next`. */
  audit(next: NetworkAudit): NetworkAudit;
}

/**
 * Starts Chromium with one unpacked extension and three independent network observers:
 * Playwright's context-wide request events (pages, content scripts, the service worker), a raw CDP
 * client attached to every target, and a local proxy that receives anything the router did not
 * fulfil, from the first instant of the browser's life. Everything not a fixture page is blocked
 * AND recorded.
 */
export async function launchAudited(
  extensionDir: string,
  network: NetworkAudit = { requests: [], violations: [], sources: [] },
): Promise<AuditedBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'tbyp-e2e-'));
  let current = network; // the audit period being recorded (swapped per test when shared)
  const flag = (url: string, source: string) => {
    if (!isViolation(url)) return;
    const n = current;
    if (!n.violations.includes(url)) n.violations.push(url);
    n.sources.push({ url, source });
  };
  const proxy = await startLoggingProxy();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    proxy: { server: proxy.url },
    // The warning and nudge pop in over 120 ms unless the person asked for less motion. Playwright
    // will not click a button that is still moving: it looked again after 20 and 100 ms, about
    // 200 ms per click on a dialog button, four or five times a test. warning.spec.ts keeps the
    // animation (its pages ask for no preference), so the animated warning is still tested.
    reducedMotion: 'reduce',
    // The debugging port (loopback only) is for the CDP recorder; Playwright keeps its own pipe.
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--remote-debugging-port=0'],
  });
  context.on('request', (req) => {
    const url = req.url();
    current.requests.push(url);
    flag(url, 'playwright');
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isAllowed(url)) return route.continue();
    const fixture = fixtureResponse(url);
    if (fixture) return route.fulfill({ status: fixture.status, contentType: fixture.contentType, body: fixture.body });
    return route.abort('blockedbyclient');
  });
  // WebSockets are not requests to the router: record and refuse every one.
  await context.routeWebSocket(/.*/, (ws) => {
    flag(ws.url(), 'websocket');
    void ws.close({ code: 1008, reason: 'blocked by the network audit' });
  });
  const cdp = await CdpRecorder.attach(userDataDir);
  // What the proxy and the CDP recorder saw is folded in per audit period (a test, or the whole run).
  let proxyFrom = 0;
  let cdpFrom = 0;
  const fold = () => {
    for (const url of proxy.seen.slice(proxyFrom)) if (!BROWSER_OWN_TRAFFIC.some((re) => re.test(url))) flag(url, 'proxy');
    for (const r of cdp.requests.slice(cdpFrom)) {
      if (!current.requests.includes(r.url)) current.requests.push(r.url);
      flag(r.url, `cdp:${r.targetType}`);
    }
    proxyFrom = proxy.seen.length;
    cdpFrom = cdp.requests.length;
  };
  const browser: AuditedBrowser = {
    extensionDir,
    context,
    get network() { return current; },
    cdp,
    proxy,
    audit(next) {
      fold();
      const ended = current;
      current = next;
      return ended;
    },
    async close() {
      await context.close();
      cdp.close();
      await proxy.close();
      fold();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return browser;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  // Specs that need the fault-injection build use: test.use({ extensionDir: testBuildDir() })
  extensionDir: [process.env.TBYP_EXT_DIR ?? resolve('dist/chrome'), { option: true }],

  shareBrowser: [false, { scope: 'worker', option: true }],
  sharedBrowsers: [async ({ shareBrowser }, use) => {
    if (!shareBrowser) return use(null);
    const started = new Map<string, Promise<AuditedBrowser>>();
    await use({
      get(dir) {
        let b = started.get(dir);
        // Start-up is recorded too: the first test's context fixture checks it.
        if (!b) started.set(dir, (b = launchAudited(dir, emptyAudit())));
        return b;
      },
    });
    const leaks: NetworkAudit['sources'] = [];
    for (const b of started.values()) {
      const browser = await b;
      await browser.close();
      leaks.push(...browser.network.sources);
    }
    if (leaks.length) throw new Error(`requests to anything but the fixture pages after the worker's last test: ${JSON.stringify(leaks)}`);
  }, { scope: 'worker' }],

  network: async ({}, use) => {
    await use(emptyAudit());
  },

  context: async ({ extensionDir, network, sharedBrowsers }, use) => {
    if (sharedBrowsers) {
      const shared = await sharedBrowsers.get(extensionDir);
      const between = shared.audit(network);
      baseExpect(between.sources, 'requests to anything but the fixture pages before this test (start-up, or after the previous test)').toEqual([]);
      await use(shared.context);
      // Leave nothing for the next test: no pages, no stored settings or state.
      await Promise.all(shared.context.pages().map((p) => p.close()));
      const sw = shared.context.serviceWorkers()[0];
      if (sw) await sw.evaluate(async () => { await chrome.storage.local.clear(); await chrome.storage.session?.clear(); });
      shared.audit(emptyAudit());
      baseExpect(network.sources, 'requests to anything but the fixture pages').toEqual([]);
      return;
    }
    const browser = await launchAudited(extensionDir, network);
    await use(browser.context);
    await browser.close();
    baseExpect(network.sources, 'requests to anything but the fixture pages').toEqual([]);
  },

  sw: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(sw);
  },

  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
});

/**
 * Waits in expect.poll between tries. Playwright's default (100, 250, 500, then every 1000 ms)
 * notices a page that answered after 120 ms only at 350 ms, and one after 400 ms at 850 ms; these
 * notice it within 25 to 250 ms. Same timeouts, same conditions: only the gaps between looks change.
 */
const POLL_INTERVALS = [25, 50, 100, 100, 250];

type Expect = typeof baseExpect;
function withFastPoll(e: Expect): Expect {
  return new Proxy(e, {
    get(target, key, receiver) {
      if (key === 'poll') {
        return ((fn: () => unknown, opts?: string | { message?: string; timeout?: number; intervals?: number[] }) =>
          target.poll(fn, typeof opts === 'string' ? { message: opts, intervals: POLL_INTERVALS } : { intervals: POLL_INTERVALS, ...opts })) as Expect['poll'];
      }
      if (key === 'configure') return ((o: Parameters<Expect['configure']>[0]) => withFastPoll(target.configure(o))) as Expect['configure'];
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

export const expect = withFastPoll(baseExpect);

/** What the content script answers to { type: 'tbyp:status' }: the popup's own type, so the two cannot drift. */
export type ContentStatus = Status;

/** Asks the content script in the tab matching `urlPattern` (chrome.tabs.query syntax) for its status, via the worker. */
export function contentStatus(sw: Worker, urlPattern: string): Promise<ContentStatus> {
  return sw.evaluate<ContentStatus, string>(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'tbyp:status' });
  }, urlPattern);
}

/** The Chromium build with test hooks (fault injection) compiled in. */
export function testBuildDir(): string {
  return process.env.TBYP_EXT_TEST_DIR ?? resolve('dist-test/chrome');
}
