import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { V3_BANK } from './banks/v3';
import {
	OWN_CODES_KEPT,
	answeredCount,
	completeAnswers,
	decodeSaved,
	emptyProgress,
	encodeSaved,
	firstOpenIndex,
	rememberOwnCode,
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
	it('writes one character per question, “n” for doesn’t apply, then the own result codes', () => {
		const p = emptyProgress(bank).map((_, i) =>
			i < 3 ? ([4, NOT_APPLICABLE, 0] as const)[i]! : null
		);
		expect(encodeSaved({ bank, progress: p, ownCodes: ['2-jkfsslid8mlga7'] })).toBe(
			'3.4n0_____________________________.2-jkfsslid8mlga7'
		);
	});

	it('round-trips progress and own codes', () => {
		fc.assert(
			fc.property(progress, (p) => {
				const saved = { bank, progress: p, ownCodes: ['2-jkfsslid8mlga7'] };
				expect(decodeSaved(encodeSaved(saved), bank)).toEqual(saved);
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
				ownCodes: []
			});
	});

	it('drops own codes that are not valid result codes', () => {
		const raw = `3.${'_'.repeat(n)}.2-jkfsslid8mlga7.<b>.2-jkfsslid8mlga8`;
		expect(decodeSaved(raw, bank).ownCodes).toEqual(['2-jkfsslid8mlga7']);
	});

	it('keeps a finished version-1 quiz as the person’s own result, and its unfinished answers not at all', () => {
		expect(decodeSaved('1.332412433342231413423231', bank)).toEqual({
			bank,
			progress: emptyProgress(bank),
			ownCodes: ['1-5kkakuvb6fz6g']
		});
		expect(decodeSaved('1.3324124333422314134232__', bank)).toEqual({
			bank,
			progress: emptyProgress(bank),
			ownCodes: []
		});
		// Version 1 had no “doesn't apply”.
		expect(decodeSaved('1.n32412433342231413423231', bank).ownCodes).toEqual([]);
	});

	it('remembers the newest own codes first, once each, up to the limit', () => {
		let codes: string[] = [];
		for (const code of ['a', 'b', 'a', 'c', 'd', 'e', 'f']) codes = rememberOwnCode(codes, code);
		expect(OWN_CODES_KEPT).toBe(5);
		expect(codes).toEqual(['f', 'e', 'd', 'c', 'a']);
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
