import type { Item, Question } from './types';

/** The seven questions with the ones the findings point to first, in the order they were raised. */
export function orderQuestions(all: Question[], items: Item[]): (Question & { relevant: boolean })[] {
  const wanted: number[] = [];
  for (const item of items) for (const n of item.questions) if (!wanted.includes(n)) wanted.push(n);
  const rank = (q: Question) => { const i = wanted.indexOf(q.n); return i < 0 ? wanted.length + q.n : i; };
  return [...all].sort((a, b) => rank(a) - rank(b)).map((q) => ({ ...q, relevant: wanted.includes(q.n) }));
}
