/**
 * The one source the quiz is built on, and the distinctions it draws, in our own words.
 * Every dimension and question points back here, so a claim on a page can always be traced
 * to something the article says.
 */

export const ARTICLE = {
	title: 'What are the differences between a Software Engineer and a Programmer?',
	blog: 'Building Reliable Systems',
	readingTime: '2 min read'
} as const;

/** The end of the spectrum a habit points toward. */
export type Pole = 'programmer' | 'engineer';

/** How each pole is named in running text. */
export const ROLE_NAME: Readonly<Record<Pole, string>> = {
	programmer: 'programmer',
	engineer: 'software engineer'
};

export type DistinctionId =
	| 'coding'
	| 'specialised-tasks'
	| 'follows-instructions'
	| 'engineering-principles'
	| 'environment-first'
	| 'talks-with-clients'
	| 'design-process'
	| 'real-conditions'
	| 'roles-overlap';

export interface Distinction {
	id: DistinctionId;
	/** A short name for lists and tables. */
	title: string;
	/** The article's point, paraphrased. */
	paraphrase: string;
	/** Which pole the habit marks; the overlap marks both. */
	pole: Pole | 'both';
}

export const DISTINCTIONS: readonly Distinction[] = [
	{
		id: 'coding',
		title: 'Coding is the craft at the centre',
		paraphrase:
			'Coding means writing the lines that make up a program. Programming is wider: it covers the whole project rather than one piece of it. Writing code is the heart of a programmer’s work.',
		pole: 'programmer'
	},
	{
		id: 'specialised-tasks',
		title: 'Specialising in certain tasks',
		paraphrase:
			'In big teams, programmers tend to focus on particular kinds of task, and some companies hire programmers to do coding work only.',
		pole: 'programmer'
	},
	{
		id: 'follows-instructions',
		title: 'Turning instructions into a program',
		paraphrase:
			'In a typical job, a programmer is handed directions by others on the team, such as a designer, an engineer or a senior programmer, and builds a complete program from them, sometimes from nothing more than a concept.',
		pole: 'programmer'
	},
	{
		id: 'engineering-principles',
		title: 'Engineering principles as a method',
		paraphrase:
			'A software engineer brings engineering principles to software: a particular, deliberate way of looking at a problem before solving it.',
		pole: 'engineer'
	},
	{
		id: 'environment-first',
		title: 'Studying the environment first',
		paraphrase:
			'A bridge builder looks at the ground under the river before planning the foundations. In the same way, a software engineer studies the computers and software around a program first, so the design suits the place it will run.',
		pole: 'engineer'
	},
	{
		id: 'talks-with-clients',
		title: 'Talking with clients',
		paraphrase:
			'Software engineers talk with the clients, so that what they design actually works for the people who asked for it.',
		pole: 'engineer'
	},
	{
		id: 'design-process',
		title: 'Owning the whole design process',
		paraphrase:
			'Software engineering reaches well past programming: it is a complete design process, from understanding the problem to a program that works.',
		pole: 'engineer'
	},
	{
		id: 'real-conditions',
		title: 'Built for real conditions',
		paraphrase:
			'The aim is software that runs efficiently and reliably where it is really used: on the machines it will really run on, for the people it is really meant for.',
		pole: 'engineer'
	},
	{
		id: 'roles-overlap',
		title: 'The roles overlap',
		paraphrase:
			'A reader’s comment under the article asks whether the two are not the same. In our reading they overlap a great deal: every software engineer also writes code, and the article itself says programming looks at the whole project.',
		pole: 'both'
	}
];

const byId = new Map(DISTINCTIONS.map((d) => [d.id, d]));

export function getDistinction(id: DistinctionId): Distinction {
	const distinction = byId.get(id);
	if (!distinction) throw new Error(`Unknown distinction: ${id}`);
	return distinction;
}
