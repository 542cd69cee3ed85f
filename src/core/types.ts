import type { Lexicon } from './lexicon';

export type RuleId = 'school' | 'pupil' | 'colleague' | 'location' | 'job' | 'absence' | 'contact' | 'trip';
export type Severity = 'high' | 'medium' | 'low';

export interface ScannerConfig {
  schoolNames: string[];
  pupilNames: string[];
  schoolDomain?: string;
  schoolHandles?: string[];
  staffNames?: string[];
  /** Words or phrases the school has decided are never a problem (e.g. a pupil called "Paris" in a holiday post). */
  ignoreWords?: string[];
  /** Switch rules off (false) or on; a rule left out keeps its default. */
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
}

export interface Token {
  /** Offsets into the normalised text. */
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

/** A draft prepared once per scan and shared by every rule. */
export interface Doc {
  text: string;
  /** Folded lower-case text: accents removed, zero-width characters dropped, curly quotes straightened. */
  norm: string;
  tokens: Token[];
  /** Indices of the tokens some pattern table wants (trigger words, numbers), in order. */
  hot: number[];
  /** Their masks, side by side with `hot`. */
  hotMasks: number[];
  /** Indices of the tokens that are capitalised, #tagged/@handles, camel-case or start a name, in order. */
  notable: number[];
  /** Normalised offsets are the original offsets (no character folded to a different length). */
  aligned: boolean;
  /** Street addresses, found once per draft for the location and contact rules (address.ts). */
  addresses?: [number, number][];
  /** The words the tokens were marked with. */
  lexicon: Lexicon;
  /** Original UTF-16 start/end of normalised offsets. */
  origStart(i: number): number;
  origEnd(i: number): number;
  /** The original text of a token. */
  orig(t: { start: number; end: number }): string;
}

export type Report = (start: number, end: number) => void;

/** What a rule module exports beside its meta: compile once, then check every draft. */
export type RuleCreate = (config: CompiledConfig) => ((doc: Doc, report: Report) => void) | null;

export interface CompiledConfig {
  raw: ScannerConfig;
  /** The scanner's word table: name indexes add their start words to it (see lexicon.ts). */
  lexicon: Lexicon;
}
