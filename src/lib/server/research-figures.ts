import { CURRENT_BANK } from '$lib/quiz/banks';
import { researchCsv } from '$lib/research/csv';
import { buildReport, type ResearchFigures } from '$lib/research/report';
import { appStore } from './db';
import { dataVersion, publicRows, type PublicRow } from './db/research-store';

/**
 * The research figures, computed from the database and kept in memory until the data change:
 * at most every CHECK_EVERY_MS a request asks the database for its state (one small query),
 * and only a new state is recomputed. A submission or deletion in this process forgets them at
 * once; another process's is seen at its next check. Requests meanwhile share one computation.
 */
const CHECK_EVERY_MS = 10_000;

interface Cached {
	version: string;
	rows: PublicRow[];
	figures: ResearchFigures;
	csv: string | null;
}

let cached: Cached | null = null;
let checkedAt = 0;
let pending: Promise<Cached> | null = null;

export function forgetFigures(): void {
	checkedAt = 0;
}

async function current(): Promise<Cached> {
	if (cached && Date.now() - checkedAt < CHECK_EVERY_MS) return cached;
	pending ??= (async () => {
		try {
			const store = await appStore();
			const version = await dataVersion(store);
			checkedAt = Date.now();
			if (cached?.version !== version) {
				const rows = await publicRows(store);
				cached = { version, rows, figures: buildReport(rows, CURRENT_BANK), csv: null };
			}
			return cached;
		} finally {
			pending = null;
		}
	})();
	return pending;
}

export async function researchFigures(): Promise<ResearchFigures> {
	return (await current()).figures;
}

/** The figures, or null when the database cannot be reached: a result page shows without them. */
export async function researchFiguresIfAvailable(): Promise<ResearchFigures | null> {
	try {
		return await researchFigures();
	} catch (error) {
		console.error('Research figures unavailable:', error instanceof Error ? error.message : error);
		return null;
	}
}

export async function researchCsvText(): Promise<string> {
	const state = await current();
	state.csv ??= researchCsv(state.rows, CURRENT_BANK.version);
	return state.csv;
}
