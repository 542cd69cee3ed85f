// Composers in steps: a Facebook Page's "Next" → "Post settings" → "Post" takes the editor off the
// page at "Next", so the draft is read then and judged when the later "Post" is pressed.
import { composerScope, editorsForControl, nextStepControlFrom, readText } from '../composer';
import { readDraft } from '../draft';
import { guard } from '../guard';
import type { Draft, State } from '../state';

/** Long enough to pick a schedule or an audience; a draft left longer is not the one being posted. */
export const CARRY_MS = 30 * 60_000;

/** A press on "Next" (or the like): remember the draft it carries on, or forget an older one. */
export function noteNextStep(s: State, target: EventTarget | null): void {
  guard('next-step', () => {
    const control = nextStepControlFrom(target);
    if (!control) return;
    const editors = editorsForControl(control, s.recent, s.adapter).filter((el) => readText(el).trim() !== '');
    s.carried = editors.length
      ? { draft: readDraft(s, editors, composerScope(control)), at: Date.now(), dialog: control.closest('[role="dialog"]') }
      : null;
  }, () => { s.carried = null; });
}

/**
 * The carried draft, if this submit control sends it: one in the dialog "Next" was pressed in while
 * that dialog is still open, or in any dialog once it has gone (the site may swap in a new one).
 */
export function carriedTo(s: State, control: HTMLElement): Draft | null {
  const c = s.carried;
  if (!c || Date.now() - c.at > CARRY_MS) return null;
  const dialog = control.closest('[role="dialog"]');
  if (!dialog || (c.dialog?.isConnected && c.dialog !== dialog)) return null;
  return c.draft;
}
