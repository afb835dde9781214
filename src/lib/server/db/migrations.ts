import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { StoreKind } from './connect';

/**
 * Versioned migrations, in code so that the build carries them. Kysely's Migrator records which
 * have run (tables `kysely_migration*`) and, with the lock below, several app processes starting at
 * once run each migration exactly once. Never edit a migration that has shipped: add the next.
 */
function migrations(kind: StoreKind): Record<string, Migration> {
	return {
		'0001-research-submissions': {
			async up(db: Kysely<unknown>) {
				await db.schema
					.createTable('research_submissions')
					.addColumn('id', kind === 'postgres' ? 'serial' : 'integer', (c) =>
						// AUTOINCREMENT: SQLite never reuses the id of a deleted row (see schema.ts).
						kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()
					)
					.addColumn('respondent', 'text', (c) => c.notNull())
					.addColumn('bank', 'integer', (c) => c.notNull())
					.addColumn('language', 'text', (c) => c.notNull())
					.addColumn('month', 'text', (c) => c.notNull())
					.addColumn('role', 'text')
					.addColumn('coding_years', 'text')
					.addColumn('organisation', 'text')
					.addColumn('contact', 'text')
					.addColumn('answers', 'text', (c) => c.notNull())
					.addColumn('flag', 'text')
					.addColumn('simulated', 'integer', (c) => c.notNull().defaultTo(0))
					.addColumn('delete_hash', 'text', (c) => c.notNull().unique())
					.execute();
				// The same answers from the same browser are one submission, however often posted.
				await db.schema
					.createIndex('research_submissions_once')
					.on('research_submissions')
					.columns(['respondent', 'bank', 'answers'])
					.unique()
					.execute();
				await db.schema
					.createIndex('research_submissions_public')
					.on('research_submissions')
					.columns(['simulated', 'bank'])
					.execute();
			},
			async down(db: Kysely<unknown>) {
				await db.schema.dropTable('research_submissions').execute();
			}
		}
	};
}

/** Brings the database up to the latest version; throws, naming the migration, if one fails. */
export async function migrateToLatest(db: Kysely<unknown>, kind: StoreKind): Promise<void> {
	const provider: MigrationProvider = { getMigrations: async () => migrations(kind) };
	// On PostgreSQL the bookkeeping tables go in the connection's own schema: Kysely otherwise looks
	// for them in every schema, and one schema's tables would stop another's from being created.
	const migrationTableSchema =
		kind === 'postgres'
			? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]
					?.schema
			: undefined;
	const migrator = new Migrator({ db, provider, migrationTableSchema });
	// Kysely takes no lock on SQLite: two processes starting at once would both create the tables.
	// An immediate transaction holds SQLite's one write lock, so the second waits, then finds them.
	if (kind === 'sqlite') await sql`begin immediate`.execute(db);
	const { error, results } = await migrator.migrateToLatest();
	if (kind === 'sqlite') await sql.raw(error ? 'rollback' : 'commit').execute(db);
	if (error) {
		const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
		throw new Error(`Database migration ${failed} failed`, { cause: error });
	}
}

/** Names of the migrations that have run, oldest first (for tests and diagnostics). */
export async function appliedMigrations<T>(db: Kysely<T>): Promise<string[]> {
	const rows = await sql<{
		name: string;
	}>`select name from kysely_migration order by name`.execute(db);
	return rows.rows.map((r) => r.name);
}
