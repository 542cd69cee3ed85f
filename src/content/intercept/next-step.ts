// Composers in steps: a Facebook Page's "Next" → "Post settings" → "Post" takes the editor off the
// page at "Next", so the draft is read then and judged when the later "Post" is pressed.
import { composerScope, editorsForControl, nextStepControlFrom, readText, stepTaken } from '../composer';
import { readDraft } from '../draft';
import { guard } from '../guard';
import type { Draft, State } from '../state';

/** Long enough to pick a schedule or an audience; a draft left longer is not the one being posted. */
const CARRY_MS = 30 * 60_000;

/** A press on "Next" (or the like): remember the draft it carries on, or forget an older one. */
export function noteNextStep(s: State, target: EventTarget | null): void {
  guard('next-step', () => {
    // Any plausible control in a dialog counts here (a "Next" in any language, or an unlabelled one):
    // whether it was a step on is only known once the editors have gone (carriedTo).
    const control = nextStepControlFrom(target, s.adapter, s.watch);
    if (!control) return;
    const editors = editorsForControl(control, s.recent, s.adapter, s.watch).filter((el) => readText(el).trim() !== '');
    s.carried = editors.length
      ? { draft: readDraft(s, editors, composerScope(control)), at: Date.now(), dialog: control.closest('[role="dialog"]'), editors }
      : null;
  }, () => { s.carried = null; });
}

/**
 * The carried draft, if this submit control sends it: the step was really taken (its editors left
 * while a dialog stayed), and the control is in the dialog "Next" was pressed in while that dialog
 * is still open, or in any dialog once it has gone (the site may swap in a new one).
 */
export function carriedTo(s: State, control: HTMLElement): Draft | null {
  const c = s.carried;
  if (!c || Date.now() - c.at > CARRY_MS || !stepTaken(c)) return null;
  const dialog = control.closest('[role="dialog"]');
  if (!dialog || (c.dialog?.isConnected && c.dialog !== dialog)) return null;
  return c.draft;
}
