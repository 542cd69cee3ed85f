import { signal } from '@preact/signals';
import { browserLanguages, resolveLanguage, setLanguage, TAG, type Lang, type LanguageSetting } from '../../i18n';

/**
 * The language in force on this page, as a signal. @preact/signals skips redrawing a component
 * whose props are unchanged and whose signals did not change, so a component that reads no
 * settings (the pupil list's paste box, the popup's checklist) would stay in the old language:
 * reading this (readLanguage()) in its render makes it redraw when the language changes.
 */
// Read by every component of the options page and the popup, in the first line of its render.
const pageLanguage = signal<Lang>('en_GB');

export function readLanguage(): Lang {
  return pageLanguage.value;
}

/**
 * Puts the chosen language in force for an extension page: the catalogue, and the page's `lang` so
 * screen readers pronounce Welsh as Welsh. Call it before the signal that re-renders the page changes.
 */
export function applyLanguage(setting: LanguageSetting | undefined): void {
  const lang = resolveLanguage(setting, browserLanguages());
  setLanguage(lang);
  document.documentElement.lang = TAG[lang];
  pageLanguage.value = lang;
}
