// Composers in steps (a Facebook Page's Next → "Post settings" → Post, in any language): pressing a
// control that takes the editor off the page while its dialog stays is a step on, whatever it is
// called. Before the press we cannot know, so any plausible control is accepted here and the
// content script confirms afterwards with stepTaken(); a "Next" label only makes it certain sooner.
import { accessibleLabel, isNextStepLabel, isNotSubmitLabel, isSubmitLabel } from '../sites/generic';
import type { SiteAdapter } from '../sites';
import { closestAny, CONTROL, type Editable, hasText, pressable, RICH_EDITABLE } from './dom';
import type { SubmitWatch } from './submit-watch';

/**
 * A control that may move its composer on to a further step: labelled "Next" (any language) in a
 * dialog or form, or any other enabled control in a dialog holding an editor with text that is not
 * a recognised submit.
 */
export function nextStepControlFrom(target: EventTarget | null, adapter: SiteAdapter | null = null, watch?: SubmitWatch | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const control = target.closest<HTMLElement>(CONTROL);
  if (!control || !pressable(control)) return null;
  const box = control.closest('[role="dialog"], form');
  if (!box) return null;
  const label = accessibleLabel(control);
  if (isNextStepLabel(label)) return control;
  if (!box.matches('[role="dialog"]') || isSubmitLabel(label) || isNotSubmitLabel(label)) return null;
  if (adapter && (closestAny(control, adapter.submit) || closestAny(control, adapter.notSubmit))) return null;
  if (watch?.editorFor(control)) return null;
  return editorsWithText(box).length ? control : null;
}

function editorsWithText(box: Element): Editable[] {
  return [...box.querySelectorAll<HTMLElement>(RICH_EDITABLE)].filter((el) => !el.parentElement?.closest('[contenteditable="true"]') && hasText(el));
}

/**
 * After the press: did the composer go on to another step? True when every editor it had has left
 * the page (or its dialog, or is hidden) while the dialog is still open, or another dialog took its
 * place (a site may swap in a new one).
 */
export function stepTaken(step: { dialog: Element | null; editors: Editable[] }): boolean {
  if (!step.editors.length) return false;
  const dialog = step.dialog;
  const gone = (el: Editable) => !el.isConnected || (!!dialog && !dialog.contains(el)) || hidden(el);
  if (!step.editors.every(gone)) return false;
  if (dialog?.isConnected) return true;
  const doc = step.editors[0]!.ownerDocument;
  return !!doc.querySelector('[role="dialog"]');
}

function hidden(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], [inert]')) return true;
  // display:none anywhere above (older browsers without checkVisibility: the checks above only).
  const e = el as Element & { checkVisibility?: () => boolean };
  return typeof e.checkVisibility === 'function' && !e.checkVisibility();
}
