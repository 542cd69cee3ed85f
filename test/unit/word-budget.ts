// How many words a person reads before the warning's first button, counted the same way in a unit
// test (happy-dom) and in the browser (passed to page.evaluate, so it closes over nothing).
//
// Counted: every text node of the dialog, in document order, before `stop` (by default the dialog's
// first <button>; `stopAt: 'choices'` counts up to Edit, the first of the two choices, so a
// "Never flag" or "All seven questions" control and its label count as words too). Not counted: text
// inside a closed <details> other than its <summary> (not shown until opened), text hidden with
// `hidden` or display:none, and attribute text (aria-labels are not read on screen). A word is a run of
// letters or digits, with inner apostrophes and hyphens ("pupil's", "child-protection": one word).
export function wordsBeforeButton(dialog: Element, stopAt: 'first' | 'choices' = 'first'): { words: number; text: string } {
  const stop = stopAt === 'first' ? dialog.querySelector('button') : dialog.querySelector('.actions button');
  const walker = dialog.ownerDocument.createTreeWalker(dialog, 4 /* NodeFilter.SHOW_TEXT */);
  const seen: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (stop && (stop === n.parentNode || stop.contains(n) || !(n.compareDocumentPosition(stop) & 4 /* FOLLOWING */))) break;
    const el = n.parentElement;
    if (!el) continue;
    const details = el.closest('details');
    if (details && !details.open && !el.closest('summary')) continue;
    if (el.closest('[hidden]')) continue;
    const view = el.ownerDocument.defaultView;
    if (view && view.getComputedStyle(el).display === 'none') continue;
    seen.push(n.textContent ?? '');
  }
  const text = seen.join(' ').replace(/\s+/g, ' ').trim();
  const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  return { words: words.length, text };
}
