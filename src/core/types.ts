import type { Lexicon } from './lexicon';

export type RuleId =
  | 'school' | 'pupil' | 'parent-names' | 'colleague' | 'location' | 'job' | 'absence' | 'contact' | 'trip' | 'conduct' | 'confidential'
  | 'contact-boundaries';
type Severity = 'high' | 'medium' | 'low';

export interface ScannerConfig {
  schoolNames: string[];
  pupilNames: string[];
  schoolDomain?: string;
  schoolHandles?: string[];
  staffNames?: string[];
  /** Parents' and carers' names: only the `parent-names` rule reads them, and it is off unless switched on. */
  parentNames?: string[];
  /** Words or phrases the school has decided are never a problem (e.g. a pupil called "Paris" in a holiday post). */
  ignoreWords?: string[];
  /** Switch rules off (false) or on; a rule left out keeps its default (RuleMeta.defaultOn). */
  rules?: Partial<Record<RuleId, boolean>>;
}

export interface Finding {
  rule: RuleId;
  /** UTF-16 offsets into the scanned text; end is exclusive and never splits a surrogate pair. */
  start: number;
  end: number;
  severity: Severity;
  /** Short plain English, e.g. "A pupil's name". */
  label: string;
  /** Why it matters, citing school policy, in plain English. */
  message: string;
  /** Numbers (1-7) of the seven questions to ask before posting. */
  questions: number[];
}

export interface Scanner {
  scan(text: string): Finding[];
}

export interface RuleMeta {
  id: RuleId;
  title: string;
  severity: Severity;
  questions: number[];
  /** Plain-English explanation citing the school policy; used as the finding's message. */
  explanation: string;
  /** What the rule looks for, in a few words, beside its title wherever it can be switched off. */
  examples?: string;
  /** Off until the school or the person switches it on (false); on when left out. */
  defaultOn?: boolean;
  /**
   * What the switch does, in plain English, for the options page and IT's templates, when it is
   * more than a draft check (contact boundaries acts on Follow, Add friend and Message, not on drafts).
   */
  help?: string;
  /**
   * Rules whose findings this rule reads (`doc.found`, `doc.learnt`). The engine runs them first, whatever
   * the list's order; rule-reads.test.ts records every read and fails on one left out here.
   */
  reads?: RuleId[];
}

export interface Token {
  /** UTF-16 offsets into the draft; end is exclusive. */
  start: number;
  end: number;
  /** Folded, lower-case form. */
  norm: string;
  /** First letter is a capital in the original text. */
  cap: boolean;
  /** Two or more letters, all capitals. */
  allCaps: boolean;
  /** First word of a sentence (or of the draft). */
  initial: boolean;
  /** Preceded directly by '#' or '@'. */
  tag: '#' | '@' | '';
  /** Original text had lower→upper humps ("EllieSmith"). */
  camel: boolean;
  /** Followed by a possessive 's. */
  poss: boolean;
  /** Bits of the rules that act on this word (see lexicon.ts); 0 for most words. */
  mask: number;
}

/** The words of a draft, made into objects only when a rule asks for one (doc.ts). */
export interface TokenList {
  readonly length: number;
  get(i: number): Token | undefined;
}

/** A draft prepared once per scan and shared by every rule. Offsets are the draft's own (UTF-16). */
export interface Doc {
  text: string;
  /**
   * Folded lower-case text of the same length as `text` (accents removed, curly quotes straightened,
   * so the pattern tables can be written in plain ASCII). Built the first time a rule reads it.
   */
  readonly norm: string;
  /** After norm was read: false when folding the draft met no character folding drops (regex.ts skips its search for them). */
  readonly normVanish: boolean;
  tokens: TokenList;
  /** Indices of the tokens some pattern table wants (trigger words, numbers), in order. */
  hot: number[];
  /** Their masks, side by side with `hot`. */
  hotMasks: number[];
  /** Their anchor groups (lexicon.ts), side by side with `hot`. */
  hotGroups: number[];
  /** Every hot word's anchor groups or-ed together: a weak trigger word whose anchors are not in the draft waits for nothing. */
  groups: number;
  /** Indices of the tokens that are capitalised, #tagged/@handles, camel-case or start a name, in order. */
  notable: number[];
  /** Every word's mask or-ed together: a table none of whose words is in the draft has nothing to do. */
  masks: number;
  /** Folded sentences, by start * 512 + length, made as the rules' context checks need them (regex.ts). */
  sentences?: Map<number, FoldedBlock>;
  /** Folded blocks of the draft, made as the pattern tables need them (regex.ts). */
  windows?: (FoldedBlock | undefined)[];
  /** Characters some rule asks the whole draft about, as bits (doc.ts: SEEN_DASH). */
  chars: number;
  /** The draft's length in the characters folding keeps (regex.ts: visibleLength), once asked. */
  visible?: number;
  /** ASCII digits in the draft's words: a phone number needs nine. */
  digits: number;
  /**
   * Spans each rule found in this draft, by rule, set by the scanner after each rule runs (rules run
   * in RULE_MODULES order): a later rule may build on an earlier one's findings (job on conduct).
   */
  found?: Partial<Record<RuleId, [number, number][]>>;
  /** Rules whose finding in `found` came from the learnt second opinion (model.ts), not their own check. */
  learnt?: Partial<Record<RuleId, true>>;
  /** Street addresses, found once per draft for the location and contact rules (address.ts). */
  addresses?: [number, number][];
  /** The words the tokens were marked with. */
  lexicon: Lexicon;
  /** Facts of token i (doc.ts: CAP, INITIAL…) and its mask, without making its object; 0 past either end. */
  flagsOf(i: number): number;
  maskOf(i: number): number;
  startOf(i: number): number;
  endOf(i: number): number;
  /** Folded form of token i (the lexicon's own string when the word is in it). */
  word(i: number): string;
  /** Index + 1 of token i's word in `lexicon.table.words`, 0 when the word is not in it. */
  wordId(i: number): number;
  /** The folded word's hash (lexicon.ts wordHash), worked out by the tokeniser: the same for the same folded word. */
  hashOf(i: number): number;
}

export type Report = (start: number, end: number) => void;

export type Check = (doc: Doc, report: Report) => void;

/** What a rule module exports beside its meta: compile once, then check every draft. */
export type RuleCreate = (config: CompiledConfig) => Check | null;

/**
 * The same compile, for a rule whose lists can be long: it yields now and then, so a caller can
 * give the page back between steps (see compileSteps in index.ts).
 */
export type RuleSteps = (config: CompiledConfig) => Generator<void, Check | null, void>;

export interface CompiledConfig {
  raw: ScannerConfig;
  /** The scanner's word table: name indexes add their start words to it (see lexicon.ts). */
  lexicon: Lexicon;
}

/** A stretch of the draft folded for the pattern tables (regex.ts). */
export interface FoldedBlock {
  s: string;
  /** Offset in the draft of the stretch's start. */
  from: number;
  /** Offset in the draft of each unit of `s` (and of its end), when folding dropped characters from it. */
  at?: Int32Array;
  /** The same stretch read with its zero-width spaces kept as separators (regex.ts). */
  alt?: FoldedBlock;
  /** The stretch holds a capital sigma, whose folding depends on its neighbours (regex.ts). */
  sigma?: boolean;
}
