import { addDigitBit, SHARED, WHEN } from './lexicon';
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
  const ch = doc.text[i];
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

export const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Several sticky patterns tried only where one of their trigger words starts. The words go into the
 * shared lexicon (lexicon.ts), so the tokeniser marks them once and run() visits only marked words.
 * Tables are created when their module loads, before any scanner is compiled.
 */
export class Triggers {
  private byWord = new Map<string, { re: RegExp; keep?: (m: RegExpExecArray, doc: Doc) => boolean }[]>();
  private onDigits: { re: RegExp; keep?: (m: RegExpExecArray, doc: Doc) => boolean }[] = [];
  private onWhen: { when: (word: string) => boolean; entry: { re: RegExp; keep?: (m: RegExpExecArray, doc: Doc) => boolean } }[] = [];
  private readonly bit = SHARED.claim();

  /**
   * `digits` also tries the pattern at every number; `when` at words it accepts, but it is only asked
   * about words that contain a digit and do not start with one (postcodes, "y6").
   */
  add(re: RegExp, triggers: Set<string>, opts: { digits?: boolean; when?: (word: string) => boolean; keep?: (m: RegExpExecArray, doc: Doc) => boolean } = {}): this {
    if (!re.sticky) throw new Error('Triggers needs sticky (y) RegExps');
    const entry = { re, keep: opts.keep };
    for (const w of triggers) {
      const list = this.byWord.get(w);
      if (list) list.push(entry);
      else this.byWord.set(w, [entry]);
      SHARED.mark(w, this.bit);
    }
    if (opts.digits) {
      this.onDigits.push(entry);
      addDigitBit(this.bit);
    }
    if (opts.when) {
      this.onWhen.push({ when: opts.when, entry });
      WHEN.push({ when: opts.when, bit: this.bit });
    }
    return this;
  }

  run(doc: Doc, report: Report): void {
    const { norm, tokens, hot, hotMasks } = doc;
    const bit = this.bit;
    for (let h = 0; h < hot.length; h++) {
      if (!(hotMasks[h]! & bit)) continue;
      const t = tokens.get(hot[h]!)!;
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
