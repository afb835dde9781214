import { describe, expect, it } from 'vitest';
import { en } from '$lib/content/en';
import ratings from './reviews/v3-desirability.json';
import { V3_BANK } from './v3';

type Rated = { text: string; round2: number[] };
const rated = ratings.ratings as Record<string, Record<'programmer' | 'engineer', Rated>>;
const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

describe('the desirability review of version 3', () => {
	it('rated both ends of every question, exactly as they read in English', () => {
		for (const q of V3_BANK.questions) {
			const pair = en.quiz.pairs[q.id];
			expect(rated[q.id]?.programmer.text, q.id).toBe(pair.programmer);
			expect(rated[q.id]?.engineer.text, q.id).toBe(pair.engineer);
		}
	});

	it('found no question whose ends differ by more than one point', () => {
		for (const q of V3_BANK.questions) {
			const { programmer, engineer } = rated[q.id]!;
			const gap = Math.abs(mean(programmer.round2) - mean(engineer.round2));
			expect(gap, q.id).toBeLessThanOrEqual(1);
		}
	});
});
