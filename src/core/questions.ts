// The seven questions from the school's social media policy ("Before posting, staff and volunteers
// should ask themselves…"), shortened for a warning that is read in a few seconds. Their words are in
// the catalogue (`question_N_title`, `question_N_detail`): read when shown, in the language in force.
import { t, type MessageKey } from '../i18n';

export interface Question { n: number; readonly title: string; readonly detail: string }

const question = (n: number): Question => ({
  n,
  get title() { return t(`question_${n}_title` as MessageKey); },
  get detail() { return t(`question_${n}_detail` as MessageKey); },
});

export const SEVEN_QUESTIONS: readonly Question[] = [1, 2, 3, 4, 5, 6, 7].map(question);
