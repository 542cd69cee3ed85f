// Counts, per site, the risky drafts that left by a path the content script did not hold, and marks
// the toolbar button of that tab. Kept in storage.local on this device; never sent anywhere.
import browser from 'webextension-polyfill';
import { browserLanguages, resolveLanguage, setLanguage, t } from '../i18n';
import { MISSES_KEY, readMisses, type Misses } from '../messages';
import { loadSettings } from '../settings';
import type { SiteId } from '../sites/types';

/** One read-change-write at a time: two tabs reporting at once must both be counted. */
let counting: Promise<unknown> = Promise.resolve();

export function countMiss(site: SiteId, tabId: number | undefined): Promise<Misses> {
  // Marking reads the language setting first; the count lands once the tab is marked, so whoever
  // sees the count (the popup) finds the button already saying why. markTab never rejects.
  const marked = tabId !== undefined ? markTab(tabId) : Promise.resolve();
  const run = counting.then(async () => {
    const got = await browser.storage.local.get(MISSES_KEY);
    const misses = readMisses(got[MISSES_KEY]);
    misses[site] = (misses[site] ?? 0) + 1;
    await marked;
    await browser.storage.local.set({ [MISSES_KEY]: misses });
    return misses;
  });
  counting = run.catch(() => undefined);
  return run;
}

/** The toolbar button of that tab says so too, until the tab goes elsewhere. */
async function markTab(tabId: number): Promise<void> {
  const action = browser.action;
  try {
    // The words first: once the mark shows, its tooltip already explains it.
    await action.setTitle({ tabId, title: await missTitle() });
    await action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    await action.setBadgeText({ tabId, text: '!' });
  } catch { /* the tab closed meanwhile */ }
}

/** The tooltip in the language the person chose: the worker reads the setting when it needs it. */
async function missTitle(): Promise<string> {
  let setting;
  try { setting = (await loadSettings()).language; } catch { /* unreadable settings: the browser's language */ }
  setLanguage(resolveLanguage(setting, browserLanguages()));
  return t('badge_miss_title', t('extName'), t('notice_miss'));
}
