import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bank } from './banks';
import { V1_BANK } from './banks/v1';
import { V2_BANK } from './banks/v2';
import { V3_BANK } from './banks/v3';
import { ON_CALL, WITH_SKIPS } from './fixtures';
import { NOT_APPLICABLE, type Answer } from './scale';
import { MAX_SHARE_CODE_LENGTH, decodeShareCode, encodeShareCode, radixOf } from './share-code';

const n = V2_BANK.questions.length;
const answer = fc.constantFrom<Answer>(0, 1, 2, 3, 4, NOT_APPLICABLE);
const answersFor = (length: number) => fc.array(answer, { minLength: length, maxLength: length });
const fullAnswers = answersFor(n);

describe.each([V2_BANK, V3_BANK])('share codes of version $version', (bank) => {
	it('round-trip every answer set', () => {
		fc.assert(
			fc.property(answersFor(bank.questions.length), (answers) => {
				expect(decodeShareCode(encodeShareCode(answers, bank))).toEqual({
					ok: true,
					answers,
					bank
				});
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('share codes, version 2', () => {
	it('keep the codes shared today: these decode to these answers, for good', () => {
		expect(decodeShareCode('2-jkfsslid8mlga7')).toEqual({
			ok: true,
			answers: ON_CALL,
			bank: V2_BANK
		});
		expect(decodeShareCode('2-jnftsnnh8nlgde')).toEqual({
			ok: true,
			answers: WITH_SKIPS,
			bank: V2_BANK
		});
		expect(encodeShareCode(ON_CALL, V2_BANK)).toBe('2-jkfsslid8mlga7');
	});

	it('carry “doesn’t apply” as a sixth digit', () => {
		expect(radixOf(V2_BANK)).toBe(6);
		expect(encodeShareCode(new Array(n).fill(NOT_APPLICABLE), V2_BANK)).toBe('2-zzzzzzzzzzzzfu');
	});

	it('are short, URL-safe and start with the quiz version', () => {
		for (const answers of [ON_CALL, new Array<Answer>(n).fill(4)]) {
			const code = encodeShareCode(answers, V2_BANK);
			expect(code).toMatch(/^2-[0-9a-z]+$/);
			expect(code.length).toBe(16);
		}
	});

	it('catch any single changed character', () => {
		fc.assert(
			fc.property(
				fullAnswers,
				fc.nat(),
				fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz'),
				(answers, at, char) => {
					const code = encodeShareCode(answers, V2_BANK);
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
		const code = encodeShareCode(ON_CALL, V2_BANK);
		for (let cut = 0; cut < code.length; cut++)
			expect(decodeShareCode(code.slice(0, cut)).ok).toBe(false);
		expect(decodeShareCode(code + '0')).toEqual({ ok: false, error: 'damaged' });
	});

	it('never throw and never accept an answer a bank did not offer, whatever the input', () => {
		const anyString = fc.oneof(
			fc.string(),
			fc.string({ unit: 'grapheme' }),
			fc.string({ unit: 'binary' }),
			fc.string({ maxLength: 10_000 })
		);
		const noisyCode = fc
			.tuple(fullAnswers, fc.string({ maxLength: 4 }), fc.nat())
			.map(([a, noise, at]) => {
				const code = encodeShareCode(a, V2_BANK);
				const i = at % (code.length + 1);
				return code.slice(0, i) + noise + code.slice(i);
			});
		fc.assert(
			fc.property(fc.oneof(anyString, noisyCode, fc.anything()), (input) => {
				const decoded = decodeShareCode(input);
				if (decoded.ok) {
					expect(decoded.answers).toHaveLength(decoded.bank.questions.length);
					const offered = decoded.bank.allowsNotApplicable
						? [0, 1, 2, 3, 4, 'na']
						: [0, 1, 2, 3, 4];
					for (const a of decoded.answers) expect(offered).toContain(a);
				} else {
					expect(['malformed', 'damaged', 'unknown-version']).toContain(decoded.error);
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
		expect(decodeShareCode('z-jkfsslid8mlga7')).toEqual({ ok: false, error: 'unknown-version' });
		expect(decodeShareCode('4-jkfsslid8mlga7')).toEqual({ ok: false, error: 'unknown-version' });
	});

	it('refuse to encode an answer the bank did not offer', () => {
		expect(() =>
			encodeShareCode(new Array(V1_BANK.questions.length).fill(NOT_APPLICABLE), V1_BANK)
		).toThrow(RangeError);
		expect(() => encodeShareCode([1, 2], V2_BANK)).toThrow(RangeError);
	});
});

describe('share codes, version 3', () => {
	const m = V3_BANK.questions.length;

	it('have “doesn’t apply” as a sixth digit', () => {
		expect(radixOf(V3_BANK)).toBe(6);
	});

	it('are short and URL-safe', () => {
		// 6^32 = 36^16, so 16 base-36 digits, 2 check digits and “3-”: 20 characters.
		for (const answers of [
			new Array<Answer>(m).fill(0),
			new Array<Answer>(m).fill(NOT_APPLICABLE)
		]) {
			const code = encodeShareCode(answers, V3_BANK);
			expect(code).toMatch(/^3-[0-9a-z]+$/);
			expect(code.length).toBe(20);
		}
	});

	it('are not read as another version’s code', () => {
		const code = encodeShareCode(new Array<Answer>(m).fill(2), V3_BANK);
		expect(decodeShareCode('2' + code.slice(1)).ok).toBe(false);
	});
});

describe('share codes, version 1, as shared before version 2', () => {
	it('still decode, with the version-1 questions, a link made by the version-1 quiz', () => {
		// Made by the quiz as served in version 1 (commit dcfa782); answers in its question order.
		expect(decodeShareCode('1-5kkakuvb6fz6g')).toEqual({
			ok: true,
			bank: V1_BANK,
			answers: [3, 3, 2, 4, 1, 2, 4, 3, 3, 3, 4, 2, 2, 3, 1, 4, 1, 3, 4, 2, 3, 2, 3, 1]
		});
		expect(decodeShareCode('1-dl2qhtwsc6o68')).toMatchObject({
			ok: true,
			answers: [0, 4, 0, 4, 0, 4, 0, 4, 0, 4, 0, 4, 0, 4, 0, 4, 0, 4, 0, 4, 0, 4, 0, 4]
		});
	});

	it('re-encode to the same code, so a version-1 link stays its own address', () => {
		const decoded = decodeShareCode('1-5kkakuvb6fz6g');
		expect(decoded.ok && encodeShareCode(decoded.answers, decoded.bank)).toBe('1-5kkakuvb6fz6g');
		expect(radixOf(V1_BANK)).toBe(5);
	});

	it('use a bank only under its own version', () => {
		const banks: Record<number, Bank> = { 1: V3_BANK };
		expect(decodeShareCode('1-5kkakuvb6fz6g', banks)).toEqual({
			ok: false,
			error: 'unknown-version'
		});
	});
});
