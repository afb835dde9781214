import { describe, expect, it } from 'vitest';
import { DISTINCTION_IDS } from '../article';
import { DIMENSION_IDS } from '../dimensions';
import { SCALE_VALUES } from '../scale';
import { scoreAnswers } from '../scoring';
import { BANKS, CURRENT_BANK, CURRENT_VERSION, bankFor, stepOf } from '.';
import { V1_BANK } from './v1';

const banks = Object.values(BANKS);
const countBy = <T>(items: readonly T[]) => {
	const counts = new Map<T, number>();
	for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
	return counts;
};

describe.each(banks.map((bank) => [bank.version, bank] as const))('bank version %i', (_, bank) => {
	it('has unique question ids, and every dimension once', () => {
		const ids = bank.questions.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(bank.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
	});

	it('holds every question to a distinction its dimension draws on', () => {
		for (const q of bank.questions) {
			const dimension = bank.dimensions.find((d) => d.id === q.dimension)!;
			expect(dimension.distinctions, q.id).toContain(q.distinction);
		}
	});

	it('keys every dimension in balance: at least four questions, as many toward each pole', () => {
		for (const d of bank.dimensions) {
			const own = bank.questions.filter((q) => q.dimension === d.id);
			expect(own.length, d.id).toBeGreaterThanOrEqual(4);
			expect(own.filter((q) => q.towards === 'engineer').length * 2, d.id).toBe(own.length);
		}
	});

	it('scores exactly 50, overall and everywhere, when the same answer is chosen throughout', () => {
		for (const value of SCALE_VALUES) {
			const result = scoreAnswers(new Array(bank.questions.length).fill(value), bank);
			expect(result.overallExact, `answer ${value}`).toBe(50);
			for (const d of result.dimensions) expect(d.exact, `${value} ${d.id}`).toBe(50);
		}
	});

	it('is found by its version', () => {
		expect(bankFor(bank.version)).toBe(bank);
	});
});

describe('the current bank (version 2)', () => {
	const count = countBy(CURRENT_BANK.questions.map((q) => q.distinction));

	it('is version 2, and new quizzes use it', () => {
		expect(CURRENT_VERSION).toBe(2);
		expect(CURRENT_BANK.allowsNotApplicable).toBe(true);
	});

	it('asks about every distinction of the article, and about nothing else', () => {
		for (const id of DISTINCTION_IDS) expect(count.get(id) ?? 0, id).toBeGreaterThan(0);
		expect([...count.keys()].every((id) => DISTINCTION_IDS.includes(id))).toBe(true);
	});

	it('gives the environment-first and real-conditions distinctions at least as many questions as coding', () => {
		expect(count.get('environment-first')!).toBeGreaterThanOrEqual(count.get('coding')!);
		expect(count.get('real-conditions')!).toBeGreaterThanOrEqual(count.get('coding')!);
	});

	it('never puts two questions of one dimension next to each other', () => {
		const dims = CURRENT_BANK.questions.map((q) => q.dimension);
		for (let i = 1; i < dims.length; i++) expect(dims[i], `at ${i + 1}`).not.toBe(dims[i - 1]);
	});

	it('reuses no id of an earlier bank: a changed question is a new question', () => {
		const older = new Set<string>(V1_BANK.questions.map((q) => q.id));
		for (const q of CURRENT_BANK.questions) expect(older.has(q.id), q.id).toBe(false);
	});

	it('numbers its steps from 1, as in /quiz/N', () => {
		expect(stepOf('scope-one-area-in-depth')).toBe(1);
		expect(stepOf('quality-ship-early')).toBe(24);
	});
});

describe('version 1, frozen', () => {
	it('keeps its questions, order, dimensions and keying exactly as served', () => {
		// id, dimension initial, pole initial: written out from the bank as it was served.
		expect(
			V1_BANK.questions.map((q) => `${q.id} ${q.dimension.slice(0, 3)} ${q.towards[0]}`)
		).toEqual([
			'scope-whole-system sco e',
			'direction-clear-brief sta p',
			'method-compare-options met e',
			'environment-given-stack env p',
			'people-talk-to-users peo e',
			'quality-feature-works qua p',
			'scope-own-part sco p',
			'direction-real-problem sta e',
			'method-try-in-code met p',
			'environment-check-first env e',
			'people-through-lead peo p',
			'quality-real-use qua e',
			'scope-plan-parts sco e',
			'direction-start-coding sta p',
			'method-write-requirements met e',
			'environment-platform-team env p',
			'people-explain-choices peo e',
			'quality-fix-when-reported qua p',
			'scope-coding-day sco p',
			'direction-shape-what-to-build sta e',
			'method-known-patterns met p',
			'environment-find-limits env e',
			'people-focused-coding peo p',
			'quality-measure-goals qua e'
		]);
		expect(V1_BANK.allowsNotApplicable).toBe(false);
	});
});
