// The one decision every interception path asks: would this submit send something that needs the warning?
import { composerScope, editorsForControl, type Editable } from '../composer';
import { evaluate, judge, shouldWarn } from '../draft';
import { threadHold } from '../contact';
import { paused, type Decision, type State } from '../state';
import { carriedTo } from './next-step';

/** What pressing this control would send, when it needs the warning; null when it may go ahead. */
export function decide(s: State, control: HTMLElement): Decision | null {
  if (paused(s) || !s.scanner) return null;
  const editors = editorsForControl(control, s.recent, s.adapter, s.watch);
  const earlier = editors.length ? null : carriedTo(s, control);
  if (earlier) {
    const ev = judge(s, earlier);
    if (shouldWarn(s, ev)) return { ev, editor: null };
    s.carried = null; // a clean draft goes out now: it must not speak up for a later post
    return null;
  }
  return decideFor(s, editors, editors.length ? null : composerScope(control));
}

/** The same for these editors (and their composer), however the submit was made. */
export function decideFor(s: State, editors: Editable[], scopeEl: Element | null): Decision | null {
  if (paused(s) || !s.scanner) return null;
  const ev = evaluate(s, editors, scopeEl);
  const warn = shouldWarn(s, ev);
  // The first send in a conversation with a pupil or parent is held whatever it says.
  const contact = ev.empty ? null : threadHold(s, editors);
  if (contact) return { ev, editor: editors[0] ?? null, contact, warn };
  return warn ? { ev, editor: editors[0] ?? null } : null;
}
