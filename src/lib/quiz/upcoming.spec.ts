import { describe, expect, it } from 'vitest';
import { de } from '$lib/content/de';
import { en } from '$lib/content/en';
import { CURRENT_BANK } from './banks';
import { emptyProgress, withAnswer } from './progress';
import { upcomingQuestions } from './upcoming';

describe('the questions a step carries for the enhancement', () => {
	it('are the rest of the bank from this step, with the saved answers as their fields send them', () => {
		const progress = withAnswer(withAnswer(emptyProgress(), 21, 'na'), 22, 0);
		const upcoming = upcomingQuestions(CURRENT_BANK, en.quiz, progress, 21);
		expect(upcoming).toEqual([
			{
				step: 22,
				id: 'environment-rely-on-platform',
				text: en.quiz.questions['environment-rely-on-platform'],
				answer: 'na',
				progress: 'Question 22 of 24',
				title: 'Question 22 of 24 · Programmer or software engineer?'
			},
			expect.objectContaining({ step: 23, answer: '0' }),
			expect.objectContaining({ step: 24, answer: null })
		]);
	});

	it('are in the page’s language', () => {
		const [first] = upcomingQuestions(CURRENT_BANK, de.quiz, emptyProgress(), 0);
		expect(first).toMatchObject({ step: 1, progress: 'Frage 1 von 24', answer: null });
		expect(first!.text).toBe(de.quiz.questions[CURRENT_BANK.questions[0]!.id]);
	});
});
