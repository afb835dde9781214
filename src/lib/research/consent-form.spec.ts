import { describe, expect, it } from 'vitest';
import { parseConsentForm } from './consent-form';

const form = (fields: [string, string][]) => {
	const data = new FormData();
	for (const [name, value] of fields) data.append(name, value);
	return parseConsentForm(data);
};

describe('parseConsentForm', () => {
	it('reads the code and the optional answers; empty is “rather not say”', () => {
		expect(
			form([
				['code', '2-abc'],
				['role', 'software-engineer'],
				['years', ''],
				['organisation', '11-50'],
				['contact', 'weekly']
			])
		).toEqual({
			ok: true,
			form: {
				code: '2-abc',
				optional: {
					role: 'software-engineer',
					codingYears: null,
					organisation: '11-50',
					contact: 'weekly'
				}
			}
		});
		expect(form([['code', '2-abc']])).toMatchObject({
			ok: true,
			form: { optional: { role: null, codingYears: null, organisation: null, contact: null } }
		});
	});

	it('refuses a missing or oversized code, unknown choices and any other field', () => {
		expect(form([])).toEqual({ ok: false, error: 'no-code' });
		expect(form([['code', 'x'.repeat(49)]])).toEqual({ ok: false, error: 'no-code' });
		expect(
			form([
				['code', '2-abc'],
				['role', 'king']
			])
		).toEqual({ ok: false, error: 'unknown-choice' });
		expect(
			form([
				['code', '2-abc'],
				['note', 'hello']
			])
		).toEqual({
			ok: false,
			error: 'unexpected-field'
		});
		expect(
			form([
				['code', '2-abc'],
				['role', 'data'],
				['role', 'other']
			])
		).toEqual({
			ok: false,
			error: 'unexpected-field'
		});
	});
});
