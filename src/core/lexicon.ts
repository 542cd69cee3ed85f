// One look-up per word of the draft instead of one per rule: every word any rule acts on (a trigger
// word of a pattern table, the first word of a name) maps to a bit mask of the parties that want it.
// The tokeniser stores the mask on the token and lists the tokens that have one, so each rule visits
// only its own words instead of walking the whole draft again.

/** Bits per mask: masks stay small integers. */
const MAX_BITS = 30;

/**
 * An open-addressing table over the words, keyed by the hash the tokeniser computes one character at
 * a time, so a word of the draft is found by comparing characters in place: no string is cut out of
 * the draft for the many ordinary words no rule wants, and a word that is found gets the table's own
 * copy (whose hash the engine's Maps have already worked out).
 */
export interface WordTable {
  /** Index + 1 into words/masks/hashes, 0 for an empty slot; length is a power of two. */
  slots: Int32Array;
  words: string[];
  masks: Int32Array;
  hashes: Int32Array;
  /** Anchor groups of each word (regex.ts): one bit per anchor set the word belongs to. */
  groups: Int32Array;
  /**
   * The shared table this one was built on (a scanner's), whose words have the same ids here: what
   * is worked out per table for the shared trigger words alone (regex.ts: plans, weak words) is
   * worked out once for it rather than again at each scanner's first scan.
   */
  shared?: WordTable;
}

/** h = h * 31 + code over the folded word, as a 32-bit integer (the tokeniser computes the same). */
function wordHash(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
  return h;
}
/**
 * First slot to try for a hash: a multiplicative mix, as short words differ mostly in the low bits.
 * With the plain xor-shift, at half full, a word of a draft walked 3.8 slots on average before its
 * answer; with this mix in a table at most a quarter full, 1.35 (the model's table does the same).
 */
export const slotOf = (h: number, size: number): number => (Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 7) & (size - 1);

export class Lexicon {
  /**
   * Words this lexicon marked itself (a scanner's: its names), with their bits, one pair per mark and
   * repeats allowed; the base's are in `base`. build() merges repeats as it inserts: a Map here cost
   * two look-ups per mark, and a 2,000-pupil list marks some 7,000 words ("elliesmith" for #EllieSmith).
   */
  private readonly marked: string[] = [];
  private readonly bits: number[] = [];
  /** Anchor-group bits by word (markGroup), beside the masks: another 31 bits that no table spends. */
  private readonly groups: Map<string, number>;
  /**
   * The base's table as it stood when this lexicon was made. A scanner's lexicon used to copy the
   * shared words into its own Map (5,000 of them) and hash them all again when it built its table;
   * it now starts from the shared table, built once per page, and adds only its own words.
   */
  private readonly base: WordTable | undefined;
  private next: number;
  private built: WordTable | undefined;

  /** A scanner's lexicon starts from the shared trigger words and their bits. */
  constructor(base?: Lexicon) {
    this.groups = new Map();
    this.base = base?.table;
    this.next = base ? base.next : 0;
  }

  /** Bits handed out by this lexicon itself (a scanner's: its name indexes), not inherited ones. */
  own = 0;

  claim(): number {
    if (this.next >= MAX_BITS) throw new Error('Too many word tables for one lexicon');
    const bit = 1 << this.next++;
    this.own |= bit;
    return bit;
  }

  mark(word: string, bit: number): void {
    this.marked.push(word);
    this.bits.push(bit);
    this.built = undefined;
  }

  /** Puts a word in an anchor group; the word must also be marked (a group bit alone adds no word to the table). */
  markGroup(word: string, bit: number): void {
    this.groups.set(word, (this.groups.get(word) ?? 0) | bit);
    this.built = undefined;
  }

  /** Builds the table now (compile time) rather than on the first scan. */
  seal(): void {
    this.built ??= build(this.base, this.marked, this.bits, this.groups);
  }

  get table(): WordTable {
    return (this.built ??= build(this.base, this.marked, this.bits, this.groups));
  }
}

/**
 * The base table's words first, in its order and with its ids (a table's plans in regex.ts are dense
 * up to its highest shared id), then this lexicon's new words in the order they were marked: the same
 * table, id for id, as when the base's Map was copied and built again.
 */
function build(base: WordTable | undefined, marked: string[], bits: number[], groupMap: Map<string, number>): WordTable {
  const have = base ? base.words.length : 0;
  // Sized for every mark as if each were a new word: repeats only leave the table a little emptier.
  const most = have + marked.length;
  let size = 16;
  while (size < most * 4) size *= 2;
  const words: string[] = base ? base.words.slice() : [];
  let masks = new Int32Array(most);
  let hashes = new Int32Array(most);
  let groups = new Int32Array(most);
  let slots: Int32Array;
  if (base) {
    masks.set(base.masks);
    hashes.set(base.hashes);
    groups.set(base.groups);
    if (base.slots.length === size) slots = base.slots.slice();
    else {
      slots = new Int32Array(size);
      for (let k = 0; k < have; k++) {
        let slot = slotOf(hashes[k]!, size);
        while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
        slots[slot] = k + 1;
      }
    }
  } else slots = new Int32Array(size);
  // Find or insert each marked word in one walk of its probe run.
  const add = (w: string, h: number): number => {
    let slot = slotOf(h, size);
    for (let k: number; (k = slots[slot]!) !== 0; slot = (slot + 1) & (size - 1)) {
      if (hashes[k - 1] === h && words[k - 1] === w) return k - 1;
    }
    const k = words.length;
    words.push(w);
    hashes[k] = h;
    slots[slot] = k + 1;
    if (groupMap.size) groups[k] = groupMap.get(w) ?? 0;
    return k;
  };
  for (let j = 0; j < marked.length; j++) {
    const w = marked[j]!;
    masks[add(w, wordHash(w))]! |= bits[j]!;
  }
  // A group bit for a base word (only the shared lexicon groups words, and it has no base).
  if (base) for (const [w, g] of groupMap) {
    const k = find(base, w, wordHash(w));
    if (k) groups[k - 1]! |= g;
  }
  const count = words.length;
  if (count < most) {
    masks = masks.slice(0, count);
    hashes = hashes.slice(0, count);
    groups = groups.slice(0, count);
    // Many repeats (the shared lexicon's trigger words recur from table to table): the table's size
    // for the words it holds, at most a quarter full as before.
    let fit = 16;
    while (fit < count * 4) fit *= 2;
    if (fit < size) {
      slots = new Int32Array(fit);
      for (let k = 0; k < count; k++) {
        let slot = slotOf(hashes[k]!, fit);
        while (slots[slot] !== 0) slot = (slot + 1) & (fit - 1);
        slots[slot] = k + 1;
      }
    }
  }
  return base ? { slots, words, masks, hashes, groups, shared: base.shared ?? base } : { slots, words, masks, hashes, groups };
}

function find(table: WordTable, word: string, h: number): number {
  const { slots, words, hashes } = table;
  for (let slot = slotOf(h, slots.length), k: number; (k = slots[slot]!) !== 0; slot = (slot + 1) & (slots.length - 1)) {
    if (hashes[k - 1] === h && words[k - 1] === word) return k;
  }
  return 0;
}

/** Index + 1 of a word in a table's `words`, 0 when it is not there. */
export function idOf(table: WordTable, word: string): number {
  return find(table, word, wordHash(word));
}

/** Trigger words of the module-level pattern tables (Triggers in regex.ts), shared by every scanner. */
export const SHARED = new Lexicon();
/** Bits of tables that are also tried at every number. */
export let DIGIT_BITS = 0;
/** Tables that decide with a predicate (postcodes, "y6"); asked only about words with a digit after the first letter. */
export const WHEN: { when: (word: string) => boolean; bit: number }[] = [];

export function addDigitBit(bit: number): void {
  DIGIT_BITS |= bit;
}
