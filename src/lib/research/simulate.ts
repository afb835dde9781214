import type { Bank } from '$lib/quiz/banks';
import { SIMPLE_MODEL, drawRole, type ResponseModel } from './model';
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
 * `n` simulated people answering `bank` under `model`, in the stored form, reproducibly from
 * `seed`: each first in `month`, and RETAKE_SHARE of them again two months later. Rows that
 * look straight-lined are flagged as real ones would be; timing does not apply.
 */
export function simulateRows(
	bank: Bank,
	n: number,
	{
		seed = 1,
		month = '2026-01',
		model = SIMPLE_MODEL
	}: { seed?: number; month?: string; model?: ResponseModel } = {}
): SimulatedRow[] {
	const random = seededRandom(seed);
	const [year, m] = month.split('-').map(Number);
	const later = new Date(Date.UTC(year!, m! - 1 + 2, 1)).toISOString().slice(0, 7);
	const rows: SimulatedRow[] = [];
	for (let i = 0; i < n; i++) {
		const role = drawRole(random);
		const { answers, theta } = model.respond(bank, random, role);
		const row = (given: typeof answers, when: string): SimulatedRow => ({
			respondent: `sim-${seed}-${i}`,
			bank: bank.version,
			language: 'en',
			month: when,
			role,
			flag: flagFor(given, bank, null, 0),
			answers: keyedAnswers(given, bank)
		});
		rows.push(row(answers, month));
		if (random() < RETAKE_SHARE) rows.push(row(model.retake(bank, random, theta), later));
	}
	return rows;
}
