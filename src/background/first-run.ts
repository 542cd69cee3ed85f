// The first five minutes: a fresh install opens the welcome page (unless the school's IT supplies
// the school by policy), and while neither the school nor any pupil is known, the toolbar button
// says that the school and pupil checks are off, so they never silently do nothing.
import browser from 'webextension-polyfill';
import { browserLanguages, resolveLanguage, setLanguage, t } from '../i18n';
import { changesSettings, loadSettings, readManaged } from '../settings';
import { isSetUp, policyNamesSchool, WELCOME_PAGE } from '../settings/first-run';

/**
 * How long a fresh install waits for the school's policy before deciding there is none. Chromium
 * may answer {} for a moment after it starts (w3c/webextensions#547), and a managed install is
 * exactly a first start; a store install with no policy pays this wait before its welcome page.
 */
const POLICY_WAIT_MS = 3000;
const POLICY_STEP_MS = 250;

/** Registered synchronously at the worker's top level, so the install event can wake it. */
export function watchFirstRun(): void {
  browser.runtime.onInstalled.addListener((details) => {
    // Never on update, browser update or a shared module's install: only a real first install.
    if (details.reason === 'install') void openWelcomeUnlessManaged();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (changesSettings(changes, area)) void updateTitle();
  });
  void updateTitle();
}

export async function openWelcomeUnlessManaged(waitMs = POLICY_WAIT_MS): Promise<boolean> {
  const until = Date.now() + waitMs;
  for (;;) {
    if (policyNamesSchool(await readManaged())) return false;
    if (Date.now() >= until) break;
    await new Promise((r) => setTimeout(r, POLICY_STEP_MS));
  }
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  return true;
}

let titleSeq = 0;

/** The toolbar button's tooltip for every tab (a tab marked by a miss keeps its own title). */
async function updateTitle(): Promise<void> {
  const mine = ++titleSeq;
  try {
    const s = await loadSettings();
    // Two quick changes: only the latest decides, so an older read never wins.
    if (mine !== titleSeq) return;
    setLanguage(resolveLanguage(s.language, browserLanguages()));
    await browser.action.setTitle({ title: isSetUp(s) ? t('actionTitle') : t('setup_title_off') });
  } catch {
    // The manifest's own title stays; the popup still says what is missing.
  }
}
