// Helpers for the content script's unit tests in a DOM environment (happy-dom): a state with a real
// scanner, events the content script accepts as the person's own, and a clean page between tests.
import { createScanner } from '../../src/core';
import { defaultSettings, type Settings } from '../../src/settings/schema';
import { createState, type State } from '../../src/content/state';
import type { SiteAdapter } from '../../src/sites';

export const SCHOOL = 'Green Lane Community School';
export const PUPIL = 'Amara Okonkwo';
export const RISKY = `So proud of ${PUPIL} at sports day`;
export const CLEAN = 'Lovely walk by the river this morning';

/** A state as it is once the settings have arrived: settings in force and the scanner compiled. */
export function readyState(opts: { adapter?: SiteAdapter | null; settings?: Partial<Settings> } = {}): State {
  const s = createState(opts.adapter ?? null);
  s.settings = { ...defaultSettings(), schoolName: SCHOOL, pupilNames: [PUPIL], ...opts.settings };
  s.scanner = createScanner({ schoolNames: [SCHOOL], pupilNames: [PUPIL] });
  return s;
}

/** happy-dom has no isTrusted; the content script ignores events a page script makes up. */
export function trusted<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

export function html(markup: string): void {
  document.body.innerHTML = markup;
}

/** Sets a contenteditable's or a textarea's text as typing would. */
export function typeText(el: HTMLElement, text: string): void {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) el.value = text;
  else el.textContent = text;
}

/** Removes our UI host and the page, so the next test starts clean. */
export function resetPage(s?: State): void {
  if (s) clearTimeout(s.timer);
  document.body.innerHTML = '';
  for (const host of document.querySelectorAll('tbyp-ui')) host.remove();
}

export const $ = <T extends HTMLElement = HTMLElement>(sel: string): T => {
  const el = document.querySelector<T>(sel);
  if (!el) throw new Error(`no ${sel}`);
  return el;
};
