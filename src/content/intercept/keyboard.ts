// Submit by keyboard: Enter (or Ctrl/Cmd+Enter) in an editor that sends on it, and Enter or Space
// on a focused div[role=button] submit. While the warning is open no key reaches the site.
import { editableFrom, enterKind, isOurs, submitControlFrom } from '../composer';
import { fault } from '../faults';
import { guard } from '../guard';
import { present } from '../contact';
import { waiting, type State } from '../state';
import { refocus, trapTab } from '../warning';
import { decide, decideFor } from './decide';
import { block, holdUntilReady, keyInit, sendButtonNear } from './hold';
import { noteNextStep } from './next-step';

export function onKeydown(s: State, e: KeyboardEvent): void {
  if (s.bypass) return;
  const ours = isOurs(e.target, s.ui?.host ?? null);
  if (s.warningOpen) {
    // Nothing reaches the site while the warning is open; Escape means Edit and Tab stays inside.
    const escaped = guard('warning-key', () => {
      if (e.key === 'Escape') { block(e); s.editWarning?.(); return true; }
      if (e.key === 'Tab') trapTab(s, e);
      return false;
    });
    if (escaped) return;
    if (!ours) block(e);
    else e.stopImmediatePropagation();
    return;
  }
  if (ours || !e.isTrusted || e.isComposing || e.keyCode === 229) return;
  if (e.key === ' ' || e.key === 'Enter') onKeyOnControl(s, e);
  if (e.key !== 'Enter' || e.defaultPrevented) return;
  guard('enter', () => {
    fault('intercept');
    const editor = editableFrom(e.target, s.adapter);
    if (!editor) return;
    const kind = sendKind(s, e, editor);
    if (!kind) return;
    s.recent = editor;
    const init = keyInit(e);
    const again = () => {
      if (s.restore?.el === editor) refocus(s); else editor.focus({ preventScroll: true });
      const key = new KeyboardEvent('keydown', init);
      editor.dispatchEvent(key);
      if (key.defaultPrevented) return;
      // No handler took the key. Where Enter sends, the site must act on something else: use the
      // composer's send button. Where we could not tell, the key was a new line after all: type it.
      if (kind === 'send') sendButtonNear(s, editor)?.click();
      else newLine(editor);
    };
    if (waiting(s)) return holdUntilReady(s, e, () => decideFor(s, [editor], null), again);
    const d = decideFor(s, [editor], null);
    if (!d) return;
    present(s, { ...d, editor }, again);
    block(e);
  });
}

/**
 * Would this Enter send the draft? 'send' where it does; 'unknown' for a plain Enter in an editor
 * we cannot place (held only when the draft is risky, like any send); null for a new line in a post
 * composer, which must never raise the warning.
 */
function sendKind(s: State, e: KeyboardEvent, editor: HTMLElement): 'send' | 'unknown' | null {
  if (e.ctrlKey || e.metaKey) return s.adapter?.ctrlEnterSends === true ? 'send' : null;
  if (e.shiftKey || e.altKey) return null;
  const kind = enterKind(editor, s.adapter, s.watch);
  return kind === 'post' ? null : kind;
}

/** The new line a plain Enter would have typed, through the editor's own input handling. */
function newLine(editor: HTMLElement): void {
  if (editor instanceof HTMLTextAreaElement) {
    editor.setRangeText('\n', editor.selectionStart, editor.selectionEnd, 'end');
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertLineBreak' }));
  } else if (editor.isContentEditable) {
    document.execCommand('insertParagraph');
  }
}

/**
 * Enter or Space on a div[role=button] submit: the site acts on the keydown itself. A native
 * <button> turns the key into a click, which onClick already handles.
 */
function onKeyOnControl(s: State, e: KeyboardEvent): void {
  guard('key-on-control', () => {
    fault('intercept');
    // Only a focused div[role=button] (or the like) acts on the key itself. Every Space and Enter typed
    // in an editor comes here too: skip it before submitControlFrom walks up the page with each selector.
    const t = e.target;
    if (!(t instanceof HTMLElement) || t.isContentEditable || t instanceof HTMLTextAreaElement || t instanceof HTMLButtonElement || t instanceof HTMLInputElement) return;
    noteNextStep(s, t);
    const control = submitControlFrom(t, s.adapter, s.watch);
    if (control !== t) return;
    const init = keyInit(e);
    const again = () => {
      if (!control.isConnected) return;
      control.focus({ preventScroll: true });
      control.dispatchEvent(new KeyboardEvent('keydown', init));
    };
    // As with a click: a key pressed before the settings have arrived waits for them.
    if (waiting(s)) return holdUntilReady(s, e, () => decide(s, control), again);
    const d = decide(s, control);
    if (!d) return;
    present(s, d, again);
    block(e);
  });
}

/** keyup and keypress: none reach the site while the warning is open. */
export function onOtherKey(s: State, e: Event): void {
  if (s.warningOpen && !isOurs(e.target, s.ui?.host ?? null)) block(e);
}
