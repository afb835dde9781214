import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * The one schema, the same on SQLite and PostgreSQL (see migrations.ts). It holds only what a
 * person chose to give to research (README, “Research data”): no address, no user agent, no share
 * link, no free text, and the month rather than the day.
 */
export interface Database {
	research_submissions: SubmissionTable;
}

export interface SubmissionTable {
	/** Increases with every row and is never reused, so (count, largest id) names a state of the data. */
	id: Generated<number>;
	/** The random id in the person's research cookie: pairs a retake with the first time. */
	respondent: string;
	/** The question bank's version. */
	bank: number;
	/** The page's language when they consented. */
	language: string;
	/** `YYYY-MM`, UTC. */
	month: string;
	role: string | null;
	coding_years: string | null;
	organisation: string | null;
	contact: string | null;
	/**
	 * One character per question, in the bank's order: the points toward software engineer
	 * (`0`–`4`, after keying), or `n` for “doesn't apply”.
	 */
	answers: string;
	/** Why the row is left out of the statistics (`too-fast`, `straight-lined`), or null. */
	flag: string | null;
	/** 1 for rows made by `npm run research:simulate`: never shown with real ones. */
	simulated: Generated<number>;
	/** SHA-256 (hex) of the deletion link's secret; the secret itself is never stored. */
	delete_hash: string;
}

export type SubmissionRow = Selectable<SubmissionTable>;
export type NewSubmission = Insertable<SubmissionTable>;
