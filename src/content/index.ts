// PLACEHOLDER content script (issue 4 replaces it): finds the editable being typed in and reports its text.
import browser from 'webextension-polyfill';

let current: HTMLElement | null = null;

function editableFrom(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  return target.closest<HTMLElement>('[contenteditable="true"], [contenteditable=""], textarea, input[type="text"]');
}

function textOf(el: HTMLElement): string {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el.innerText;
}

document.addEventListener('focusin', (e) => { current = editableFrom(e.target) ?? current; }, true);
document.addEventListener('input', (e) => { current = editableFrom(e.target) ?? current; }, true);

browser.runtime.onMessage.addListener((msg: unknown) => {
  if ((msg as { type?: string })?.type !== 'tbyp:status') return undefined;
  return Promise.resolve({ active: true, host: location.host, text: current ? textOf(current) : null });
});
