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
