import { bankFor } from '$lib/quiz/banks';
import type { SubmissionTable } from '$lib/server/db/schema';
import { readKeyed } from './submission';

/**
 * The open data as CSV (RFC 4180, comma-separated, UTF-8): one row per submission, oldest
 * first. `respondent` numbers people within this file only (1, 2, …, in order of their first
 * row), so a retake can be paired without publishing the id in anyone's cookie. Then `bank`,
 * `language`, `month`, the optional answers, `flagged`, and one column per question id of every
 * bank present (and of the current one), holding the points toward software engineer (0–4): empty for “doesn't apply”
 * and for questions not in that row's bank.
 */
const PUBLISHED_AS_STORED = [
	'respondent',
	'bank',
	'language',
	'month',
	'role',
	'coding_years',
	'organisation',
	'contact'
] as const;

/** The columns of a submission the open data and its statistics are made from, and no other. */
export const PUBLIC_COLUMNS = [...PUBLISHED_AS_STORED, 'flag', 'answers'] as const;
export type CsvRow = Pick<SubmissionTable, (typeof PUBLIC_COLUMNS)[number]>;

/** The CSV's columns before the questions. */
export const FIXED_COLUMNS = [...PUBLISHED_AS_STORED, 'flagged'] as const;

/** `current`: the bank new quizzes use, whose columns are there even before anyone has shared. */
export function researchCsv(rows: readonly CsvRow[], current: number): string {
	const versions = [...new Set([current, ...rows.map((r) => r.bank)])].sort((a, b) => a - b);
	const questionIds = [
		...new Set(versions.flatMap((v) => bankFor(v)?.questions.map((q) => q.id) ?? []))
	];
	const numbers = new Map<string, number>();
	const lines = [[...FIXED_COLUMNS, ...questionIds].join(',')];
	for (const row of rows) {
		const bank = bankFor(row.bank);
		const points = bank ? readKeyed(row.answers, bank) : null;
		if (!bank || !points) continue;
		if (!numbers.has(row.respondent)) numbers.set(row.respondent, numbers.size + 1);
		const byId = new Map(bank.questions.map((q, i) => [q.id as string, points[i]]));
		const cells = [
			String(numbers.get(row.respondent)),
			String(row.bank),
			row.language,
			row.month,
			row.role ?? '',
			row.coding_years ?? '',
			row.organisation ?? '',
			row.contact ?? '',
			row.flag ?? '',
			...questionIds.map((id) => {
				const p = byId.get(id);
				return p === null || p === undefined ? '' : String(p);
			})
		];
		lines.push(cells.map(cell).join(','));
	}
	return lines.join('\r\n') + '\r\n';
}

/** Every value is one of our own ids, but quote anything CSV would misread, all the same. */
function cell(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
