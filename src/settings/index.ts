// Settings as the rest of the extension sees them: the person's own (storage.local 'settings', on
// this device only) merged with what the school's IT pushes by managed policy.
import browser from 'webextension-polyfill';
import type { ScannerConfig } from '../core';
import { SCHEMA_VERSION, type FieldName, type Settings } from './schema';
import { applyUserChange, cleanUser, merge, parsePolicy, type Effective, type Notice, type UserSettings } from './merge';

export type { Settings, FieldName } from './schema';
export type { Effective, Notice, UserSettings } from './merge';
export { defaultSettings, FIELDS, RULE_IDS } from './schema';

const STORAGE_KEY = 'settings';
/**
 * The policy as the worker last read it (JSON). Written when it changes, so open pages hear of it
 * (Firefox sends no managed events), and read back when storage.managed does not answer in time.
 */
export const POLICY_SEEN_KEY = 'policySeen';
export const CHECKLIST_KEY = 'checklist';

/**
 * Firefox rejects when no policy exists; Chromium may answer {} for a moment after first start
 * (w3c/webextensions#547). Either way: no policy, nothing breaks.
 */
export async function readManaged(): Promise<Record<string, unknown>> {
  // No answer in time: the copy the worker last read, so a locked setting never silently unlocks.
  return (await readManagedLive()) ?? (await policySnapshot());
}

/** The browser's answer, or null when it gives none within a second. */
async function readManagedLive(): Promise<Record<string, unknown> | null> {
  try {
    // Chromium 156 sometimes never settles the promise (seen in content scripts and the worker):
    // without a time limit nothing that loads settings would ever start.
    const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), 1000));
    const got = (await Promise.race([browser.storage.managed.get(null), late])) as Record<string, unknown> | null | undefined;
    return got === null ? null : (got ?? {});
  } catch {
    return {};
  }
}

async function policySnapshot(): Promise<Record<string, unknown>> {
  try {
    const got = await browser.storage.local.get(POLICY_SEEN_KEY);
    const raw = got[POLICY_SEEN_KEY];
    return typeof raw === 'string' ? (JSON.parse(raw) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

async function readUser(): Promise<UserSettings> {
  const got = await browser.storage.local.get(STORAGE_KEY);
  return cleanUser(got[STORAGE_KEY]);
}

export async function loadEffective(): Promise<Effective> {
  const [user, managed] = await Promise.all([readUser(), readManaged()]);
  return merge(user, parsePolicy(managed));
}

export async function loadSettings(): Promise<Settings> {
  return (await loadEffective()).settings;
}

/** Saves the person's changes. Locked fields are refused; returns what could not be saved and why. */
type Change = Partial<Record<FieldName, unknown>>;

/**
 * `change` may be a function of the settings as they are when the save runs, for edits that build
 * on the current value (a day ticked just after another): nothing is computed from a stale copy.
 */
export function saveSettings(change: Change | ((now: Settings, own: UserSettings) => Change)): Promise<Notice[]> {
  // One read-change-write at a time: leaving one box and typing in the next saves twice at once.
  const run = saving.then(() => saveNow(change));
  saving = run.catch(() => undefined);
  return run;
}

let saving: Promise<unknown> = Promise.resolve();

async function saveNow(change: Change | ((now: Settings, own: UserSettings) => Change)): Promise<Notice[]> {
  const [user, managed] = await Promise.all([readUser(), readManaged()]);
  const policy = parsePolicy(managed);
  const resolved = typeof change === 'function' ? change(merge(user, policy).settings, user) : change;
  const { user: next, problems } = applyUserChange(user, resolved, policy.locked);
  await browser.storage.local.set({ [STORAGE_KEY]: { version: SCHEMA_VERSION, ...next } });
  return problems;
}

/**
 * Adds words to the person's own words never to flag, as "Never flag" in the warning does. Only their
 * own list grows (the school's entries apply anyway); false when IT locked it or it could not be saved.
 */
export async function addIgnoreWord(word: string): Promise<boolean> {
  const w = word.trim();
  if (!w) return false;
  const problems = await saveSettings((_now, own) => {
    const mine = own.ignoreWords ?? [];
    return { ignoreWords: mine.some((x) => x.toLowerCase() === w.toLowerCase()) ? mine : [...mine, w] };
  });
  return problems.length === 0;
}

/** Everything this extension keeps on the device goes; the school's policy stays (IT owns it). */
export async function eraseEverything(): Promise<void> {
  const keep = await browser.storage.local.get(POLICY_SEEN_KEY);
  await browser.storage.local.clear();
  if (POLICY_SEEN_KEY in keep) await browser.storage.local.set(keep);
}

export function onSettingsChange(cb: (s: Settings) => void): () => void {
  return onEffectiveChange((e) => cb(e.settings));
}

/** Does a storage change (browser.storage.onChanged) change the settings in force? */
export function changesSettings(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (area === 'local' && (STORAGE_KEY in changes || POLICY_SEEN_KEY in changes));
}

export function onEffectiveChange(cb: (e: Effective) => void): () => void {
  let seq = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (changesSettings(changes, area)) {
      // Two quick saves must not deliver their results out of order.
      const mine = ++seq;
      void loadEffective().then((e) => mine === seq && cb(e));
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function scannerConfig(s: Settings): ScannerConfig {
  return {
    schoolNames: [s.schoolName, ...s.schoolAliases].filter(Boolean),
    pupilNames: s.pupilNames,
    parentNames: s.parentNames,
    schoolDomain: s.schoolDomain || undefined,
    schoolHandles: s.schoolHandles,
    staffNames: s.staffNames,
    ignoreWords: s.ignoreWords,
    rules: s.rules,
  };
}

export function isPaused(s: Settings, now = Date.now()): boolean {
  return s.pausedUntil > now;
}

/** True inside the working hours the school set, when that reminder is on. */
export function inWorkingHours(s: Settings, at = new Date()): boolean {
  const h = s.workingHours;
  if (!h.enabled || !h.days.includes(at.getDay())) return false;
  const hhmm = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  return hhmm >= h.start && hhmm < h.end;
}

/**
 * Run in the worker each time it starts. Chromium can report an empty policy just after the
 * browser starts (w3c/webextensions#547) and Firefox never announces policy changes, so on browser
 * start-up and install it polls briefly (as Privacy Badger's pollForManagedStorage does); on other
 * wake-ups one read is enough. What it reads is kept in storage.local, which tells every open page
 * and tab through the ordinary storage.onChanged path and serves when storage.managed hangs.
 */
export function watchManagedPolicy({ tries = 10, intervalMs = 1000, pollNow = false } = {}): Promise<void> {
  const record = async (managed: Record<string, unknown>) => {
    const fingerprint = JSON.stringify(managed);
    const got = await browser.storage.local.get(POLICY_SEEN_KEY);
    if (got[POLICY_SEEN_KEY] !== fingerprint) await browser.storage.local.set({ [POLICY_SEEN_KEY]: fingerprint });
  };
  const poll = async (times: number) => {
    let managed = await readManagedLive();
    for (let i = 1; i < times && !(managed && Object.keys(managed).length); i++) {
      await new Promise((r) => setTimeout(r, intervalMs));
      managed = await readManagedLive();
    }
    // Never answered: keep the last copy rather than forgetting the school's policy.
    if (managed) await record(managed);
  };
  // Registered synchronously so these events can wake the worker.
  browser.storage.onChanged.addListener((_c, area) => {
    if (area === 'managed') void readManagedLive().then((m) => m && record(m));
  });
  browser.runtime.onStartup.addListener(() => void poll(tries));
  browser.runtime.onInstalled.addListener(() => void poll(tries));
  return poll(pollNow ? tries : 1);
}
