import { browserLanguages, resolveLanguage, setLanguage, TAG, type LanguageSetting } from '../../i18n';

/**
 * Puts the chosen language in force for an extension page: the catalogue, and the page's `lang` so
 * screen readers pronounce Welsh as Welsh. Call it before the signal that re-renders the page changes.
 */
export function applyLanguage(setting: LanguageSetting | undefined): void {
  const lang = resolveLanguage(setting, browserLanguages());
  setLanguage(lang);
  document.documentElement.lang = TAG[lang];
}
