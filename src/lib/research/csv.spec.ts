import { describe, expect, it } from 'vitest';
import { CURRENT_BANK } from '$lib/quiz/banks';
import { researchCsv, type CsvRow } from './csv';

const k = CURRENT_BANK.questions.length;
const row = (respondent: string, answers: string, extra: Partial<CsvRow> = {}): CsvRow => ({
	respondent,
	bank: CURRENT_BANK.version,
	language: 'fr',
	month: '2026-05',
	role: null,
	coding_years: null,
	organisation: null,
	contact: null,
	flag: null,
	answers,
	...extra
});

describe('researchCsv', () => {
	it('writes a header, then one row per submission, numbering people within the file', () => {
		const csv = researchCsv(
			[
				row('cookie-a', '4'.repeat(k), { role: 'data', flag: 'too-fast' }),
				row('cookie-b', 'n' + '0'.repeat(k - 1)),
				row('cookie-a', '3'.repeat(k), { month: '2026-07' })
			],
			CURRENT_BANK.version
		);
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe(
			`respondent,bank,language,month,role,coding_years,organisation,contact,flagged,${CURRENT_BANK.questions.map((q) => q.id).join(',')}`
		);
		expect(lines[1]).toBe(
			`1,${CURRENT_BANK.version},fr,2026-05,data,,,,too-fast,${Array(k).fill('4').join(',')}`
		);
		expect(lines[2]).toBe(
			`2,${CURRENT_BANK.version},fr,2026-05,,,,,,,${Array(k - 1)
				.fill('0')
				.join(',')}`
		);
		expect(lines[3]).toBe(
			`1,${CURRENT_BANK.version},fr,2026-07,,,,,,${Array(k).fill('3').join(',')}`
		);
		expect(lines[4]).toBe('');
		expect(csv).not.toContain('cookie-');
	});

	it('names the current questions even before anyone has shared', () => {
		expect(researchCsv([], CURRENT_BANK.version).split('\r\n')).toEqual([
			`respondent,bank,language,month,role,coding_years,organisation,contact,flagged,${CURRENT_BANK.questions.map((q) => q.id).join(',')}`,
			''
		]);
	});
});
