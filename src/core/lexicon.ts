// One look-up per word of the draft instead of one per rule: every word any rule acts on (a trigger
// word of a pattern table, the first word of a name) maps to a bit mask of the parties that want it.
// The tokeniser stores the mask on the token and lists the tokens that have one, so each rule visits
// only its own words instead of walking the whole draft again.

/** Trigger words of the module-level pattern tables (Triggers in regex.ts), shared by every scanner. */
export const TRIGGER_WORDS = new Map<string, number>();
/** Bits of tables that are also tried at every number. */
export let DIGIT_BITS = 0;
/** Tables that decide with a predicate (postcodes, "y6"); asked only about words with a digit after the first letter. */
export const WHEN: { when: (word: string) => boolean; bit: number }[] = [];

let nextGlobalBit = 0;
/** Bits left for per-scanner parties (name indexes); masks stay small integers. */
const MAX_BITS = 30;

export function claimGlobalBit(): number {
  if (nextGlobalBit >= MAX_BITS) throw new Error('Too many trigger tables for one lexicon');
  return 1 << nextGlobalBit++;
}
export function addTriggerWord(word: string, bit: number): void {
  TRIGGER_WORDS.set(word, (TRIGGER_WORDS.get(word) ?? 0) | bit);
}
export function addDigitBit(bit: number): void {
  DIGIT_BITS |= bit;
}

/**
 * The words of one compiled scanner: the shared trigger words plus each name index's start words.
 * Built once per settings change; the pattern tables are all created when the modules load, before.
 */
export class Lexicon {
  readonly words = new Map<string, number>(TRIGGER_WORDS);
  private next = nextGlobalBit;

  claim(): number {
    if (this.next >= MAX_BITS) throw new Error('Too many name indexes for one lexicon');
    return 1 << this.next++;
  }
}

/**
 * A bit set over a hash of each word's characters: the tokeniser computes the hash as it walks the
 * word and only builds the word's string and looks it up when its bit is set, which it is not for
 * most ordinary words. Rebuilt when words were added since (only while a scanner compiles).
 */
const FILTER_BITS = 17;
const filters = new WeakMap<Map<string, number>, { size: number; bits: Int32Array }>();

/** The hash the tokeniser computes one character at a time: h = h * 31 + code, as a 32-bit integer. */
export function wordHash(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
  return h;
}
export const filterSlot = (h: number): number => (h ^ (h >>> FILTER_BITS)) & ((1 << FILTER_BITS) - 1);

export function wordFilter(words: Map<string, number>): Int32Array {
  let f = filters.get(words);
  if (!f || f.size !== words.size) {
    const bits = new Int32Array((1 << FILTER_BITS) >>> 5);
    for (const w of words.keys()) {
      const slot = filterSlot(wordHash(w));
      bits[slot >>> 5]! |= 1 << (slot & 31);
    }
    filters.set(words, (f = { size: words.size, bits }));
  }
  return f.bits;
}
