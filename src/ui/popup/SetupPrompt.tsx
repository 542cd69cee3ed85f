// Leads the popup while neither the school's name nor any pupil is set: the two checks that matter
// most do nothing until then, so the popup says so first and offers the welcome page's two minutes.
import { signal } from '@preact/signals';
import browser from 'webextension-polyfill';
import { t } from '../../i18n';
import { isSetUp, WELCOME_PAGE } from '../../settings/first-run';
import type { Settings } from '../../settings';

const openProblem = signal<string | null>(null);

async function openWelcome(): Promise<void> {
  openProblem.value = null;
  try {
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
    window.close();
  } catch {
    openProblem.value = t('setup_open_failed');
  }
}

/** Nothing until the settings are read, so a set-up school never sees it flash by. */
export function SetupPrompt({ settings }: { settings: Settings | null }) {
  if (!settings || isSetUp(settings)) return null;
  return (
    <section aria-labelledby="setup-h" class="setup notice warn">
      <h2 id="setup-h">{t('setup_heading')}</h2>
      <p>{t('setup_text')}</p>
      <button type="button" onClick={() => void openWelcome()}>{t('setup_button')}</button>
      <div role="alert">{openProblem.value && <p>{openProblem.value}</p>}</div>
    </section>
  );
}
