// Who will see a post, read from the page when it shows it: structure and stable hooks first, the
// words of labels.ts (in many languages) to tell "Public" from "Friends". Unknown is null, and the
// warning then says nothing about the audience: a wrong "Public" would teach people to ignore it.
import { audienceLabel } from './labels';
import type { Audience } from './types';

const CONTROL = 'button, [role="button"]';
const ICON = 'svg[aria-label], [role="img"][aria-label]';

const shortText = (el: Element) => {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length <= 40 ? text : '';
};

/**
 * Facebook: the audience button sits in the composer's header beside the author's name, above the
 * editor ("Public ▾", aria-label "Edit privacy. Sharing with Public."). Only controls before the
 * editor are read, so "Tag friends" under it never counts.
 */
export function composerAudience(scope: Element | null): Audience | null {
  if (!scope) return null;
  const editor = scope.querySelector('[contenteditable="true"], [contenteditable=""], textarea');
  if (!editor) return null;
  for (const el of scope.querySelectorAll(CONTROL)) {
    if (!(el.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    const kind = audienceLabel(shortText(el)) ?? audienceLabel(el.getAttribute('aria-label'));
    if (kind === 'public' || kind === 'friends') return kind;
  }
  return null;
}

/** A lock icon inside `el`: by its hook, else by its label ("Protected account", "Cyfrif preifat"…). */
function hasLock(el: Element, hooks: string[]): boolean {
  for (const h of hooks) if (el.querySelector(h)) return true;
  return [...el.querySelectorAll(ICON)].some((icon) => audienceLabel(icon.getAttribute('aria-label')) === 'locked');
}

/** Some element of it ends with an @handle after a space or on its own (an email address is not one). */
const showsHandle = (el: Element) => [el, ...el.querySelectorAll('*')].some((n) => /(?:^|\s)@\w{1,15}$/.test((n.textContent ?? '').trim()));

/**
 * X: the account switcher at the foot of the side navigation shows a lock on a protected account.
 * Found by its test id, else by structure (a control in the page's banner showing an @handle).
 * Switcher found: protected → followers, no lock → public. Not found: unknown.
 */
export function xAudience(doc: Document): Audience | null {
  const account = doc.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')
    ?? [...doc.querySelectorAll(`header ${CONTROL}, [role="banner"] ${CONTROL}`)].find(showsHandle);
  if (!account) return null;
  return hasLock(account, ['[data-testid="icon-lock"]']) ? 'followers' : 'public';
}

/**
 * Instagram: a private account's lock beside the username in the composer (or in the navigation).
 * Nothing public marks a public account there, so only "private" is ever said.
 */
export function instagramAudience(scope: Element | null, doc: Document): Audience | null {
  for (const where of [scope, doc.querySelector('[role="navigation"]')]) if (where && hasLock(where, [])) return 'followers';
  return null;
}
