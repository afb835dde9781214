import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appliedMigrations } from './migrations';
import { openStore, storeConfig } from './connect';
import {
	countRows,
	dataVersion,
	deleteSubmission,
	hasSubmission,
	insertSubmission,
	publicRows,
	type PublicRow
} from './research-store';
import type { NewSubmission } from './schema';
import { freshStore, STORE_KINDS, type TestStore } from './test-stores';

/** What the open data may show of a submission. */
const PUBLIC: PublicRow = {
	respondent: 'r1',
	bank: 2,
	language: 'de',
	month: '2026-03',
	role: 'software-engineer',
	coding_years: '3-5',
	organisation: null,
	contact: 'weekly',
	flag: null,
	answers: '01234n01234n012340123401'
};
const ROW: NewSubmission = { ...PUBLIC, delete_hash: 'a'.repeat(64) };

describe('storeConfig', () => {
	it('is SQLite under DATA_DIR (./data by default) unless DATABASE_URL is set', () => {
		expect(storeConfig({})).toEqual({
			kind: 'sqlite',
			file: `${process.cwd()}/data/research.sqlite`
		});
		expect(storeConfig({ DATA_DIR: '/srv/quiz' })).toEqual({
			kind: 'sqlite',
			file: '/srv/quiz/research.sqlite'
		});
		expect(storeConfig({ DATABASE_URL: 'postgres://u@h/db', DATA_DIR: '/x' })).toEqual({
			kind: 'postgres',
			connectionString: 'postgres://u@h/db'
		});
	});
});

describe.each(STORE_KINDS)('the research store on %s', (kind) => {
	let t: TestStore;
	beforeEach(async () => {
		t = await freshStore(kind);
	});
	afterEach(async () => {
		await t.dispose();
	});

	it('creates its schema with the versioned migrations, once', async () => {
		expect(await appliedMigrations(t.store.db)).toEqual(['0001-research-submissions']);
		// Opening it again (another process starting) runs nothing twice.
		const again = await openStore(t.config);
		expect(await appliedMigrations(again.db)).toEqual(['0001-research-submissions']);
		await again.close();
	});

	it('stores a submission exactly as given, and the same answers from one respondent once', async () => {
		expect(await insertSubmission(t.store, ROW)).toBe('added');
		expect(await insertSubmission(t.store, { ...ROW, delete_hash: 'b'.repeat(64) })).toBe(
			'duplicate'
		);
		expect(
			await insertSubmission(t.store, { ...ROW, respondent: 'r2', delete_hash: 'c'.repeat(64) })
		).toBe('added');
		const rows = await publicRows(t.store);
		expect(rows).toEqual([PUBLIC, expect.objectContaining({ respondent: 'r2' })]);
	});

	it('deletes by the link hash, once', async () => {
		await insertSubmission(t.store, ROW);
		expect(await hasSubmission(t.store, ROW.delete_hash)).toBe(true);
		expect(await deleteSubmission(t.store, ROW.delete_hash)).toBe(true);
		expect(await hasSubmission(t.store, ROW.delete_hash)).toBe(false);
		expect(await deleteSubmission(t.store, ROW.delete_hash)).toBe(false);
		expect(await publicRows(t.store)).toEqual([]);
	});

	it('keeps simulated rows apart from real ones', async () => {
		await insertSubmission(t.store, ROW);
		await insertSubmission(t.store, {
			...ROW,
			respondent: 's',
			simulated: 1,
			delete_hash: 'd'.repeat(64)
		});
		expect((await publicRows(t.store)).map((r) => r.respondent)).toEqual(['r1']);
		expect((await publicRows(t.store, { simulated: true })).map((r) => r.respondent)).toEqual([
			's'
		]);
		expect(await countRows(t.store)).toBe(1);
	});

	it('names a new state of the data after every insert and delete', async () => {
		const empty = await dataVersion(t.store);
		expect(empty).toBe('0:0');
		await insertSubmission(t.store, ROW);
		await insertSubmission(t.store, { ...ROW, respondent: 'r2', delete_hash: 'e'.repeat(64) });
		expect(await dataVersion(t.store)).toBe('2:2');
		await deleteSubmission(t.store, ROW.delete_hash);
		expect(await dataVersion(t.store)).toBe('1:2');
		await insertSubmission(t.store, { ...ROW, respondent: 'r3', delete_hash: 'f'.repeat(64) });
		// The id of a deleted row is never reused.
		expect(await dataVersion(t.store)).toBe('2:3');
	});

	it('takes concurrent writes without losing one', async () => {
		const writes = Array.from({ length: 50 }, (_, i) =>
			insertSubmission(t.store, {
				...ROW,
				respondent: `c${i}`,
				delete_hash: String(i).padStart(64, '0')
			})
		);
		expect(await Promise.all(writes)).toEqual(new Array(50).fill('added'));
		expect(await countRows(t.store)).toBe(50);
	});
});
