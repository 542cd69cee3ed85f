// What a plain Enter does in an editor, by structure first. 'send': it posts (comment and chat
// forms, single-line boxes, Messenger's "Aa"); 'post': it adds a line to a post being composed
// (Facebook's Create post, X's composer, Instagram's caption), which must never raise the warning;
// 'unknown': we cannot tell, and the content script holds a plain Enter only when the draft is risky.
import { accessibleLabel, isEnterSendsLabel, isPostBoxLabel, isSubmitLabel, PROFILE_FIELD_HINT } from '../sites/generic';
import type { SiteAdapter } from '../sites';
import { looksLikeProfileField } from '../sites/labels';
import { CONTROL, type Editable, matchesAny } from './dom';
import { submitScope, type SubmitWatch } from './submit-watch';

export type EnterKind = 'post' | 'send' | 'unknown';

export function enterKind(editor: Editable, adapter: SiteAdapter | null, watch?: SubmitWatch | null): EnterKind {
  // With a mention or place list open, Enter picks from it (X Chat): nothing is sent.
  if (pickerOpen(editor)) return 'post';
  if (adapter && matchesAny(editor, adapter.enterSends)) return 'send';
  if (adapter && matchesAny(editor, adapter.editors)) return 'post';
  // A single line has nowhere to put a new line: Enter sends (or submits the form).
  if (editor instanceof HTMLInputElement) return 'send';
  if (editor instanceof HTMLTextAreaElement && editor.getAttribute('rows') === '1') return 'send';
  if (editor.getAttribute('aria-multiline') === 'false') return 'send';
  // A profile's text box (a bio): Enter is a new line there, and its Save button saves.
  if (isProfileText(editor, adapter)) return 'post';
  // Comment and chat boxes sit in a form of their own (Facebook's form[role=presentation], X Chat).
  const form = editor.closest('form');
  if (form && !(editor instanceof HTMLTextAreaElement && isLongField(editor))) return 'send';
  const labels = [editor.getAttribute('aria-placeholder'), editor.getAttribute('placeholder'), editor.getAttribute('aria-label'), drawnPlaceholder(editor)];
  if (labels.some((l) => isEnterSendsLabel(l))) return 'send';
  if (labels.some((l) => isPostBoxLabel(l))) return 'post';
  // X's composer: its test id, Draft.js's markers on a multi-line box, or any box that says it is multi-line.
  if (editor.closest('[data-testid^="tweetTextarea_"]')) return 'post';
  if (editor.getAttribute('aria-multiline') === 'true') return 'post';
  // A multi-line editor in a dialog, not in a form, with a submit of its own beside it (or a Lexical
  // or Draft.js editor there): a post composer. Chats in dialogs say "Aa" or "Message" (above).
  const dialog = editor.closest('[role="dialog"]');
  if (dialog && !form && (editor.matches(RICH_EDITOR) || hasSeparateSubmit(editor, dialog, watch))) return 'post';
  return 'unknown';
}

/** Whether a list opened from this editor (an @-mention picker, suggestions) is showing. */
function pickerOpen(editor: Editable): boolean {
  if (editor.getAttribute('aria-expanded') === 'true') return true;
  const active = editor.getAttribute('aria-activedescendant');
  if (active && editor.ownerDocument.getElementById(active)) return true;
  for (const list of submitScope(editor).querySelectorAll('[role="listbox"]')) {
    if (editor.contains(list) || !list.querySelector('[role="option"]')) continue;
    const el = list as Element & { checkVisibility?: () => boolean };
    if (typeof el.checkVisibility !== 'function' || el.checkVisibility()) return true;
  }
  return false;
}

const RICH_EDITOR = '[data-lexical-editor="true"], .public-DraftEditor-content, .DraftEditor-root [contenteditable="true"]';

function isProfileText(el: Editable, adapter: SiteAdapter | null): boolean {
  if (adapter && matchesAny(el, adapter.profileFields)) return true;
  if (!(el instanceof HTMLTextAreaElement)) return false;
  const hint = [el.name, el.id, el.getAttribute('aria-label'), el.placeholder, el.labels?.[0]?.textContent].filter(Boolean).join(' ');
  return PROFILE_FIELD_HINT.test(hint) || looksLikeProfileField(hint);
}

/** A textarea made for paragraphs (rows above 2), like a bio field. */
function isLongField(el: HTMLTextAreaElement): boolean {
  return Number(el.getAttribute('rows') ?? '2') > 2;
}

/** Lexical draws its placeholder beside the editor, hidden from assistive tech. */
function drawnPlaceholder(el: Element): string | null {
  const drawn = [el.previousElementSibling, el.nextElementSibling].find((n) => n?.getAttribute('aria-hidden') === 'true');
  return drawn?.textContent ?? null;
}

function hasSeparateSubmit(editor: Editable, dialog: Element, watch?: SubmitWatch | null): boolean {
  if (watch?.enabledBy(editor).length) return true;
  for (const c of dialog.querySelectorAll(CONTROL)) {
    if (editor.contains(c)) continue;
    // Disabled or aria-disabled while there is nothing to post, or labelled as a submit.
    if ((c as HTMLButtonElement).disabled || c.getAttribute('aria-disabled') === 'true' || isSubmitLabel(accessibleLabel(c))) return true;
  }
  return false;
}
