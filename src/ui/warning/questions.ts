import type { Item, Question } from './types';

// Used until the engine exports SEVEN_QUESTIONS (src/core), from seeds/001: "Before posting, staff
// and volunteers should ask themselves the following questions".
export const FALLBACK_QUESTIONS: Question[] = [
  { n: 1, title: 'Do you want the whole world to see?', detail: 'Privacy settings can be overridden by other people’s settings, and posts can be copied elsewhere.' },
  { n: 2, title: 'Do you want the post to be there forever?', detail: 'Once posted, it is almost impossible to delete from the internet; sites archive posts.' },
  { n: 3, title: 'Could it be taken out of context?', detail: 'Others can take what you post, change it and post it again somewhere else.' },
  { n: 4, title: 'Could it put you or others in danger?', detail: 'It could tell people your house is empty, or that pupils are away on a school trip.' },
  { n: 5, title: 'Are you breaking any laws?', detail: 'Copyright, privacy of vulnerable groups, or claims that could be taken as fact (slander).' },
  { n: 6, title: 'Is your message clear?', detail: 'Could it cause offence by accident? Is it clear whether you are posting in an official capacity?' },
  { n: 7, title: 'Could your friends’ actions reflect on you?', detail: 'Friends can tag you in photos or link you to things through their own posts.' },
];

/** The seven questions with the ones the findings point to first, in the order they were raised. */
export function orderQuestions(all: Question[], items: Item[]): (Question & { relevant: boolean })[] {
  const wanted: number[] = [];
  for (const item of items) for (const n of item.questions) if (!wanted.includes(n)) wanted.push(n);
  const rank = (q: Question) => { const i = wanted.indexOf(q.n); return i < 0 ? wanted.length + q.n : i; };
  return [...all].sort((a, b) => rank(a) - rank(b)).map((q) => ({ ...q, relevant: wanted.includes(q.n) }));
}
