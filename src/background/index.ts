// The background script makes no requests and keeps no state of its own: it answers content scripts
// with the merged settings and watches the school's managed policy.
import browser, { type Runtime } from 'webextension-polyfill';
import { isMessage } from '../messages';
import { addIgnoreWord, loadEffective, watchManagedPolicy } from '../settings';
import { countMiss } from './misses';
import { watchFirstRun } from './first-run';

// Content scripts get their settings from here: in Chromium, storage.managed.get() never answers
// in a content script (it does in the worker), so the merge with the school's policy happens here.
browser.runtime.onMessage.addListener((msg: unknown) => {
  if (!isMessage(msg, 'tbyp:settings')) return undefined;
  return loadEffective().then((e) => ({ settings: e.settings, locked: [...e.locked] }));
});

// "Never flag" in the warning: saved here, where the school's policy (and its locks) can be read.
browser.runtime.onMessage.addListener((msg: unknown) => {
  if (!isMessage(msg, 'tbyp:ignore-word')) return undefined;
  return addIgnoreWord(msg.word).then((ok) => ({ ok }), () => ({ ok: false }));
});

// A risky draft left a page by a path the content script did not hold: count it, mark the tab.
browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage(msg, 'tbyp:miss')) return undefined;
  return countMiss(msg.site, sender.tab?.id).then(() => undefined);
});

// Picks up the school's policy even when Chromium reports it late or Firefox never announces it.
void watchManagedPolicy();

// A fresh install opens the welcome page; the toolbar title says when the school checks are off.
watchFirstRun();

// Test build only (compiled out of what ships): automation cannot navigate a tab to moz-extension://
// in Firefox, but a page the extension opens itself can be driven.
if (__TEST_HOOKS__) {
  browser.runtime.onMessage.addListener((msg: unknown) => {
    if (!isMessage(msg, 'tbyp:test:open')) return undefined;
    return browser.tabs.create({ url: browser.runtime.getURL(msg.page) }).then(() => true);
  });
}
