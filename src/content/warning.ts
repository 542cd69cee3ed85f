// The warning: opens over the page with focus inside it, keeps focus there while open, and on Edit
// puts the caret back where it was; on "Post anyway" replays what the person did, once.
import browser from 'webextension-polyfill';
import { SEVEN_QUESTIONS } from '../core';
import { message, type Message, type Reply } from '../messages';
import { createUi, type WarningProps } from '../ui/warning/host';
import { isOurs, type Editable } from './composer';
import { badgeProps, scheduleScan } from './badge';
import { fault } from './faults';
import { guard } from './guard';
import { judge } from './draft';
import { disarm } from './miss';
import { reload } from './settings';
import { alwaysAsk, type Evaluation, type Retrigger, type State } from './state';

/** Shows the warning; throws (so the caller lets the site's event through) if it cannot. */
export function openWarning(s: State, ev: Evaluation, editor: Editable | null, retrigger: Retrigger): void {
  fault('ui');
  // What we hold is not a miss, whatever the person then chooses.
  disarm(s);
  rememberFocus(s, editor);
  let done = false;
  const close = (post: boolean) => {
    if (done) return;
    done = true;
    s.warning = null;
    s.warningOpen = false;
    s.editWarning = null;
    // Closing must always work, whatever the UI does.
    guard('close', () => s.ui?.update({ badge: badgeProps(s), warning: null, notice: s.notice }));
    // Edit: back to the editor. Post anyway: the retrigger puts focus where the original action had it.
    if (!post) return refocus(s);
    s.carried = null;
    s.bypass = true;
    try { retrigger(); } finally { s.bypass = false; s.restore = null; }
    if (s.recent) scheduleScan(s, s.recent);
  };
  const props = (e: Evaluation): WarningProps => ({
    items: e.items,
    questions: SEVEN_QUESTIONS,
    profile: e.profile,
    note: e.note,
    excerpts: e.excerpts,
    audience: e.audience,
    always: alwaysAsk(s),
    // IT's lock on the list is the school's decision: then the warning does not offer it.
    onNeverFlag: e.draft && !s.locked.includes('ignoreWords') ? (words) => neverFlag(s, e, words, () => done, reshow, () => close(false)) : undefined,
    onEdit: () => close(false),
    onPost: () => close(true),
  });
  const reshow = (e: Evaluation) => {
    s.warning = props(e);
    s.ui?.update({ badge: null, warning: s.warning, notice: null });
    // The "Never flag" control that had focus is gone with its finding: focus stays in the dialog.
    const active = s.ui?.root.activeElement;
    if (!active || !s.ui?.root.querySelector('[role="alertdialog"]')?.contains(active)) s.ui?.focusables()[0]?.focus();
  };
  s.warning = props(ev);
  s.ui ??= createUi();
  s.ui.update({ badge: null, warning: s.warning, notice: null });
  if (!s.ui.root.querySelector('[role="alertdialog"]')) throw new Error('warning did not render');
  s.warningOpen = true;
  s.ui.focusables()[0]?.focus();
  s.editWarning = () => close(false);
}

/**
 * "Never flag" confirmed: the worker adds the words to the person's own list; once the settings with
 * them are in force the same draft is judged again. Nothing left: the warning closes as Edit would
 * (it never posts by itself). Resolves false when the words could not be saved.
 */
async function neverFlag(s: State, ev: Evaluation, words: string, closed: () => boolean, reshow: (e: Evaluation) => void, edit: () => void): Promise<boolean> {
  const reply = await browser.runtime.sendMessage<Message<'tbyp:ignore-word'>, Reply<'tbyp:ignore-word'> | undefined>(message('tbyp:ignore-word', { word: words }));
  if (!reply?.ok) return false;
  // The storage change reloads the settings as well; wait until a read that has the word is in force.
  const has = () => !!s.settings?.ignoreWords.some((w) => w.toLowerCase() === words.toLowerCase());
  const settle = async () => { for (let r = s.refreshing; r; r = s.refreshing) await r; };
  await settle();
  for (let i = 0; i < 5 && !has(); i++) { reload(s); await settle(); }
  if (!has() || !ev.draft) return false;
  if (closed()) return true;
  const again = judge(s, ev.draft);
  if (!again.items.length) edit();
  else reshow(again);
  return true;
}

/** Where focus and the caret are as a dialog of ours opens, for refocus() on Edit or Cancel. */
export function rememberFocus(s: State, editor: Editable | null): void {
  const sel = document.getSelection();
  const ranges: Range[] = [];
  if (editor && sel) for (let i = 0; i < sel.rangeCount; i++) ranges.push(sel.getRangeAt(i).cloneRange());
  const active = document.activeElement;
  const was = active instanceof HTMLElement && !isOurs(active, s.ui?.host ?? null) ? active : null;
  const el = editor ?? was;
  s.restore = el ? { el, ranges } : null;
}

/** Edit: focus and caret back where they were when the warning opened. */
export function refocus(s: State): void {
  const r = s.restore;
  s.restore = null;
  if (!r?.el.isConnected) return;
  r.el.focus({ preventScroll: true });
  if (r.ranges.length && r.el.isContentEditable) {
    const sel = document.getSelection();
    if (sel) {
      sel.removeAllRanges();
      for (const range of r.ranges) if (r.el.contains(range.startContainer)) sel.addRange(range);
    }
  }
}

/** Tab and Shift+Tab go round the warning's own buttons and links while it is open. */
export function trapTab(s: State, e: KeyboardEvent): void {
  const items = s.ui?.focusables() ?? [];
  if (!items.length) return;
  const active = s.ui!.root.activeElement;
  const i = items.indexOf(active as HTMLElement);
  const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : (i < 0 || i === items.length - 1 ? 0 : i + 1);
  e.preventDefault();
  items[next]!.focus();
}
