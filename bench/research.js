/**
 * Research submissions under load, on both stores (issue 19): the production server with one
 * worker per core, a fresh database of its own (SQLite in bench/.tmp/, PostgreSQL in a schema
 * of its own, dropped afterwards), `CONNECTIONS` clients posting the research form as a browser
 * without script does, for `DURATION_S`. Then the server is stopped and the rows counted: every
 * confirmed (2xx) submission must be there. Never touches a running server's database.
 *
 * `npm run bench` runs it after the page measurements; `npm run bench:research` on its own.
 * PostgreSQL is measured where BENCH_DATABASE_URL or DATABASE_URL names one.
 */
import autocannon from 'autocannon';
import SQLite from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { freePort, run, startServer, stopServer } from './processes.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RESEARCH_CONNECTIONS = 20;
export const RESEARCH_DURATION_S = 10;
/** A result code of the current questions (MIXED_V3 of src/lib/quiz/fixtures.ts). */
const CODE = '3-2jj8frkfi83ld3alls';

/**
 * @typedef {object} ResearchRun
 * @property {'sqlite' | 'postgres'} store
 * @property {number} workers
 * @property {number} confirmed submissions answered with a 2xx
 * @property {number} stored rows in the database afterwards
 * @property {number} lost confirmed but not stored
 * @property {number} errors connection errors and timeouts
 * @property {number} non2xx
 * @property {number} perSecond confirmed submissions per second
 * @property {number} p50Ms
 * @property {number} p99Ms
 */

/**
 * @param {(message: string) => void} log
 * @returns {Promise<{ runs: ResearchRun[], skipped: string[] }>}
 */
export async function benchResearch(log) {
	const workers = availableParallelism();
	/** @type {ResearchRun[]} */
	const runs = [];
	/** @type {string[]} */
	const skipped = [];

	mkdirSync(join(ROOT, 'bench', '.tmp'), { recursive: true });
	const dir = mkdtempSync(join(ROOT, 'bench', '.tmp', 'research-'));
	try {
		log('Research submissions on SQLite…');
		const sqliteEnv = { DATA_DIR: dir, DATABASE_URL: '' };
		const load = await submitUnderLoad(sqliteEnv, workers);
		const db = new SQLite(join(dir, 'research.sqlite'), { readonly: true });
		const stored = Number(db.prepare('select count(*) from research_submissions').pluck().get());
		db.close();
		runs.push(summarise('sqlite', workers, load, stored));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}

	const url = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
	if (!url) skipped.push('PostgreSQL: set DATABASE_URL (or BENCH_DATABASE_URL) to measure it');
	else {
		log('Research submissions on PostgreSQL…');
		const schema = `bench_${randomBytes(6).toString('hex')}`;
		await query(url, `create schema ${schema}`);
		try {
			const scoped = new URL(url);
			scoped.searchParams.set('options', `-c search_path=${schema}`);
			const load = await submitUnderLoad({ DATABASE_URL: scoped.href }, workers);
			const [row] = await query(scoped.href, 'select count(*) as n from research_submissions');
			runs.push(summarise('postgres', workers, load, Number(row?.n)));
		} finally {
			await query(url, `drop schema ${schema} cascade`);
		}
	}
	return { runs, skipped };
}

/**
 * @param {Record<string, string>} env
 * @param {number} workers
 */
async function submitUnderLoad(env, workers) {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const app = await startServer([join(ROOT, 'src', 'server.js')], `${origin}/`, {
		PORT: String(port),
		HOST: '127.0.0.1',
		WEB_CONCURRENCY: String(workers),
		RESEARCH_MIN_SECONDS: '0',
		RESEARCH_MAX_PER_HOUR: '100000000',
		...env
	});
	try {
		// Each request carries no cookie, so each is a new person and none is a duplicate.
		return await autocannon({
			url: `${origin}/research/join`,
			method: 'POST',
			connections: RESEARCH_CONNECTIONS,
			duration: RESEARCH_DURATION_S,
			headers: {
				Accept: 'text/html',
				'Accept-Encoding': 'gzip, br',
				Origin: origin,
				'Content-Type': 'application/x-www-form-urlencoded'
			},
			body: `code=${CODE}&role=software-engineer&years=3-5`
		});
	} finally {
		// Stopped before counting: every answer it sent is then final.
		await stopServer(app);
	}
}

/**
 * @param {'sqlite' | 'postgres'} store
 * @param {number} workers
 * @param {import('autocannon').Result} load
 * @param {number} stored
 * @returns {ResearchRun}
 */
function summarise(store, workers, load, stored) {
	const confirmed = load['2xx'];
	return {
		store,
		workers,
		confirmed,
		stored,
		lost: Math.max(0, confirmed - stored),
		errors: load.errors + load.timeouts,
		non2xx: load.non2xx,
		perSecond: confirmed / RESEARCH_DURATION_S,
		p50Ms: load.latency.p50,
		p99Ms: load.latency.p99
	};
}

/**
 * @param {string} url
 * @param {string} sql
 * @returns {Promise<Record<string, unknown>[]>}
 */
async function query(url, sql) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query(sql)).rows;
	} finally {
		await client.end();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const log = (/** @type {string} */ message) => console.error(`[bench:research] ${message}`);
	process.chdir(ROOT);
	await run('npm', ['run', 'build']);
	const { runs, skipped } = await benchResearch(log);
	console.log(JSON.stringify(runs, null, '\t'));
	for (const line of skipped) console.log(`Not measured: ${line}`);
}
