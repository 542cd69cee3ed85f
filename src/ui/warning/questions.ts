import type { Item, Question } from './types';

/** The seven questions with the ones the findings point to first, in the order they were raised. */
export function orderQuestions(all: readonly Question[], items: Item[]): (Question & { relevant: boolean })[] {
  const wanted: number[] = [];
  for (const item of items) for (const n of item.questions) if (!wanted.includes(n)) wanted.push(n);
  const rank = (q: Question) => { const i = wanted.indexOf(q.n); return i < 0 ? wanted.length + q.n : i; };
  return [...all].sort((a, b) => rank(a) - rank(b)).map((q) => ({ ...q, relevant: wanted.includes(q.n) }));
}

/**
 * The questions that fit what was found: the most cited first (ties: the first raised), two of
 * them, and a third only when it is cited as often as the second by more than one finding.
 * `answered`: questions the warning already puts another way (a Public post's audience line says
 * what question 1 asks), left out so the next one that fits takes the place.
 */
export function fittingQuestions(all: readonly Question[], items: Item[], answered: readonly number[] = []): Question[] {
  const count = new Map<number, number>();
  const first = new Map<number, number>();
  let order = 0;
  for (const item of items) for (const n of item.questions) {
    if (answered.includes(n)) continue;
    count.set(n, (count.get(n) ?? 0) + 1);
    if (!first.has(n)) first.set(n, order++);
  }
  const ranked = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || first.get(a)! - first.get(b)!);
  const third = ranked[2];
  const take = third !== undefined && count.get(third)! > 1 && count.get(third) === count.get(ranked[1]!) ? 3 : 2;
  return ranked.slice(0, take).map((n) => all.find((q) => q.n === n)).filter((q): q is Question => !!q);
}
