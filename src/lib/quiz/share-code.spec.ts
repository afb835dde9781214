import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTIONS, type Question } from './questions';
import type { AnswerValue } from './scale';
import type { Answers } from './scoring';
import { decodeShareCode, encodeShareCode, MAX_SHARE_CODE_LENGTH } from './share-code';
import { QUESTION_ORDER_BY_VERSION, QUIZ_VERSION } from './versions';

const answerValue = fc.constantFrom<AnswerValue>(0, 1, 2, 3, 4);
const fullAnswers = fc.array(answerValue, {
	minLength: QUESTIONS.length,
	maxLength: QUESTIONS.length
});

describe('share codes', () => {
	it('round-trip every answer set', () => {
		fc.assert(
			fc.property(fullAnswers, (answers) => {
				const decoded = decodeShareCode(encodeShareCode(answers));
				expect(decoded).toEqual({ ok: true, answers, version: QUIZ_VERSION });
			}),
			{ numRuns: 2000 }
		);
	});

	it('are short, URL-safe and start with the quiz version', () => {
		const code = encodeShareCode(new Array<AnswerValue>(QUESTIONS.length).fill(4));
		expect(code).toMatch(/^1-[0-9a-z]+$/);
		expect(code.length).toBeLessThanOrEqual(20);
	});

	it('catch any single changed character', () => {
		fc.assert(
			fc.property(
				fullAnswers,
				fc.nat(),
				fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz'),
				(answers, at, char) => {
					const code = encodeShareCode(answers);
					const position = 2 + (at % (code.length - 2));
					fc.pre(code[position] !== char);
					const mutated = code.slice(0, position) + char + code.slice(position + 1);
					expect(decodeShareCode(mutated).ok).toBe(false);
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('decline truncated and extended codes', () => {
		const code = encodeShareCode(QUESTIONS.map((_, i) => (i % 5) as AnswerValue));
		for (let cut = 0; cut < code.length; cut++)
			expect(decodeShareCode(code.slice(0, cut)).ok).toBe(false);
		expect(decodeShareCode(code + '0')).toEqual({ ok: false, error: 'damaged' });
	});

	it('never throw and never accept an out-of-range answer, whatever the input', () => {
		const anyString = fc.oneof(
			fc.string(),
			fc.string({ unit: 'grapheme' }),
			fc.string({ unit: 'binary' }),
			fc.string({ maxLength: 10_000 })
		);
		const noisyCode = fc
			.tuple(fullAnswers, fc.string({ maxLength: 4 }), fc.nat())
			.map(([a, noise, at]) => {
				const code = encodeShareCode(a);
				const i = at % (code.length + 1);
				return code.slice(0, i) + noise + code.slice(i);
			});
		fc.assert(
			fc.property(fc.oneof(anyString, noisyCode, fc.anything()), (input) => {
				const decoded = decodeShareCode(input);
				if (decoded.ok) {
					expect(decoded.answers).toHaveLength(QUESTIONS.length);
					for (const a of decoded.answers) expect([0, 1, 2, 3, 4]).toContain(a);
				} else {
					expect(['malformed', 'damaged', 'unknown-version', 'retired-version']).toContain(
						decoded.error
					);
				}
			}),
			{ numRuns: 5000 }
		);
	});

	it('name hostile input as malformed', () => {
		for (const input of [
			'',
			'<script>alert(1)</script>',
			'../../etc/passwd',
			'1-%zz',
			'１-abc',
			'x'.repeat(MAX_SHARE_CODE_LENGTH + 1)
		]) {
			expect(decodeShareCode(input)).toEqual({ ok: false, error: 'malformed' });
		}
	});

	it('decline a version the quiz never had', () => {
		const code = encodeShareCode(new Array<AnswerValue>(QUESTIONS.length).fill(1));
		expect(decodeShareCode('z' + code.slice(1))).toEqual({ ok: false, error: 'unknown-version' });
	});

	describe('across question-bank versions', () => {
		const bank: Question[] = QUESTIONS.slice(0, 4);
		const ids = bank.map((q) => q.id);
		const answers: Answers = [0, 1, 3, 4];

		it('decode an older version whose questions still exist, in the current order', () => {
			const orders = { 1: [...ids].reverse(), 2: ids };
			const oldCode = encodeShareCode(answers, 1, orders, bank);
			expect(decodeShareCode(oldCode, orders, bank)).toEqual({ ok: true, answers, version: 1 });
		});

		it('clearly decline an older version whose questions were retired', () => {
			const oldOrders = { 1: ids };
			const oldCode = encodeShareCode(answers, 1, oldOrders, bank);
			const newBank = [...bank.slice(0, 3), { ...bank[3]!, id: 'a-new-question' }];
			const newOrders = { ...oldOrders, 2: newBank.map((q) => q.id) };
			expect(decodeShareCode(oldCode, newOrders, newBank)).toEqual({
				ok: false,
				error: 'retired-version'
			});
		});
	});

	it('has an order for the current version', () => {
		expect(QUESTION_ORDER_BY_VERSION[QUIZ_VERSION]).toBeDefined();
	});
});
