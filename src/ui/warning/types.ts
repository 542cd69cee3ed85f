import type { Excerpt } from './excerpt';

/** One thing found in a draft, as shown to the person. */
export interface Item {
  /** A RuleId from the engine, or 'photo' / 'photo-gps' for attachments. */
  rule: string;
  label: string;
  /** The matched words, or the place / file name. */
  text: string;
  message: string;
  severity: 'high' | 'medium' | 'low';
  questions: number[];
}

export interface Question { n: number; readonly title: string; readonly detail: string }

import type { Audience } from '../../sites/types';

export type { Audience } from '../../sites/types';

export type { Excerpt } from './excerpt';

export interface WarningProps {
  /** Empty only in "always" mode with nothing found: then just the seven questions. */
  items: Item[];
  questions: readonly Question[];
  profile: boolean;
  note: string | null;
  /** The draft around the findings, with the findings marked. */
  excerpts?: Excerpt[];
  /** Null or left out when the page does not show it: then nothing is said about it. */
  audience?: Audience | null;
  /** "Always ask" mode: all seven questions in view, the ones that fit first, whatever was found. */
  always?: boolean;
  /**
   * Adds words to the words never to flag (after the person confirmed) and re-judges the draft;
   * resolves false when it could not be saved. Left out when IT has locked that list.
   */
  onNeverFlag?: (words: string) => Promise<boolean>;
  onEdit: () => void;
  onPost: () => void;
}
