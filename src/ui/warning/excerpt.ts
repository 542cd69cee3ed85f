// The draft's risky words in their place: a few words either side of each finding, never the whole of
// a long draft. Pure, so the windows and marks are unit-tested without a page.

interface Part { text: string; mark: boolean }
/** One stretch of the draft; `cutStart`/`cutEnd` say that text was left out before or after it (an ellipsis). */
export interface Excerpt { parts: Part[]; cutStart: boolean; cutEnd: boolean }

interface Span { start: number; end: number }

/** Words kept either side of a finding. */
const AROUND = 3;
/** Windows shown at most: a long draft naming a pupil ten times shows where, not all ten. */
const MAX_WINDOWS = 3;

/** Start of the word `count` words before `at`. */
function back(text: string, at: number, count: number): number {
  let i = at;
  for (let n = 0; n < count && i > 0; n++) {
    while (i > 0 && /\s/.test(text[i - 1]!)) i--;
    while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
  }
  return i;
}

/** End of the word `count` words after `at`. */
function forward(text: string, at: number, count: number): number {
  let i = at;
  for (let n = 0; n < count && i < text.length; n++) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    while (i < text.length && !/\s/.test(text[i]!)) i++;
  }
  return i;
}

/**
 * Windows of the draft around the findings, each with its findings marked. A window is centred on the
 * first place each distinct wording was found; windows that meet are joined; any finding inside a
 * window is marked there.
 */
export function excerpts(text: string, spans: readonly Span[]): Excerpt[] {
  const found = [...spans].filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length).sort((a, b) => a.start - b.start || b.end - a.end);
  if (!found.length) return [];
  // Overlapping findings (a pupil's name inside the school's) are one mark.
  const marks: Span[] = [];
  for (const s of found) {
    const last = marks[marks.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else marks.push({ ...s });
  }
  const seen = new Set<string>();
  const centres = marks.filter((m) => {
    const key = text.slice(m.start, m.end).toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, MAX_WINDOWS);
  const windows: Span[] = [];
  for (const m of centres) {
    const w = { start: back(text, m.start, AROUND), end: forward(text, m.end, AROUND) };
    const last = windows[windows.length - 1];
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else windows.push(w);
  }
  const first = text.search(/\S/);
  const last = text.trimEnd().length;
  return windows.map((w) => {
    const parts: Part[] = [];
    let at = w.start;
    for (const m of marks) {
      if (m.end <= w.start || m.start >= w.end) continue;
      const a = Math.max(m.start, w.start);
      const b = Math.min(m.end, w.end);
      if (a > at) parts.push({ text: text.slice(at, a), mark: false });
      parts.push({ text: text.slice(a, b), mark: true });
      at = b;
    }
    if (w.end > at) parts.push({ text: text.slice(at, w.end), mark: false });
    // Line breaks read as spaces in one line of excerpt; the ends are trimmed.
    for (const p of parts) p.text = p.text.replace(/\s+/g, ' ');
    if (parts[0] && !parts[0].mark) parts[0].text = parts[0].text.trimStart();
    const end = parts[parts.length - 1];
    if (end && !end.mark) end.text = end.text.trimEnd();
    return { parts: parts.filter((p) => p.text), cutStart: w.start > first, cutEnd: w.end < last };
  });
}
