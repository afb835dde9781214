import { sql } from 'kysely';
import { PUBLIC_COLUMNS } from '$lib/research/csv';
import type { Store } from './connect';
import type { NewSubmission } from './schema';

/**
 * Every query of the research data, typed by the schema, the same on both databases. Each
 * write is one statement, committed before it returns, so an answer is only sent once its row is safe.
 */

export type InsertOutcome = 'added' | 'duplicate';

/** Adds a submission; the same answers from the same respondent are one row (a unique index). */
export async function insertSubmission(store: Store, row: NewSubmission): Promise<InsertOutcome> {
	const inserted = await store.db
		.insertInto('research_submissions')
		.values(row)
		.onConflict((conflict) => conflict.columns(['respondent', 'bank', 'answers']).doNothing())
		.returning('id')
		.executeTakeFirst();
	return inserted ? 'added' : 'duplicate';
}

/** Whether a deletion link's hash still names a row. */
export async function hasSubmission(store: Store, deleteHash: string): Promise<boolean> {
	const row = await store.db
		.selectFrom('research_submissions')
		.select('id')
		.where('delete_hash', '=', deleteHash)
		.executeTakeFirst();
	return row !== undefined;
}

/** Deletes the row a deletion link names; false when there was none (already deleted). */
export async function deleteSubmission(store: Store, deleteHash: string): Promise<boolean> {
	const result = await store.db
		.deleteFrom('research_submissions')
		.where('delete_hash', '=', deleteHash)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

/** The rows of the open data and the statistics, oldest first: real or simulated, never both. */
export async function publicRows(store: Store, { simulated = false } = {}) {
	return store.db
		.selectFrom('research_submissions')
		.select(PUBLIC_COLUMNS)
		.where('simulated', '=', simulated ? 1 : 0)
		.orderBy('id')
		.execute();
}

export type PublicRow = Awaited<ReturnType<typeof publicRows>>[number];

/**
 * A short name for the data's current state: ids only grow and are never reused, so the
 * count and the largest id together change whenever a row is added or deleted.
 */
export async function dataVersion(store: Store): Promise<string> {
	const row = await store.db
		.selectFrom('research_submissions')
		.select([
			sql<number | string>`count(*)`.as('rows'),
			sql<number | string | null>`max(id)`.as('last')
		])
		.executeTakeFirstOrThrow();
	return `${Number(row.rows)}:${Number(row.last ?? 0)}`;
}

export async function countRows(store: Store, { simulated = false } = {}): Promise<number> {
	const row = await store.db
		.selectFrom('research_submissions')
		.select(sql<number | string>`count(*)`.as('rows'))
		.where('simulated', '=', simulated ? 1 : 0)
		.executeTakeFirstOrThrow();
	return Number(row.rows);
}
