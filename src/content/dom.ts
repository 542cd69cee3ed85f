// Small DOM helpers shared by the composer modules (no state, no site knowledge).
import { isDisabled } from '../sites/generic';

export type Editable = HTMLElement;

/** Anything a person presses to act: what a site's submit, next or send control is drawn as. */
export const CONTROL = 'button, [role="button"], input[type="submit"], input[type="button"], input[type="image"]';

/** Editors that hold a draft of more than a field: contenteditables and textareas. */
export const RICH_EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

export function readText(el: Editable): string {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : el.innerText ?? el.textContent ?? '';
}

export const hasText = (el: Editable) => readText(el).trim() !== '';

export const matchesAny = (el: Element, selectors: string[]) => selectors.some((s) => { try { return el.matches(s); } catch { return false; } });

export const closestAny = (el: Element, selectors: string[]) => {
  for (const s of selectors) { try { const hit = el.closest(s); if (hit) return hit; } catch { /* a bad selector must not stop the rest */ } }
  return null;
};

export function nearAncestor(el: Element, levels: number): Element | null {
  const body = el.ownerDocument.body;
  let p: Element | null = el;
  for (let i = 0; i < levels && p?.parentElement && p.parentElement !== body; i++) p = p.parentElement;
  return p;
}

/** A control a person could press now: enabled, not a menu opener, not text inside an editor. */
export function pressable(el: Element): el is HTMLElement {
  return el instanceof HTMLElement && !isDisabled(el) && !el.getAttribute('aria-haspopup') && !el.isContentEditable && !el.closest('[contenteditable="true"]');
}
