// Paints findings with the CSS Custom Highlight API: nothing is added to or changed in the editor.
// The registry is visible to the page, so the name says nothing about what was found.
const HIGHLIGHT = 'tbyp-mark';

interface Flat { text: string; nodes: Text[]; starts: number[] }

function flatten(root: Node): Flat {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  return { text: text.replace(/\u00a0/g, ' '), nodes, starts };
}

function locate(flat: Flat, offset: number): [Text, number] | null {
  let lo = 0;
  let hi = flat.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (flat.starts[mid]! <= offset) lo = mid; else hi = mid - 1;
  }
  const node = flat.nodes[lo];
  return node ? [node, Math.min(offset - flat.starts[lo]!, node.length)] : null;
}

/**
 * Ranges for [start, end) spans of `innerText`. innerText adds line breaks that text nodes do not
 * have, so each span is found again in the text nodes as the same occurrence of the same words.
 */
export function rangesFor(root: HTMLElement, innerText: string, spans: { start: number; end: number }[]): Range[] {
  if (!spans.length) return [];
  const flat = flatten(root);
  const plain = innerText.replace(/\u00a0/g, ' ');
  const out: Range[] = [];
  // Where each phrase was last matched in both texts. Spans come in order, so each occurrence is
  // paired once instead of counting from the top for every span (a long draft naming a pupil often).
  const cursors = new Map<string, { plain: number; flat: number }>();
  for (const { start, end } of spans) {
    const words = plain.slice(start, end);
    if (!words || words.includes('\n')) continue;
    let c = cursors.get(words);
    if (!c || c.plain >= start) c = { plain: -1, flat: -1 };
    cursors.set(words, c);
    if (c.flat === -2) continue; // no more occurrences in the text nodes
    for (let i = plain.indexOf(words, c.plain + 1); i >= 0 && i <= start; i = plain.indexOf(words, i + 1)) {
      c.plain = i;
      c.flat = flat.text.indexOf(words, c.flat + 1);
      if (c.flat < 0) { c.flat = -2; break; }
    }
    const at = c.flat;
    if (at < 0) continue;
    const a = locate(flat, at);
    const b = locate(flat, at + words.length);
    if (!a || !b) continue;
    const range = document.createRange();
    range.setStart(a[0], a[1]);
    range.setEnd(b[0], b[1]);
    out.push(range);
  }
  return out;
}

const painted = new Map<Element, Range[]>();

/** Painted ranges are live, so they still match fresh ones when the words under them have not moved. */
function samePlaces(a: Range[], b: Range[]): boolean {
  return a.length === b.length && a.every((r, i) => {
    const o = b[i]!;
    return r.startContainer === o.startContainer && r.startOffset === o.startOffset && r.endContainer === o.endContainer && r.endOffset === o.endOffset;
  });
}

export function paint(editor: Element, ranges: Range[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  // Nothing moved since the last scan (typing elsewhere, refocusing): keep the Highlight the page already draws.
  if (samePlaces(painted.get(editor) ?? [], ranges) && (!ranges.length || CSS.highlights.has(HIGHLIGHT))) return;
  if (ranges.length) painted.set(editor, ranges); else painted.delete(editor);
  for (const el of painted.keys()) if (!el.isConnected) painted.delete(el);
  const all = [...painted.values()].flat();
  if (all.length) CSS.highlights.set(HIGHLIGHT, new Highlight(...all));
  else CSS.highlights.delete(HIGHLIGHT);
}

export function clearAll(): void {
  painted.clear();
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT);
}
