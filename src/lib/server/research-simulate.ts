import { randomBytes } from 'node:crypto';
import { CURRENT_BANK } from '$lib/quiz/banks';
import { modelGroupDifference, modelReliability } from '$lib/research/model';
import { buildReport } from '$lib/research/report';
import { simulateRows } from '$lib/research/simulate';
import { openStore, storeConfig } from './db/connect';
import { publicRows } from './db/research-store';
import { hashSecret } from './research-submit-hash';

/**
 * `npm run research:simulate -- --n N [--seed S]`: adds N simulated people (and their retakes)
 * to the database the environment names (DATA_DIR or DATABASE_URL), marked as simulated so they
 * never appear on the public page, then prints the statistics of all simulated rows beside the
 * model's own values.
 */
export async function main(args: readonly string[]): Promise<void> {
	const n = option(args, '--n', 2000);
	const seed = option(args, '--seed', Date.now() % 1_000_000);
	const config = storeConfig();
	const store = await openStore(config);
	try {
		const rows = simulateRows(CURRENT_BANK, n, { seed });
		// One suffix per run, so two runs with the same seed stay two sets of people.
		const run = randomBytes(4).toString('hex');
		for (let i = 0; i < rows.length; i += 500) {
			const batch = rows.slice(i, i + 500).map((row) => ({
				...row,
				respondent: `${row.respondent}-${run}`,
				coding_years: null,
				organisation: null,
				contact: null,
				simulated: 1,
				delete_hash: hashSecret(randomBytes(32).toString('base64url'))
			}));
			await store.db.insertInto('research_submissions').values(batch).execute();
		}
		const all = await publicRows(store, { simulated: true });
		const { report } = buildReport(all, CURRENT_BANK);
		const where = config.kind === 'sqlite' ? config.file : 'PostgreSQL (DATABASE_URL)';
		console.log(`Added ${rows.length} simulated rows (${n} people, seed ${seed}) to ${where}.`);
		console.log(
			`Simulated respondents in the database: ${report.n}; retest pairs: ${report.retest.pairs}.`
		);
		console.log('dimension            model  alpha  omega');
		for (const d of CURRENT_BANK.dimensions) {
			const f = report.dimensions[d.id]!;
			const fmt = (x: number | undefined) => (x === undefined ? '  –  ' : x.toFixed(3));
			console.log(
				`${d.id.padEnd(20)} ${modelReliability(CURRENT_BANK, d.id).toFixed(3)}  ${fmt(f.alpha?.value)}  ${fmt(f.omega?.value)}`
			);
		}
		const d = report.engineersVsProgrammers.d;
		const truth = modelGroupDifference(CURRENT_BANK, 'software-engineer', 'programmer');
		console.log(
			`engineers − programmers: model d = ${truth.toFixed(3)}, found ${d ? `${d.value.toFixed(3)} (${d.low.toFixed(3)} to ${d.high.toFixed(3)})` : 'not enough yet'}`
		);
	} finally {
		await store.close();
	}
}

function option(args: readonly string[], name: string, fallback: number): number {
	const at = args.indexOf(name);
	if (at === -1) return fallback;
	const value = Number(args[at + 1]);
	if (!Number.isInteger(value) || value < 1)
		throw new Error(`${name} needs a whole number of at least 1`);
	return value;
}
