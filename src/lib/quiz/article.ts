/**
 * The one source the quiz is built on, and the distinctions it draws. Only ids, poles and the
 * citation live here; every paraphrase is text, in src/lib/content/<language>/.
 * Every dimension and question points back to a distinction, so each claim on a page can be
 * traced to something the article says.
 */

/** Cited by title and blog wherever the article is used; the title stays in English in every language. */
export const ARTICLE = {
	title: 'What are the differences between a Software Engineer and a Programmer?',
	blog: 'Building Reliable Systems',
	url: 'https://saintvandora.hashnode.dev/what-are-the-differences-between-a-software-engineer-and-a-programmer',
	readingMinutes: 2
} as const;

/** The two ends of the spectrum. Scores run from 0 (programmer) to 100 (software engineer). */
export type Pole = 'programmer' | 'engineer';
export const POLES: readonly Pole[] = ['programmer', 'engineer'];

export const DISTINCTION_IDS = [
	'coding',
	'specialised-tasks',
	'follows-instructions',
	'engineering-principles',
	'environment-first',
	'talks-with-clients',
	'design-process',
	'real-conditions',
	'roles-overlap'
] as const;

export type DistinctionId = (typeof DISTINCTION_IDS)[number];

/** Which pole each distinction marks; the overlap of the roles marks both. */
export const DISTINCTION_POLE: Readonly<Record<DistinctionId, Pole | 'both'>> = {
	coding: 'programmer',
	'specialised-tasks': 'programmer',
	'follows-instructions': 'programmer',
	'engineering-principles': 'engineer',
	'environment-first': 'engineer',
	'talks-with-clients': 'engineer',
	'design-process': 'engineer',
	'real-conditions': 'engineer',
	'roles-overlap': 'both'
};
