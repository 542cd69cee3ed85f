// Submit by pointer: the press sequence on a submit control is held back from its first pointerdown
// (sites act on any of them) and replayed in full if the draft is clean after all or on "Post anyway".
import { isOurs, submitControlFrom } from '../composer';
import { fault } from '../faults';
import { guard } from '../guard';
import { present } from '../contact';
import { waiting, withBypass, type Decision, type State } from '../state';
import { decide } from './decide';
import { block, holdUntilReady, replay } from './hold';
import { noteNextStep } from './next-step';

export const PRESS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup'];

export function onPress(s: State, e: Event): void {
  if (s.bypass || !e.isTrusted || isOurs(e.target, s.ui?.host ?? null)) return;
  if (s.warningOpen) return block(e);
  guard('press', () => {
    fault('intercept');
    if (e.type === 'pointerdown') s.held = null;
    if ((e as MouseEvent).button > 0) return;
    if (e.type === 'pointerdown') noteNextStep(s, e.target);
    const control = submitControlFrom(e.target, s.adapter, s.watch);
    if (!control) return;
    if (s.held?.control === control) {
      s.held.types.push(e.type);
      return block(e);
    }
    if (e.type !== 'pointerdown' && e.type !== 'mousedown') return;
    // Before the settings have arrived every press is held; after, only one that needs the warning.
    let decision: Decision | null = null;
    if (!waiting(s)) {
      decision = decide(s, control);
      if (!decision) return;
    }
    s.held = { control, types: [e.type], decision };
    block(e);
  }, () => { s.held = null; });
}

export function onClick(s: State, e: MouseEvent): void {
  if (s.bypass || !e.isTrusted || isOurs(e.target, s.ui?.host ?? null)) return;
  if (s.warningOpen) return block(e);
  const gesture = s.held;
  s.held = null;
  // Fail open: anything we held back is replayed so the site sees a complete click.
  const recover = () => { if (gesture) withBypass(s, () => replay(s, gesture.control, gesture.types, false)); };
  guard('click', () => {
    fault('intercept');
    // A click with no press before it: a keyboard on a native <button>.
    if (e.detail === 0) noteNextStep(s, e.target);
    const control = submitControlFrom(e.target, s.adapter, s.watch);
    if (!control) return;
    if (gesture && gesture.control !== control) return;
    const types = [...(gesture?.types ?? []), 'click'];
    const again = () => replay(s, control, types, true);
    if (waiting(s)) return holdUntilReady(s, e, () => decide(s, control), again);
    // The press already decided (and scanned); a click with no press (keyboard on a <button>) decides now.
    const d = gesture?.decision ?? decide(s, control);
    if (!d) {
      // The press was held back but the draft is clean now: let the site see the press it missed.
      if (gesture) withBypass(s, () => replay(s, control, gesture.types, false));
      return;
    }
    present(s, d, again);
    block(e);
  }, recover);
}
