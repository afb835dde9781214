import type { Bank } from '$lib/quiz/banks';
import type { Answer } from '$lib/quiz/scale';
import { drawRespondent, sitting } from './model';
import type { Role } from './options';
import { seededRandom } from './stats';
import { flagFor, keyedAnswers } from './submission';

/** Share of simulated people who retake the quiz two months later. */
export const RETAKE_SHARE = 0.3;

export interface SimulatedRow {
	respondent: string;
	bank: number;
	language: string;
	month: string;
	role: Role | null;
	flag: string | null;
	answers: string;
}

/**
 * `n` simulated people answering `bank` under the quiz's response model (model.ts), in the stored form, reproducibly from
 * `seed`: each first in `month`, and RETAKE_SHARE of them again two months later. Rows that
 * look straight-lined are flagged as real ones would be; timing does not apply.
 */
export function simulateRows(
	bank: Bank,
	n: number,
	{ seed = 1, month = '2026-01' }: { seed?: number; month?: string } = {}
): SimulatedRow[] {
	const random = seededRandom(seed);
	const [year, m] = month.split('-').map(Number);
	const later = new Date(Date.UTC(year!, m! - 1 + 2, 1)).toISOString().slice(0, 7);
	const rows: SimulatedRow[] = [];
	for (let i = 0; i < n; i++) {
		const respondent = drawRespondent(bank, random);
		const row = (answers: Answer[], when: string): SimulatedRow => ({
			respondent: `sim-${seed}-${i}`,
			bank: bank.version,
			language: 'en',
			month: when,
			role: respondent.role,
			flag: flagFor(answers, bank, null, 0),
			answers: keyedAnswers(answers, bank)
		});
		rows.push(row(sitting(bank, respondent, random), month));
		if (random() < RETAKE_SHARE) rows.push(row(sitting(bank, respondent, random), later));
	}
	return rows;
}
