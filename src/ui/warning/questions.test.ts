import { describe, expect, it } from 'vitest';
import { SEVEN_QUESTIONS } from '../../core';
import { orderQuestions } from './questions';
import type { Item } from './types';

const item = (questions: number[]): Item => ({ rule: 'pupil', label: 'x', text: 'x', message: 'x', severity: 'high', questions });

describe('orderQuestions', () => {
  it('puts the questions the findings raise first, in the order raised, and keeps all seven', () => {
    const out = orderQuestions(SEVEN_QUESTIONS, [item([4, 1]), item([1, 6])]);
    expect(out.map((q) => q.n)).toEqual([4, 1, 6, 2, 3, 5, 7]);
    expect(out.filter((q) => q.relevant).map((q) => q.n)).toEqual([4, 1, 6]);
  });

  it('keeps the policy order when nothing was found', () => {
    expect(orderQuestions(SEVEN_QUESTIONS, []).map((q) => q.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
