import { describe, expect, it } from 'vitest';
import { de } from '$lib/content/de';
import { en } from '$lib/content/en';
import { V3_BANK } from './banks/v3';
import { emptyProgress, withAnswer } from './progress';
import { upcomingQuestions } from './upcoming';

describe('the questions a step carries for the enhancement', () => {
	it('are the rest of the bank from this step, with the saved answers as their fields send them', () => {
		const progress = withAnswer(withAnswer(emptyProgress(V3_BANK), 29, 'na'), 30, 0);
		const upcoming = upcomingQuestions(V3_BANK, en.quiz, progress, 29);
		// Question 30 points toward programmer, so its statement A is the engineer's.
		expect(upcoming).toEqual([
			{
				step: 30,
				id: 'brief-trade-offs',
				words: {
					a: 'When a feature would cost more than expected, I talk it through with the client and we decide together what to build.',
					b: 'When a feature would cost more than expected, I give my lead a clear estimate and build what they decide.',
					when: 'Only if: nobody but you decides what gets built.'
				},
				answer: 'na',
				progress: 'Question 30 of 32',
				title: 'Question 30 of 32 · Programmer or software engineer?'
			},
			expect.objectContaining({ step: 31, answer: '0' }),
			expect.objectContaining({ step: 32, answer: null })
		]);
	});

	it('are in the page’s language', () => {
		const [first] = upcomingQuestions(V3_BANK, de.quiz, emptyProgress(V3_BANK), 0);
		expect(first).toMatchObject({ step: 1, progress: 'Frage 1 von 32', answer: null });
		expect(first!.words.a).toBe(de.quiz.pairs['breadth-time-in-code'].programmer);
	});
});
