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

export interface Question { n: number; title: string; detail: string }

export interface WarningProps {
  /** Empty only in "always" mode with nothing found: then just the seven questions. */
  items: Item[];
  questions: Question[];
  profile: boolean;
  note: string | null;
  onEdit: () => void;
  onPost: () => void;
}
