import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { migrateToLatest } from './migrations';
import type { Database } from './schema';

export type StoreKind = 'sqlite' | 'postgres';

export type StoreConfig =
	{ kind: 'sqlite'; file: string } | { kind: 'postgres'; connectionString: string };

/** The SQLite file's name inside DATA_DIR. */
export const SQLITE_FILE = 'research.sqlite';

/**
 * PostgreSQL when DATABASE_URL is set (several app instances share it), otherwise SQLite in
 * DATA_DIR (default `./data`, created on first start), so `npm start` needs no set-up.
 */
export function storeConfig(env: Record<string, string | undefined> = process.env): StoreConfig {
	const url = env.DATABASE_URL?.trim();
	if (url) return { kind: 'postgres', connectionString: url };
	return { kind: 'sqlite', file: join(resolve(env.DATA_DIR?.trim() || 'data'), SQLITE_FILE) };
}

export interface Store {
	kind: StoreKind;
	db: Kysely<Database>;
	close: () => Promise<void>;
}

/** Opens the database, creating it and bringing its schema up to date. */
export async function openStore(config: StoreConfig): Promise<Store> {
	const db = new Kysely<Database>({ dialect: dialectFor(config) });
	try {
		await migrateToLatest(db as Kysely<unknown>, config.kind);
	} catch (error) {
		await db.destroy();
		throw error;
	}
	return { kind: config.kind, db, close: () => db.destroy() };
}

function dialectFor(config: StoreConfig) {
	if (config.kind === 'postgres') {
		const pool = new pg.Pool({ connectionString: config.connectionString, max: 10 });
		// An idle connection dropped by a database restart must not crash the process; the pool
		// opens a fresh one for the next query, so the app carries on once the database is back.
		pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
		return new PostgresDialect({ pool });
	}
	mkdirSync(join(config.file, '..'), { recursive: true });
	const database = new SQLite(config.file);
	// WAL: readers never block the writer. Every insert is its own transaction, committed to
	// the log before the answer is sent, so a killed process loses nothing it confirmed;
	// NORMAL syncs the log at checkpoints (FULL would also survive a power cut, at a fsync a write).
	database.pragma('journal_mode = WAL');
	database.pragma('synchronous = NORMAL');
	// Each worker process has its own connection; a writer waits for another's lock rather than failing.
	database.pragma('busy_timeout = 5000');
	return new SqliteDialect({ database });
}
