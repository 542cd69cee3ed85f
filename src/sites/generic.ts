// Site-independent detection. Adapters only refine this, so stale selectors never switch us off.

export const EDITABLE = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], input:not([type]), input[type="text"]';

/** Labels of controls that post, send or save, in English; matched on the whole accessible name. */
export const SUBMIT_LABEL = /^(post|post all|tweet|tweet all|reply|reply all|share|send|comment|post comment|save|save changes|publish|update|done|submit)$/i;

/**
 * Controls that move a composer to its next step (a Facebook Page's "Next" → "Post settings"), in
 * English. The site may take the editor away there, so the draft is remembered at this moment.
 */
export const NEXT_STEP_LABEL = /^(next|continue)$/i;

/** Single-line inputs are watched only when they look like a profile field: search boxes are not. */
export const PROFILE_FIELD_HINT = /\b(bio|biography|about|description|intro|job|title|position|work|workplace|employer|company|education|school|college|university|occupation|profession|location|city|website)\b/i;

/** Editors where Enter sends, by their label (Facebook/Instagram comments and chats). */
export const ENTER_SENDS_LABEL = /^(comment|reply|write a (public )?comment|write a reply|answer as|add a comment|message|aa|send a message|start a new message)/i;

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
