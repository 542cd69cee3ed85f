// Contact boundaries (issue 13): before the site befriends, follows or messages someone on the
// school's pupil or parent list, the nudge names who and why, with "Cancel" (nothing happens) and
// "Go ahead" (the person's own action runs once). In a conversation with such a person the first
// send this page session is held the same way, whatever it says. It reads only the names the page
// already shows and keeps nothing beyond this page.
import { createPeopleMatcher, peopleMatcherSteps, type PeopleMatcher, type PersonMatch } from '../core/people';
import type { RelationAction } from '../sites/labels';
import { createUi } from '../ui/warning/host';
import { badgeProps } from './badge';
import type { Editable } from './composer';
import { fault } from './faults';
import { guard } from './guard';
import { disarm } from './miss';
import { isMessageBox, peopleForControl, peopleForThread, type RelationControl } from './relations';
import type { Settings } from '../settings';
import { current, enabled, paused, withBypass, type Decision, type Retrigger, type State } from './state';
import { openWarning, refocus, rememberFocus } from './warning';

const CONTACT_RULE = 'contact-boundaries';

export interface ContactHold {
  match: PersonMatch;
  action: RelationAction;
  /** For a message sent in a conversation: that conversation, held only for its first send. */
  thread: string | null;
}

const matchers = new WeakMap<object, { pupils: string[]; parents: string[]; match: PeopleMatcher }>();

function listsOf(settings: Settings): { pupils: string[]; parents: string[] } {
  return { pupils: settings.pupilNames ?? [], parents: settings.parentNames ?? [] };
}

/** The matcher for the lists in force, compiled once per settings object (here only if `warmContacts` has not yet). */
function matcher(s: State): PeopleMatcher | null {
  const settings = current(s);
  if (!settings) return null;
  const { pupils, parents } = listsOf(settings);
  if (!pupils.length && !parents.length) return null;
  let m = matchers.get(settings);
  if (!m || m.pupils !== pupils || m.parents !== parents) {
    m = { pupils, parents, match: createPeopleMatcher({ pupils, parents }) };
    matchers.set(settings, m);
  }
  return m.match;
}

/**
 * Builds the matcher in slices once settings arrive, so the first Follow or Add friend press with a
 * trust-sized list is not held while it compiles. `run` is the caller's slice runner; it gives up
 * (null) once newer settings arrive.
 */
export async function warmContacts(s: State, settings: Settings, run: (steps: Generator<void, PeopleMatcher, void>) => Promise<PeopleMatcher | null>): Promise<void> {
  if ((settings.rules as Record<string, boolean> | undefined)?.[CONTACT_RULE] === false) return;
  const { pupils, parents } = listsOf(settings);
  if ((!pupils.length && !parents.length) || matchers.get(settings)) return;
  const match = await run(peopleMatcherSteps({ pupils, parents }));
  // A press meanwhile may have built it already; either is the same matcher.
  if (match && !matchers.get(settings)) matchers.set(settings, { pupils, parents, match });
}

function contactOn(s: State): boolean {
  return !!current(s) && !paused(s) && enabled(s, CONTACT_RULE);
}

/** The first of these names or handles that is someone on the lists. */
function firstMatch(s: State, shown: string[]): PersonMatch | null {
  const match = matcher(s);
  if (!match) return null;
  for (const t of shown) {
    const m = match({ name: t }) ?? match({ handle: t });
    if (m) return m;
  }
  return null;
}

/** A connection control pressed: the hold it needs, or null to let it through. */
export function relationHold(s: State, rc: RelationControl): ContactHold | null {
  if (!contactOn(s)) return null;
  fault('adapter');
  const m = firstMatch(s, peopleForControl(rc, s.adapter));
  return m ? { match: m, action: rc.action, thread: null } : null;
}

/** A send from these editors: held when it is the first in a conversation with someone on the lists. */
export function threadHold(s: State, editors: Editable[]): ContactHold | null {
  const editor = editors[0];
  if (!editor || !contactOn(s)) return null;
  fault('adapter');
  const box = isMessageBox(editor, s.adapter);
  if (!box) return null;
  const m = firstMatch(s, peopleForThread(editor, box.named));
  if (!m) return null;
  const thread = `${location.pathname}|${m.kind}|${m.listed}`;
  if (s.contactDone.has(thread) || s.contactDone.has(`message|${m.kind}|${m.listed}`)) return null;
  return { match: m, action: 'message', thread };
}

/** Opens what this decision needs: the contact nudge first (then the draft's warning if it has one), or the warning. */
export function present(s: State, d: Decision, again: Retrigger): void {
  if (!d.contact) return openWarning(s, d.ev, d.editor, again);
  openContact(s, d.contact, d.editor, () => {
    if (d.warn) openWarning(s, d.ev, d.editor, again);
    else withBypass(s, again);
  });
}

/**
 * Shows the nudge; throws (so the caller lets the site's action through) if it cannot. `go` runs
 * the person's own action on "Go ahead"; "Cancel" and Escape do nothing but close it.
 */
export function openContact(s: State, hold: ContactHold, editor: Editable | null, go: () => void): void {
  fault('ui');
  disarm(s);
  rememberFocus(s, editor);
  let done = false;
  const close = (ahead: boolean) => {
    if (done) return;
    done = true;
    s.warningOpen = false;
    s.editWarning = null;
    guard('contact-close', () => s.ui?.update({ badge: badgeProps(s), warning: null, notice: s.notice, contact: null }));
    if (!ahead) return refocus(s);
    const { match: m } = hold;
    if (hold.thread) s.contactDone.add(hold.thread);
    if (hold.action === 'message') s.contactDone.add(`message|${m.kind}|${m.listed}`);
    const restore = s.restore;
    try { go(); } finally { if (!s.warningOpen && s.restore === restore) s.restore = null; }
  };
  s.ui ??= createUi();
  s.ui.update({
    badge: null, warning: null, notice: null,
    contact: { who: hold.match.listed, list: hold.match.kind, action: hold.action, onCancel: () => close(false), onGo: () => close(true) },
  });
  if (!s.ui.root.querySelector('[role="alertdialog"]')) {
    s.ui.update({ badge: null, warning: null, contact: null });
    throw new Error('contact nudge did not render');
  }
  s.warningOpen = true;
  s.ui.focusables()[0]?.focus();
  s.editWarning = () => close(false);
}
