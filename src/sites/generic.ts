// Site-independent detection. Adapters only refine this, so stale selectors never switch us off.
import { labelIs } from './labels';

export const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], input:not([type]), input[type="text"]';

/**
 * Labels, last in order of trust (structure and stable hooks come first): in every language of
 * labels.ts, matched on the whole accessible name. A "Next" control moves a composer on to another
 * step (a Facebook Page's "Next" → "Post settings"), where the site may take the editor away.
 */
export const isSubmitLabel = (label: string | null | undefined) => labelIs('submit', label);
export const isNextStepLabel = (label: string | null | undefined) => labelIs('nextStep', label);
export const isNotSubmitLabel = (label: string | null | undefined) => labelIs('notSubmit', label);
/** Boxes where Enter sends (comments, chats), by their label or placeholder. */
export const isEnterSendsLabel = (label: string | null | undefined) => labelIs('enterSends', label);
/** Post composers, where Enter is a new line, by their label or placeholder. */
export const isPostBoxLabel = (label: string | null | undefined) => labelIs('postBox', label);

/** Single-line inputs are watched only when they look like a profile field: search boxes are not. */
export const PROFILE_FIELD_HINT = /\b(bio|biography|about|description|intro|job|title|position|work|workplace|employer|company|education|school|college|university|occupation|profession|location|city|website)\b/i;

/** Words that name a teaching job or school on a profile (policy 001: do not identify your profession or school). */
export const TEACHING_JOB = /\b(teach(?:er|ers|ing)?|head ?teacher|head of (?:year|department|school)|deputy head|assistant head|senco|hlta|teaching assistant|learning support|lsa|nursery nurse|early years practitioner|school (?:business manager|office|administrator|governor)|governor|lecturer|educator|pgce|nqt|ect|(?:primary|secondary|infant|junior|nursery|high|grammar|prep) school|academy)\b/i;

export function accessibleLabel(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria.trim();
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const text = by.split(/\s+/).map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '').join(' ').trim();
    if (text) return text;
  }
  if (el instanceof HTMLInputElement && (el.type === 'submit' || el.type === 'button')) return el.value.trim();
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length <= 40 ? text : '';
}

export function isDisabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
}
