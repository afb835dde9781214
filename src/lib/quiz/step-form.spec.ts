import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	FIELD_ANSWER,
	FIELD_QUESTION,
	FIELD_RETURN,
	parseStepForm,
	type FormFields
} from './step-form';

function form(fields: [string, unknown][]): FormFields {
	return {
		getAll: (name) => fields.filter(([k]) => k === name).map(([, v]) => v),
		keys: () => fields.map(([k]) => k)
	};
}
const q = 'scope-one-area-in-depth';

describe('parseStepForm', () => {
	it('reads a chosen option', () => {
		expect(
			parseStepForm(
				form([
					[FIELD_QUESTION, q],
					[FIELD_ANSWER, '3']
				]),
				q
			)
		).toEqual({ ok: true, answer: 3, returnToResult: false });
	});

	it('reports no answer as null, for the action to decide', () => {
		expect(parseStepForm(form([[FIELD_QUESTION, q]]), q)).toEqual({
			ok: true,
			answer: null,
			returnToResult: false
		});
	});

	it('reads “doesn’t apply”, and the way back to the result', () => {
		expect(
			parseStepForm(
				form([
					[FIELD_QUESTION, q],
					[FIELD_ANSWER, 'na'],
					[FIELD_RETURN, 'result']
				]),
				q
			)
		).toEqual({ ok: true, answer: 'na', returnToResult: true });
	});

	it('rejects any other way back, or two of them', () => {
		for (const fields of [
			[[FIELD_RETURN, 'https://evil.example']],
			[[FIELD_RETURN, '']],
			[
				[FIELD_RETURN, 'result'],
				[FIELD_RETURN, 'result']
			]
		] as [string, unknown][][]) {
			expect(parseStepForm(form([[FIELD_QUESTION, q], [FIELD_ANSWER, '1'], ...fields]), q)).toEqual(
				{
					ok: false,
					error: 'unexpected-field'
				}
			);
		}
	});

	it('rejects out-of-range, duplicated and non-text answers', () => {
		for (const fields of [
			[[FIELD_ANSWER, '5']],
			[[FIELD_ANSWER, '-1']],
			[[FIELD_ANSWER, '2.0']],
			[[FIELD_ANSWER, ' 2']],
			[[FIELD_ANSWER, '']],
			[[FIELD_ANSWER, 'NA']],
			[[FIELD_ANSWER, 'n/a']],
			[
				[FIELD_ANSWER, '1'],
				[FIELD_ANSWER, '2']
			],
			[[FIELD_ANSWER, new Blob(['1'])]]
		] as [string, unknown][][]) {
			expect(parseStepForm(form([[FIELD_QUESTION, q], ...fields]), q)).toEqual({
				ok: false,
				error: 'invalid-answer'
			});
		}
	});

	it('rejects a form for another question, or none', () => {
		expect(
			parseStepForm(
				form([
					[FIELD_QUESTION, 'other'],
					[FIELD_ANSWER, '1']
				]),
				q
			).ok
		).toBe(false);
		expect(parseStepForm(form([[FIELD_ANSWER, '1']]), q).ok).toBe(false);
		expect(
			parseStepForm(
				form([
					[FIELD_QUESTION, q],
					[FIELD_QUESTION, q],
					[FIELD_ANSWER, '1']
				]),
				q
			).ok
		).toBe(false);
	});

	it('rejects fields our page never sends', () => {
		expect(
			parseStepForm(
				form([
					[FIELD_QUESTION, q],
					[FIELD_ANSWER, '1'],
					['score', '100']
				]),
				q
			)
		).toEqual({ ok: false, error: 'unexpected-field' });
	});

	it('either accepts a value on the scale or fails with a typed error, for any input', () => {
		const field = fc.tuple(
			fc.constantFrom(FIELD_QUESTION, FIELD_ANSWER, FIELD_RETURN, 'other'),
			fc.oneof(
				fc.string(),
				fc.constant(q),
				fc.constantFrom('0', '4', '5', 'na', 'result'),
				fc.anything()
			)
		);
		fc.assert(
			fc.property(fc.array(field, { maxLength: 6 }), (fields) => {
				const parsed = parseStepForm(form(fields), q);
				if (parsed.ok) expect([null, 0, 1, 2, 3, 4, 'na']).toContain(parsed.answer);
				else
					expect(['invalid-answer', 'wrong-question', 'unexpected-field']).toContain(parsed.error);
			}),
			{ numRuns: 5000 }
		);
	});
});
