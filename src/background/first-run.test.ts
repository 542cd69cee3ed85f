// The install decision and the toolbar title, with the browser's answers timed as measured: Chromium
// gives a school's policy seconds after an install at browser start; Firefox rejects when there is
// none. The e2e specs cover the real browsers (welcome.spec.ts, policy.spec.ts, welcome.ff.ts); this
// covers what they cannot set up: a store install ("normal") and a policy arriving late.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const state = {
    managed: (): Promise<Record<string, unknown>> => Promise.resolve({}),
    local: {} as Record<string, unknown>,
    installType: 'development',
    onInstalled: [] as ((d: { reason: string }) => void)[],
    onChanged: [] as ((c: Record<string, unknown>, area: string) => void)[],
  };
  const browser = {
    runtime: { onInstalled: { addListener: (f: (d: { reason: string }) => void) => state.onInstalled.push(f) }, getURL: (p: string) => `chrome-extension://id/${p}` },
    storage: {
      managed: { get: () => state.managed() },
      local: { get: (k: string) => Promise.resolve(k in state.local ? { [k]: state.local[k] } : {}), set: () => Promise.resolve() },
      onChanged: { addListener: (f: (c: Record<string, unknown>, area: string) => void) => state.onChanged.push(f), removeListener: () => undefined },
    },
    management: { getSelf: () => Promise.resolve({ installType: state.installType }) },
    tabs: { create: vi.fn((_o: { url: string }) => Promise.resolve({})) },
    action: { setTitle: vi.fn((_o: { title: string }) => Promise.resolve()) },
  };
  return { state, browser };
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
import { watchFirstRun } from './first-run';

const { state, browser } = fake;
const install = (reason = 'install') => state.onInstalled.forEach((f) => f({ reason }));
const opened = () => browser.tabs.create.mock.calls.map(([o]) => o.url);

beforeEach(() => {
  vi.useFakeTimers();
  state.managed = () => Promise.resolve({});
  state.local = {};
  state.installType = 'development';
  state.onInstalled = [];
  state.onChanged = [];
  browser.tabs.create.mockClear();
  browser.action.setTitle.mockClear();
  watchFirstRun();
});
afterEach(() => vi.useRealTimers());

describe('on install', () => {
  it('a store install with no policy opens the welcome page at once', async () => {
    state.installType = 'normal';
    install();
    await vi.advanceTimersByTimeAsync(50);
    expect(opened()).toEqual(['chrome-extension://id/welcome.html']);
  });

  it('Firefox with no policy at all (storage.managed rejects) opens it at once, whatever the install type', async () => {
    state.managed = () => Promise.reject(new Error('Managed storage manifest not found'));
    install();
    await vi.advanceTimersByTimeAsync(50);
    expect(opened()).toHaveLength(1);
  });

  it('an install at browser start waits for a late policy: one naming the school after 6 s means no page', async () => {
    const start = Date.now();
    state.managed = () => Promise.resolve(Date.now() - start >= 6000 ? { schoolName: 'Grangetown Primary School' } : {});
    install();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(opened()).toEqual([]);
  });

  it('…and with no policy by 10 s it opens the page then, not before', async () => {
    install();
    await vi.advanceTimersByTimeAsync(9_900);
    expect(opened()).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(opened()).toHaveLength(1);
  });

  it('a policy without the school still gets the page', async () => {
    state.installType = 'admin';
    state.managed = () => Promise.resolve({ pupilNames: ['Amelia Jones'], mode: 'always' });
    install();
    await vi.advanceTimersByTimeAsync(10_500);
    expect(opened()).toHaveLength(1);
  });

  it('never on an update or a browser update', async () => {
    state.installType = 'normal';
    install('update');
    install('browser_update');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(opened()).toEqual([]);
  });
});

describe('the toolbar title', () => {
  const lastTitle = () => browser.action.setTitle.mock.calls.at(-1)?.[0].title;

  it('says the school and pupil checks are off until a school or pupils are set, then is the usual one', async () => {
    await vi.advanceTimersByTimeAsync(1100);
    expect(lastTitle()).toBe('Think Before You Post: school and pupil checks are off until you add your school');
    state.local = { settings: { version: 2, pupilNames: ['Amelia Jones'] } };
    state.onChanged.forEach((f) => f({ settings: {} }, 'local'));
    await vi.advanceTimersByTimeAsync(1100);
    expect(lastTitle()).toBe('Think Before You Post');
    state.local = { settings: { version: 2, language: 'cy' } };
    state.onChanged.forEach((f) => f({ settings: {} }, 'local'));
    await vi.advanceTimersByTimeAsync(1100);
    expect(lastTitle()).toBe("Meddwl Cyn Postio: mae'r gwiriadau ysgol a disgyblion i ffwrdd nes i chi ychwanegu eich ysgol");
  });

  it('a school named by policy counts', async () => {
    state.managed = () => Promise.resolve({ schoolName: 'Grangetown Primary School' });
    state.onChanged.forEach((f) => f({}, 'managed'));
    await vi.advanceTimersByTimeAsync(1100);
    expect(lastTitle()).toBe('Think Before You Post');
  });
});
