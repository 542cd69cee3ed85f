// Befriend, follow and message controls (issue 13): a press on one, for someone on the school's
// lists, is held back from its first pointerdown (sites act on any of them), the contact nudge opens
// at the click, and "Go ahead" replays the whole press and click once. Registered before the submit
// listeners: what we do not claim reaches them and the site untouched.
import { isOurs } from '../composer';
import { openContact, relationHold, type ContactHold } from '../contact';
import { fault } from '../faults';
import { guard } from '../guard';
import { relationControlFrom, type RelationControl } from '../relations';
import { waiting, withBypass, type State } from '../state';
import { block, keyInit, replay, settingsReady } from './hold';

export function onRelationPress(s: State, e: MouseEvent): void {
  if (s.bypass || !e.isTrusted || s.warningOpen || isOurs(e.target, s.ui?.host ?? null)) return;
  guard('relation-press', () => {
    fault('intercept');
    if (e.type === 'pointerdown') s.relHeld = null;
    if (e.button > 0) return;
    const held = s.relHeld;
    // The rest of a press we hold: no need to read the control's label again.
    if (held && e.target instanceof Node && held.rc.control.contains(e.target)) {
      held.types.push(e.type);
      return block(e);
    }
    // Only the start of a press decides; every other press event on the page costs nothing here.
    if (e.type !== 'pointerdown' && e.type !== 'mousedown') return;
    const rc = relationControlFrom(e.target, s.adapter);
    if (!rc) return;
    const hold = waiting(s) ? 'later' : relationHold(s, rc);
    if (!hold) return;
    s.relHeld = { rc, types: [e.type], hold };
    block(e);
  }, () => { s.relHeld = null; });
}

export function onRelationClick(s: State, e: MouseEvent): void {
  if (s.bypass || !e.isTrusted || s.warningOpen || isOurs(e.target, s.ui?.host ?? null)) return;
  const held = s.relHeld;
  s.relHeld = null;
  // Fail open: whatever we held back is given back so the site sees a whole click.
  const recover = () => { if (held) withBypass(s, () => replay(s, held.rc.control, held.types, false)); };
  guard('relation-click', () => {
    fault('intercept');
    const rc = relationControlFrom(e.target, s.adapter);
    if (!rc || (held && held.rc.control !== rc.control)) return recover();
    const types = [...(held?.types ?? []), 'click'];
    // A click with no press before it is a keyboard on a native <button>: decide now.
    const hold = held ? held.hold : waiting(s) ? 'later' : relationHold(s, rc);
    if (!hold) return;
    nudge(s, e, rc, hold, () => replay(s, rc.control, types, true));
  }, recover);
}

/** Enter or Space on a div[role=button] connection control: the site acts on the keydown itself. */
export function onRelationKey(s: State, e: KeyboardEvent): void {
  if (s.bypass || !e.isTrusted || s.warningOpen || e.isComposing || (e.key !== 'Enter' && e.key !== ' ')) return;
  const t = e.target;
  if (!(t instanceof HTMLElement) || t.isContentEditable || t instanceof HTMLButtonElement || t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement) return;
  if (isOurs(t, s.ui?.host ?? null)) return;
  guard('relation-key', () => {
    fault('intercept');
    const rc = relationControlFrom(t, s.adapter);
    if (!rc || rc.control !== t) return;
    const hold = waiting(s) ? 'later' : relationHold(s, rc);
    if (!hold) return;
    const init = keyInit(e);
    nudge(s, e, rc, hold, () => {
      if (!rc.control.isConnected) return;
      rc.control.focus({ preventScroll: true });
      rc.control.dispatchEvent(new KeyboardEvent('keydown', init));
    });
  });
}

/** Opens the nudge and holds the event; before the settings have arrived, waits for them first. */
function nudge(s: State, e: Event, rc: RelationControl, hold: ContactHold | 'later', again: () => void): void {
  if (hold !== 'later') {
    openContact(s, hold, null, () => withBypass(s, again));
    block(e);
    return;
  }
  block(e);
  void settingsReady(s, false).then(() => {
    const opened = guard('relation-late', () => {
      const h = relationHold(s, rc);
      if (!h) return false;
      openContact(s, h, null, () => withBypass(s, again));
      return true;
    });
    // Nobody on the lists, switched off, paused, or our code failed: the action goes through.
    if (!opened) withBypass(s, again);
  });
}
