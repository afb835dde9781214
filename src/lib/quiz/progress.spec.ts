import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { V3_BANK } from './banks/v3';
import {
	answeredCount,
	completeAnswers,
	decodeSaved,
	emptyProgress,
	encodeSaved,
	firstOpenIndex,
	withAnswer,
	type Progress
} from './progress';
import { NOT_APPLICABLE, type Answer } from './scale';

const bank = V3_BANK;
const n = bank.questions.length;
const progress = fc.array(fc.constantFrom<Answer | null>(null, 0, 1, 2, 3, 4, NOT_APPLICABLE), {
	minLength: n,
	maxLength: n
}) as fc.Arbitrary<Progress>;

describe('the progress cookie', () => {
	it('writes the version and one character per question, “n” for doesn’t apply, and nothing else', () => {
		const p = emptyProgress(bank).map((_, i) =>
			i < 3 ? ([4, NOT_APPLICABLE, 0] as const)[i]! : null
		);
		expect(encodeSaved({ bank, progress: p })).toBe('3.4n0_____________________________');
	});

	it('round-trips progress', () => {
		fc.assert(
			fc.property(progress, (p) => {
				expect(decodeSaved(encodeSaved({ bank, progress: p }), bank)).toEqual({
					bank,
					progress: p,
					earlierResult: null
				});
			})
		);
	});

	it('treats an unreadable cookie as no progress, without throwing', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 80 }), (raw) => {
				expect(decodeSaved(raw, bank).progress).toHaveLength(n);
			})
		);
		for (const raw of [
			undefined,
			'',
			'9.' + '4'.repeat(n),
			'2.' + '7'.repeat(n),
			'2.' + '4'.repeat(n - 1),
			'02.' + '4'.repeat(n)
		])
			expect(decodeSaved(raw, bank), String(raw)).toEqual({
				bank,
				progress: emptyProgress(bank),
				earlierResult: null
			});
	});

	it('reads an older cookie that kept result codes after the cells, and ignores the codes', () => {
		expect(decodeSaved('3.4n0_____________________________.2-jkfsslid8mlga7.<b>', bank)).toEqual({
			bank,
			progress: [4, NOT_APPLICABLE, 0, ...new Array<null>(n - 3).fill(null)],
			earlierResult: null
		});
	});

	it('keeps a finished version-1 quiz as the person’s own result, and its unfinished answers not at all', () => {
		expect(decodeSaved('1.332412433342231413423231', bank)).toEqual({
			bank,
			progress: emptyProgress(bank),
			earlierResult: '1-5kkakuvb6fz6g'
		});
		expect(decodeSaved('1.3324124333422314134232__', bank)).toEqual({
			bank,
			progress: emptyProgress(bank),
			earlierResult: null
		});
		// Version 1 had no “doesn't apply”.
		expect(decodeSaved('1.n32412433342231413423231', bank).earlierResult).toBeNull();
	});
});

describe('progress', () => {
	it('records answers, “doesn’t apply” included, and tracks what is still open', () => {
		let p = emptyProgress(bank);
		expect(firstOpenIndex(p)).toBe(0);
		p = withAnswer(p, 0, 3);
		p = withAnswer(p, 2, NOT_APPLICABLE);
		expect(answeredCount(p)).toBe(2);
		expect(firstOpenIndex(p)).toBe(1);
		expect(completeAnswers(p)).toBeNull();
		for (let i = 0; i < n; i++) p = withAnswer(p, i, NOT_APPLICABLE);
		expect(firstOpenIndex(p)).toBe(-1);
		expect(completeAnswers(p)).toHaveLength(n);
	});

	it('refuses an answer outside the scale or the bank', () => {
		expect(() => withAnswer(emptyProgress(bank), n, 1)).toThrow(RangeError);
		expect(() => withAnswer(emptyProgress(bank), 0, 5 as never)).toThrow(RangeError);
	});
});
