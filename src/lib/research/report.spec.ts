import { describe, expect, it } from 'vitest';
import { CURRENT_BANK } from '$lib/quiz/banks';
import { buildReport, type StoredRow } from './report';

const k = CURRENT_BANK.questions.length;
/** Points toward engineer the same everywhere: overall 25 × points. Points 2 would be straight-lined. */
const person = (id: string, points: 0 | 1 | 3 | 4, extra: Partial<StoredRow> = {}): StoredRow => ({
	respondent: id,
	bank: CURRENT_BANK.version,
	month: '2026-01',
	role: null,
	flag: null,
	answers: String(points).repeat(k),
	...extra
});

describe('buildReport', () => {
	// 10 engineers at 100 and 10 at 75: mean 87.5; 10 programmers at 0 and 10 at 25: mean 12.5.
	// Each group's variance: 20 × 12.5² / 19; pooled SD 12.5 × √(20/19); d = 75 / that = 6 × √0.95.
	const rows: StoredRow[] = [
		...Array.from({ length: 20 }, (_, i) =>
			person(`e${i}`, i < 10 ? 4 : 3, { role: 'software-engineer' })
		),
		...Array.from({ length: 20 }, (_, i) =>
			person(`p${i}`, i < 10 ? 0 : 1, { role: 'programmer' })
		),
		person('flagged', 4, { flag: 'too-fast', role: 'programmer' })
	];

	it('counts people once, leaves flagged rows out and says how many', () => {
		const { report } = buildReport(rows, CURRENT_BANK);
		expect(report.n).toBe(40);
		expect(report.flagged).toBe(1);
	});

	it('gives role means and the standardised difference from 20 per group', () => {
		const { report } = buildReport(rows, CURRENT_BANK);
		expect(report.roles['software-engineer'].mean!.value).toBeCloseTo(87.5, 9);
		expect(report.roles.programmer.mean!.value).toBeCloseTo(12.5, 9);
		expect(report.roles.student).toEqual({ respondents: 0, mean: null });
		expect(report.engineersVsProgrammers.d!.value).toBeCloseTo(6 * Math.sqrt(0.95), 9);

		const fewer = buildReport(
			rows.filter((r) => r.respondent !== 'e0'),
			CURRENT_BANK
		).report;
		expect(fewer.roles['software-engineer']).toEqual({ respondents: 19, mean: null });
		expect(fewer.engineersVsProgrammers.d).toBeNull();
	});

	it('shows question figures from 30 people, and withholds reliability and norms below 200', () => {
		const { report, norms } = buildReport(rows, CURRENT_BANK);
		// Question 1: 10 at 4, 10 at 3, 10 at 0, 10 at 1 points.
		expect(report.questions[0]!.distribution).toEqual([10, 10, 0, 10, 10]);
		expect(report.questions[0]!.notApplicableRate).toBe(0);
		expect(report.overall).toEqual({ respondents: 40, alpha: null, omega: null });
		expect(report.percentiles).toEqual({ respondents: 40, values: null });
		expect(norms).toHaveLength(40);
		const few = buildReport(rows.slice(0, 29), CURRENT_BANK).report;
		expect(few.questions[0]!.distribution).toBeNull();
	});

	it('pairs a first answer with a retake 1 to 3 months later, and only that', () => {
		const { report } = buildReport(
			[
				person('a', 4, { month: '2026-01' }),
				person('a', 3, { month: '2026-03' }),
				person('b', 4, { month: '2026-01' }),
				person('b', 3, { month: '2026-01' }),
				person('c', 4, { month: '2026-01' }),
				person('c', 3, { month: '2026-06' })
			],
			CURRENT_BANK
		);
		expect(report.retest.pairs).toBe(1);
		expect(report.retest.overall).toBeNull();
	});
});
