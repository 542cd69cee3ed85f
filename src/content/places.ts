// Places by structure: a place is whatever the person picks from a list (role=listbox/option, or
// a suggestion list tied to a box with aria-controls/aria-owns) opened from a composer, however the
// site then shows the choice (X's is unverified anywhere public). The option's text is remembered
// for that composer until it is emptied or closed.
import { CONTROL, type Editable, hasText, nearAncestor, RICH_EDITABLE } from './dom';

export interface PlaceTracker {
  /**
   * On every click, and on Enter, anywhere in the page. A press in a composer is remembered as the
   * opener of any list that follows (X opens its place picker in a layer outside the composer); a
   * pick from such a list is remembered for that composer. Returns the place picked, if any.
   */
  notePickedOption(target: EventTarget | null): string | null;
  /** On input: a composer emptied by the person forgets its place. */
  noteDraft(editor: Editable): void;
  /** The places picked for this composer (or one inside or around it) while it is open. */
  placesFor(scope: Element): string[];
}

/** A pick this long after the last press in a composer is no longer taken as coming from it. */
const OPENER_MS = 10 * 60_000;

/**
 * The composer a node belongs to: the nearest dialog or form holding an editor, or the nearest
 * ancestor (a few levels up) that holds one; keyed like composerScope() in composer.ts.
 */
function composerOf(node: Element): Element | null {
  const body = node.ownerDocument.body;
  for (let p: Element | null = node, depth = 0; p && p !== body && depth < 10; p = p.parentElement, depth++) {
    const editor = p.matches(RICH_EDITABLE) ? p : p.querySelector(RICH_EDITABLE);
    if (editor) return editor.closest('[role="dialog"], form') ?? nearAncestor(editor, 6) ?? editor;
  }
  return null;
}

function optionText(option: Element): string {
  const label = option.getAttribute('aria-label')?.trim();
  const parts: string[] = [];
  const walker = option.ownerDocument.createTreeWalker(option, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
  }
  const text = parts.join(', ');
  return (text || label || '').slice(0, 160);
}

/** The list an option came from, and whoever opened or owns it. */
function pickedFrom(target: Element): { option: Element; list: Element | null } | null {
  const option = target.closest('[role="option"]');
  if (option) return { option, list: option.closest('[role="listbox"]') ?? option.parentElement };
  // A suggestion list that a box in the composer names as the list it controls or owns.
  for (let p = target.parentElement, depth = 0; p && depth < 6; p = p.parentElement, depth++) {
    if (p.id && ownerOf(p)) return { option: target.closest(CONTROL) ?? target, list: p };
  }
  return null;
}

function ownerOf(list: Element): Element | null {
  if (!list.id) return null;
  const id = CSS.escape(list.id);
  return list.ownerDocument.querySelector(`[aria-controls~="${id}"], [aria-owns~="${id}"]`);
}

/** Whether any editor in this composer holds text now. */
function draftIn(scope: Element): boolean {
  const editors = scope.matches(RICH_EDITABLE) ? [scope] : [...scope.querySelectorAll<HTMLElement>(RICH_EDITABLE)];
  return editors.some((el) => el instanceof HTMLElement && hasText(el));
}

export function createPlaceTracker(): PlaceTracker {
  // hadText: the draft had words since the pick, so all of them gone means it was posted or cleared
  // (sites empty the editor themselves, with no input event); a photo-only post keeps its place.
  const picked = new Map<Element, { place: string; hadText: boolean }>();
  let opener: { scope: Element; at: number } | null = null;

  const prune = () => { for (const scope of picked.keys()) if (!scope.isConnected) picked.delete(scope); };

  return {
    notePickedOption(target) {
      if (!(target instanceof Element)) return null;
      const from = pickedFrom(target);
      if (!from) {
        const scope = composerOf(target);
        if (scope) opener = { scope, at: Date.now() };
        return null;
      }
      const owner = from.list ? ownerOf(from.list) : null;
      const scope = composerOf(from.list ?? from.option) ?? (owner && composerOf(owner))
        ?? (opener && opener.scope.isConnected && Date.now() - opener.at < OPENER_MS ? opener.scope : null);
      if (!scope) return null;
      const place = optionText(from.option);
      if (!place) return null;
      prune();
      picked.set(scope, { place, hadText: draftIn(scope) });
      return place;
    },
    noteDraft(editor) {
      const text = hasText(editor);
      for (const [scope, entry] of picked) {
        if (!(scope === editor || scope.contains(editor) || editor.contains(scope))) continue;
        if (text) entry.hadText = true;
        else picked.delete(scope);
      }
    },
    placesFor(scope) {
      prune();
      const out: string[] = [];
      for (const [s, entry] of picked) {
        if (!(s === scope || scope.contains(s) || s.contains(scope))) continue;
        if (entry.hadText && !draftIn(s)) { picked.delete(s); continue; }
        out.push(entry.place);
      }
      return out;
    },
  };
}
