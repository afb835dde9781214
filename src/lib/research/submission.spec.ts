import { describe, expect, it } from 'vitest';
import { CURRENT_BANK } from '$lib/quiz/banks';
import type { Answer } from '$lib/quiz/scale';
import {
	answersFromKeyed,
	flagFor,
	keyedAnswers,
	monthOf,
	monthsBetween,
	readKeyed
} from './submission';

const bank = CURRENT_BANK;
/** Raw answers whose points toward engineer are `points` everywhere (keying reversed by hand). */
const raw = (points: 0 | 1 | 3 | 4): Answer[] =>
	bank.questions.map((q) => (q.towards === 'engineer' ? points : 4 - points) as Answer);

describe('stored answers', () => {
	it('are points toward engineer: an engineer habit as answered, a programmer habit reversed', () => {
		const engineer = bank.questions.findIndex((q) => q.towards === 'engineer');
		const programmer = bank.questions.findIndex((q) => q.towards === 'programmer');
		const answers: Answer[] = bank.questions.map(() => 'na');
		answers[engineer] = 3;
		answers[programmer] = 1;
		const stored = keyedAnswers(answers, bank);
		expect(stored[engineer]).toBe('3');
		expect(stored[programmer]).toBe('3');
		expect(stored.replaceAll('n', '')).toBe('33');
		expect(readKeyed(stored, bank)![programmer]).toBe(3);
		expect(answersFromKeyed(readKeyed(stored, bank)!, bank)).toEqual(answers);
	});

	it('reads nothing that does not fit the bank', () => {
		expect(readKeyed('4'.repeat(bank.questions.length - 1), bank)).toBeNull();
		expect(readKeyed('5'.repeat(bank.questions.length), bank)).toBeNull();
		expect(readKeyed('x'.repeat(bank.questions.length), bank)).toBeNull();
	});
});

describe('when and flags', () => {
	it('keeps the month in UTC, and counts months between', () => {
		expect(monthOf(new Date('2026-03-31T23:59:59Z'))).toBe('2026-03');
		expect(monthsBetween('2025-11', '2026-02')).toBe(3);
		expect(monthsBetween('2026-02', '2026-02')).toBe(0);
	});

	it('flags a quiz finished too fast, or not timed, unless the check is off', () => {
		const answers = raw(3);
		expect(flagFor(answers, bank, null, 60)).toBe('too-fast');
		expect(flagFor(answers, bank, 59, 60)).toBe('too-fast');
		expect(flagFor(answers, bank, 60, 60)).toBeNull();
		expect(flagFor(answers, bank, null, 0)).toBeNull();
	});

	it('flags straight-lining: the same option for most answers', () => {
		expect(
			flagFor(
				bank.questions.map(() => 2),
				bank,
				600,
				60
			)
		).toBe('straight-lined');
		// All the way to one end is half “Always”, half “Never”: a view, not straight-lining.
		expect(flagFor(raw(4), bank, 600, 60)).toBeNull();
	});
});
