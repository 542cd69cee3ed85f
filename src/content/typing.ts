// Typing and focus: follow the editor being written in and scan it a moment after each change.
import { editableFrom, isOurs } from './composer';
import { scheduleScan } from './badge';
import { guard } from './guard';
import { noteInput } from './miss';
import { paused, type State } from './state';

export function onInput(s: State, e: Event): void {
  if (isOurs(e.target, s.ui?.host ?? null)) return;
  // Never in the way of typing.
  guard('input', () => {
    const editor = editableFrom(e.target, s.adapter);
    if (!editor) return;
    // Capture phase, before the site's handlers: the controls still show the draft as it was.
    s.watch.note(editor);
    // Reading the draft on every key costs a layout: only once a place has been picked at all.
    if (s.placePicked) s.places.noteDraft(editor);
    noteInput(s, e);
    s.recent = editor;
    // Typing again (after "Back", or in another composer) means any earlier "Next" is history.
    s.carried = null;
    if (!s.scanner || paused(s)) return;
    scheduleScan(s, editor);
  });
}

export function onFocusIn(s: State, e: FocusEvent): void {
  const ours = isOurs(e.target, s.ui?.host ?? null);
  if (s.warningOpen && !ours) {
    // Keep focus inside the warning while it is open.
    s.ui?.focusables()[0]?.focus();
    return;
  }
  if (ours) return;
  guard('focus', () => {
    const editor = editableFrom(e.target, s.adapter);
    if (!editor) return;
    s.watch.note(editor, true);
    s.recent = editor;
    if (s.scanner && !paused(s) && s.badgeFor?.editor !== editor) scheduleScan(s, editor, 0);
  });
}

/** A click (or Enter) on an option of a list opened from a composer: a place picked for that post. */
export function onPick(s: State, e: Event): void {
  if (!e.isTrusted || s.warningOpen || isOurs(e.target, s.ui?.host ?? null)) return;
  guard('place', () => {
    const place = s.places.notePickedOption(e.target);
    if (place) s.placePicked = true;
    // The draft's findings now include the place: the badge says so without waiting for typing.
    if (place && s.recent && s.scanner && !paused(s)) scheduleScan(s, s.recent, 0);
  });
}
