import { expect, test } from '@playwright/test';
import SQLite from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freshPostgresSchema, POSTGRES_URL } from '../src/lib/server/db/test-stores';
import { CODES } from './quiz';
import { PORT } from './servers';
import { ONCE } from './tags';

// Nothing lost (issue 19): every submission that got a success answer is in the database after
// the server is killed with SIGKILL in the middle of a load of concurrent submissions, on
// SQLite and, where DATABASE_URL names one, PostgreSQL. Then a new server carries on.

const DURABILITY_PORT = PORT + 20;
const ORIGIN = `http://127.0.0.1:${DURABILITY_PORT}`;
const CONCURRENCY = 16;

function startServer(env: Record<string, string>): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['src/server.js'], {
		env: {
			...process.env,
			PORT: String(DURABILITY_PORT),
			HOST: '127.0.0.1',
			WEB_CONCURRENCY: '1',
			RESEARCH_MIN_SECONDS: '0',
			RESEARCH_MAX_PER_HOUR: '100000',
			...env
		},
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
		child.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('Listening')) resolve(child);
		});
	});
}

/** Posts one consent; the deletion secret when it was confirmed, null when it failed. */
async function submit(): Promise<string | null> {
	try {
		const response = await fetch(`${ORIGIN}/research/join`, {
			method: 'POST',
			headers: {
				Accept: 'text/html',
				Origin: ORIGIN,
				'Content-Type': 'application/x-www-form-urlencoded'
			},
			body: `code=${CODES.mixedV3}`
		});
		const secret = /\/research\/delete\/([A-Za-z0-9_-]{43})/.exec(await response.text())?.[1];
		return response.status === 200 && secret ? secret : null;
	} catch {
		return null; // the connection died with the server: not confirmed, so not counted
	}
}

/** Keeps CONCURRENCY submissions in flight, kills the server after `killAfter` confirmations. */
async function loadAndKill(server: ChildProcess, killAfter: number): Promise<string[]> {
	const confirmed: string[] = [];
	let running = true;
	const exited = new Promise((resolve) => server.once('exit', resolve));
	const worker = async () => {
		while (running) {
			const secret = await submit();
			if (secret) confirmed.push(secret);
			if (confirmed.length >= killAfter && running) {
				running = false;
				server.kill('SIGKILL');
			}
		}
	};
	await Promise.all(Array.from({ length: CONCURRENCY }, worker));
	await exited;
	return confirmed;
}

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');

test.describe('nothing lost when the server is killed', ONCE, () => {
	test.describe.configure({ mode: 'serial' });

	test('on SQLite', async () => {
		test.slow();
		const dir = mkdtempSync(join(tmpdir(), 'quiz-durability-'));
		try {
			const env = { DATA_DIR: dir, DATABASE_URL: '' };
			const confirmed = await loadAndKill(await startServer(env), 300);
			const db = new SQLite(join(dir, 'research.sqlite'));
			const stored = new Set(
				db.prepare('select delete_hash from research_submissions').pluck().all() as string[]
			);
			db.close();
			expect(confirmed.length).toBeGreaterThanOrEqual(300);
			expect(confirmed.filter((s) => !stored.has(hash(s)))).toEqual([]);

			const again = await startServer(env);
			expect(await submit()).not.toBeNull();
			again.kill('SIGTERM');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('on PostgreSQL', async () => {
		test.skip(!POSTGRES_URL, 'no DATABASE_URL (CI always sets one)');
		test.slow();
		const schema = await freshPostgresSchema(POSTGRES_URL!);
		try {
			const env = { DATABASE_URL: schema.url };
			const confirmed = await loadAndKill(await startServer(env), 300);
			const client = new pg.Client({ connectionString: schema.url });
			await client.connect();
			const rows = await client.query<{ delete_hash: string }>(
				'select delete_hash from research_submissions'
			);
			await client.end();
			const stored = new Set(rows.rows.map((r) => r.delete_hash));
			expect(confirmed.filter((s) => !stored.has(hash(s)))).toEqual([]);

			const again = await startServer(env);
			expect(await submit()).not.toBeNull();
			// The database drops every connection, as on its restart: the app reconnects and carries on.
			const admin = new pg.Client({ connectionString: POSTGRES_URL! });
			await admin.connect();
			await admin.query(
				`select pg_terminate_backend(pid) from pg_stat_activity
				 where usename = current_user and pid <> pg_backend_pid() and query not ilike '%pg_stat_activity%'`
			);
			await admin.end();
			expect(await submit()).not.toBeNull();
			again.kill('SIGTERM');
		} finally {
			await schema.drop();
		}
	});
});
