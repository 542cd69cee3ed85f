// Submit controls by structure: the control a site enables (or brings in) once the draft has text.
// Facebook's Post and Comment are aria-disabled while empty, X's Post is disabled, X Chat's
// icon-only send button exists only while there is text: none of this depends on a label or id.
//
// The controls in the composer's scope are snapshotted while the draft is empty: at focusin (the DOM
// then shows what the site drew for it), and at the input event that brings the first character
// (in the capture phase, before the site's own handlers re-render). Lexical inserts a first
// character into an empty paragraph itself, with no input event, so by the second character the
// site may already have enabled its button: an input snapshot is taken only for a one-character
// draft, and snapshots add to what earlier ones saw instead of replacing it. Typing on in a draft
// that has text costs a property read. The comparison with the present runs only when asked.
import { accessibleLabel, isDisabled, isNextStepLabel, isNotSubmitLabel, isSubmitLabel } from '../sites/generic';
import { CONTROL, type Editable, hasText, pressable, readText } from './dom';

interface Watched {
  scope: Element;
  /** Controls present while the draft was empty, and which of them were disabled. */
  seen: WeakSet<Element>;
  disabled: WeakSet<Element>;
  /** What the enabled ones looked like: a site re-rendering an unchanged button is not a new one. */
  enabledLooks: Set<string>;
  snapshot: boolean;
  /**
   * What appeared once the draft had text, seen at the next input (the site has re-rendered by
   * then). Controls that turn up later (a place's suggestion list, a picker) are not the draft's.
   */
  woke: { els: WeakSet<Element>; looks: Set<string> } | null;
  wokePending: boolean;
  wasEmpty: boolean | null;
}

export interface SubmitWatch {
  /**
   * On every input in an editor, in the capture phase; and on focusin with `settled` true (the DOM
   * then already shows what the site drew for the draft as it is).
   */
  note(editor: Editable, settled?: boolean): void;
  /**
   * The controls this editor's draft enabled or brought in, the likeliest submit first: one whose
   * label says submit, then the last in the composer (sites put Post after their tool buttons).
   * Controls labelled as a step on ("Next") or as an opener are left out: they are not the send.
   */
  enabledBy(editor: Editable): HTMLElement[];
  /** The watched editor whose draft enabled this control as its likeliest submit, if any. */
  editorFor(control: Element): Editable | null;
}

/** Items of a list or menu (a place's suggestions, a mention picker) are picked, not sent. */
const IN_A_LIST = '[role="listbox"], [role="option"], [role="menu"], [role="menuitem"]';

/** Most composers a person has open at once (a post, a chat, a comment or two). */
const MAX_WATCHED = 8;

/**
 * The composer around an editor for this purpose: its form or dialog when there is one, else the
 * nearest ancestor that holds a control besides the editor (X's inline composer with its toolbar).
 */
export function submitScope(editor: Element): Element {
  const box = editor.closest('form, [role="dialog"], [role="form"]');
  if (box) return box;
  const body = editor.ownerDocument.body;
  for (let p = editor.parentElement, depth = 0; p && p !== body && depth < 8; p = p.parentElement, depth++) {
    for (const c of p.querySelectorAll(CONTROL)) if (!editor.contains(c)) return p;
  }
  return editor.parentElement ?? editor;
}

function looks(el: Element): string {
  const path = el.querySelector('path')?.getAttribute('d')?.slice(0, 40) ?? '';
  return [el.tagName, el.getAttribute('role'), el.getAttribute('type'), accessibleLabel(el), el.getAttribute('data-testid'), path].join('|');
}

export function createSubmitWatch(): SubmitWatch {
  const watched = new Map<Editable, Watched>();

  const take = (w: Watched, fresh: boolean) => {
    if (fresh) {
      w.seen = new WeakSet();
      w.disabled = new WeakSet();
      w.enabledLooks = new Set();
    }
    for (const c of w.scope.querySelectorAll(CONTROL)) {
      if (isDisabled(c)) w.disabled.add(c);
      else if (!w.disabled.has(c)) w.enabledLooks.add(looks(c));
      w.seen.add(c);
    }
    w.snapshot = true;
  };

  const stateOf = (editor: Editable): Watched => {
    let w = watched.get(editor);
    const scope = submitScope(editor);
    if (!w || w.scope !== scope) {
      w = { scope, seen: new WeakSet(), disabled: new WeakSet(), enabledLooks: new Set(), snapshot: false, woke: null, wokePending: false, wasEmpty: null };
      watched.delete(editor);
      watched.set(editor, w);
      for (const old of watched.keys()) {
        if (watched.size <= MAX_WATCHED) break;
        watched.delete(old);
      }
    }
    return w;
  };

  const appeared = (w: Watched, c: Element) => !w.seen.has(c) && !w.enabledLooks.has(looks(c));

  const takeWoke = (w: Watched) => {
    const woke = { els: new WeakSet<Element>(), looks: new Set<string>() };
    for (const c of w.scope.querySelectorAll(CONTROL)) {
      if (pressable(c) && appeared(w, c)) { woke.els.add(c); woke.looks.add(looks(c)); }
    }
    w.woke = woke;
  };

  const enabledBy = (editor: Editable): HTMLElement[] => {
    const w = watched.get(editor);
    if (!w?.snapshot || !editor.isConnected || !w.scope.isConnected || !hasText(editor)) return [];
    const found: HTMLElement[] = [];
    for (const c of w.scope.querySelectorAll(CONTROL)) {
      if (!pressable(c) || editor.contains(c) || c.closest(IN_A_LIST)) continue;
      const became = w.disabled.has(c) || (appeared(w, c) && (!w.woke || w.woke.els.has(c) || w.woke.looks.has(looks(c))));
      if (!became) continue;
      const label = accessibleLabel(c);
      if (isNextStepLabel(label) || isNotSubmitLabel(label)) continue;
      found.push(c);
    }
    const labelled = found.filter((c) => isSubmitLabel(accessibleLabel(c)));
    return [...labelled, ...found.filter((c) => !labelled.includes(c)).reverse()];
  };

  return {
    note(editor, settled = false) {
      const w = stateOf(editor);
      const text = readText(editor).trim();
      if (settled) {
        if (!text) { take(w, true); w.woke = null; w.wokePending = false; }
      } else if (w.wasEmpty === true && [...text].length <= 2) {
        // On input the DOM still shows what the site drew for the draft before this event.
        take(w, false);
        w.woke = null;
        w.wokePending = !!text;
      } else if (text && w.wokePending) {
        takeWoke(w);
        w.wokePending = false;
      }
      w.wasEmpty = !text;
    },
    enabledBy,
    editorFor(control) {
      for (const [editor, w] of watched) {
        if (!editor.isConnected) { watched.delete(editor); continue; }
        if (w.scope.contains(control) && enabledBy(editor)[0] === control) return editor;
      }
      return null;
    },
  };
}
