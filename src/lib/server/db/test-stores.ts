import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, SQLITE_FILE, type Store, type StoreConfig } from './connect';

/**
 * Fresh, empty stores for tests: SQLite in a temporary directory, and PostgreSQL (when
 * DATABASE_URL names a server) in a schema of its own, dropped afterwards, so a test never sees
 * another's rows. On CI, PostgreSQL must be there: its tests are never skipped silently.
 */
export const POSTGRES_URL = process.env.DATABASE_URL?.trim() || null;

if (process.env.CI && !POSTGRES_URL)
	throw new Error(
		'CI runs the research tests against PostgreSQL too: set DATABASE_URL (see .ci/run).'
	);

export const STORE_KINDS = POSTGRES_URL ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

export interface TestStore {
	store: Store;
	config: StoreConfig;
	/** Closes the store and removes everything it made. */
	dispose: () => Promise<void>;
}

/** A connection string for a fresh PostgreSQL schema, and a function that drops it. */
export async function freshPostgresSchema(
	url: string
): Promise<{ url: string; drop: () => Promise<void> }> {
	const schema = `test_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: url });
	await admin.connect();
	await admin.query(`create schema ${schema}`);
	await admin.end();
	const scoped = new URL(url);
	scoped.searchParams.set('options', `-c search_path=${schema}`);
	return {
		url: scoped.href,
		drop: async () => {
			const client = new pg.Client({ connectionString: url });
			await client.connect();
			await client.query(`drop schema ${schema} cascade`);
			await client.end();
		}
	};
}

export async function freshStore(kind: 'sqlite' | 'postgres'): Promise<TestStore> {
	const { config, remove } = await freshPlace(kind);
	const store = await openStore(config);
	return {
		store,
		config,
		dispose: async () => {
			await store.close();
			await remove();
		}
	};
}

/** Where an empty store of this kind can be opened, and how to remove that place afterwards. */
async function freshPlace(
	kind: 'sqlite' | 'postgres'
): Promise<{ config: StoreConfig; remove: () => Promise<void> }> {
	if (kind === 'sqlite') {
		const dir = mkdtempSync(join(tmpdir(), 'quiz-research-'));
		return {
			config: { kind, file: join(dir, SQLITE_FILE) },
			remove: async () => rmSync(dir, { recursive: true, force: true })
		};
	}
	const schema = await freshPostgresSchema(POSTGRES_URL!);
	return { config: { kind, connectionString: schema.url }, remove: schema.drop };
}
