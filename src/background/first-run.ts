// The first five minutes: a fresh install opens the welcome page (unless the school's IT supplies
// the school by policy), and while neither the school nor any pupil is known, the toolbar button
// says that the school and pupil checks are off, so they never silently do nothing.
import browser from 'webextension-polyfill';
import { browserLanguages, resolveLanguage, setLanguage, t } from '../i18n';
import { changesSettings, loadSettings, readManaged } from '../settings';
import { isSetUp, policyNamesSchool, WELCOME_PAGE } from '../settings/first-run';

/**
 * How long a fresh install may wait for the school's policy before deciding there is none.
 * Chromium answers {} for a while after it starts (w3c/webextensions#547): measured 3.0 to 6.0 s
 * from the install to the policy in test/e2e/policy.spec.ts's harness. Installs at browser start
 * are exactly the managed ones (IT's force-install, installType "admin") and unpacked ones, so those
 * wait; a person adding it from the store does so in a browser that has long read its policy, so
 * one answer is enough and the welcome page opens at once.
 */
const LATE_POLICY_WAIT_MS = 10_000;
const POLICY_STEP_MS = 250;

async function policyWaitMs(): Promise<number> {
  try {
    // Needs no permission: getSelf is the one management call every extension may make.
    return (await browser.management.getSelf()).installType === 'normal' ? 0 : LATE_POLICY_WAIT_MS;
  } catch {
    return LATE_POLICY_WAIT_MS;
  }
}

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

/** Firefox rejects when no policy exists at all: then there is nothing to wait for. */
async function noPolicyAtAll(): Promise<boolean> {
  try {
    // Chromium's call can hang (see readManaged): no answer in a second is not a "no".
    const late = new Promise((resolve) => setTimeout(resolve, 1000));
    await Promise.race([browser.storage.managed.get('schoolName'), late]);
    return false;
  } catch {
    return true;
  }
}

async function openWelcomeUnlessManaged(): Promise<void> {
  const until = Date.now() + ((await noPolicyAtAll()) ? 0 : await policyWaitMs());
  for (;;) {
    if (policyNamesSchool(await readManaged())) return;
    if (Date.now() >= until) break;
    await new Promise((r) => setTimeout(r, POLICY_STEP_MS));
  }
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
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
