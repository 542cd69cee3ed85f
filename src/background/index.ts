import browser from 'webextension-polyfill';

// The worker holds no state and makes no requests; it exists so the action and options pages
// have a home and so install-time defaults are written once.
browser.runtime.onInstalled.addListener(() => {
  // nothing yet
});
