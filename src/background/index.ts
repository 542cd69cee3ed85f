import browser from 'webextension-polyfill';
import { loadSettings, watchManagedPolicy } from '../settings';

// The worker holds no state and makes no requests; it exists so the action and options pages
// have a home and so install-time defaults are written once.
browser.runtime.onInstalled.addListener(() => {
  // nothing yet
});

// Content scripts get their settings from here: in Chromium, storage.managed.get() never answers
// in a content script (it does in the worker), so the merge with the school's policy happens here.
browser.runtime.onMessage.addListener((msg: unknown) => {
  if ((msg as { type?: string } | null)?.type !== 'tbyp:settings') return undefined;
  return loadSettings();
});

// Picks up the school's policy even when Chromium reports it late or Firefox never announces it.
void watchManagedPolicy();
