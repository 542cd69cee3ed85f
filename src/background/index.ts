import browser from 'webextension-polyfill';
import { watchManagedPolicy } from '../settings';

// The worker holds no state and makes no requests; it exists so the action and options pages
// have a home and so install-time defaults are written once.
browser.runtime.onInstalled.addListener(() => {
  // nothing yet
});

// Picks up the school's policy even when Chromium reports it late or Firefox never announces it.
void watchManagedPolicy();
