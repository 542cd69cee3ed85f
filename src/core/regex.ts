import type { Doc, Report } from './types';

/** Report every match of a global RegExp over the normalised text (optionally only a named group "hit"). */
export function reportAll(re: RegExp, doc: Doc, report: Report, keep?: (m: RegExpExecArray) => boolean): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc.norm))) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    if (keep && !keep(m)) { re.lastIndex = m.index + 1; continue; }
    report(m.index, m.index + m[0].length);
  }
}

/** Is the original character at a normalised offset a capital letter? */
export function capAt(doc: Doc, i: number): boolean {
  const ch = doc.text[doc.origStart(i)];
  return ch !== undefined && ch !== ch.toLowerCase();
}

/** Bounds of the sentence (or line) around a normalised offset, looking at most `max` characters each way. */
export function sentenceAround(norm: string, i: number, max = 200): [number, number] {
  let a = i;
  const lo = Math.max(0, i - max);
  while (a > lo && !'.!?\n'.includes(norm[a - 1]!)) a--;
  let b = i;
  const hi = Math.min(norm.length, i + max);
  while (b < hi && !'.!?\n'.includes(norm[b]!)) b++;
  return [a, b];
}

/**
 * Like reportAll, but only tries the pattern where a word from `triggers` starts (a sticky match
 * there), so a draft costs one set look-up per word instead of one pass per pattern. The pattern
 * must begin with one of the trigger words; `digits` also tries it at every number.
 */
export function reportAt(re: RegExp, triggers: Set<string>, doc: Doc, report: Report, opts: { digits?: boolean; keep?: (m: RegExpExecArray) => boolean } = {}): void {
  if (!re.sticky) throw new Error('reportAt needs a sticky (y) RegExp');
  let after = 0;
  for (const t of doc.tokens) {
    if (t.start < after) continue;
    if (!triggers.has(t.norm) && !(opts.digits && t.norm.charCodeAt(0) <= 57)) continue;
    re.lastIndex = t.start;
    const m = re.exec(doc.norm);
    if (!m || (opts.keep && !opts.keep(m))) continue;
    report(m.index, m.index + m[0].length);
    after = m.index + m[0].length;
  }
}

export const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Several sticky patterns tried only where one of their trigger words starts, in one pass over the words. */
export class Triggers {
  private byWord = new Map<string, { re: RegExp; keep?: (m: RegExpExecArray, doc: Doc) => boolean }[]>();
  private onDigits: { re: RegExp; keep?: (m: RegExpExecArray, doc: Doc) => boolean }[] = [];
  private onWhen: { when: (word: string) => boolean; entry: { re: RegExp; keep?: (m: RegExpExecArray, doc: Doc) => boolean } }[] = [];

  add(re: RegExp, triggers: Set<string>, opts: { digits?: boolean; when?: (word: string) => boolean; keep?: (m: RegExpExecArray, doc: Doc) => boolean } = {}): this {
    if (!re.sticky) throw new Error('Triggers needs sticky (y) RegExps');
    const entry = { re, keep: opts.keep };
    for (const w of triggers) {
      const list = this.byWord.get(w);
      if (list) list.push(entry);
      else this.byWord.set(w, [entry]);
    }
    if (opts.digits) this.onDigits.push(entry);
    if (opts.when) this.onWhen.push({ when: opts.when, entry });
    return this;
  }

  run(doc: Doc, report: Report): void {
    const { norm } = doc;
    for (const t of doc.tokens) {
      let list = this.byWord.get(t.norm) ?? (this.onDigits.length && t.norm.charCodeAt(0) <= 57 ? this.onDigits : undefined);
      if (!list) for (const w of this.onWhen) if (w.when(t.norm)) (list ??= []).push(w.entry);
      if (!list) continue;
      for (const { re, keep } of list) {
        re.lastIndex = t.start;
        const m = re.exec(norm);
        if (m && (!keep || keep(m, doc))) report(m.index, m.index + m[0].length);
      }
    }
  }
}
