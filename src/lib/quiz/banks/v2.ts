import { question, type Bank } from './types';

/**
 * Version 2, the reviewed bank. Rules that banks.spec.ts holds it to:
 * - one observable habit per question, asked as how often it happens in the person's current
 *   work or studies; a programmer habit is written as the good practice it is, never as a lack;
 * - every question's distinction is one its dimension draws on, and every distinction of the
 *   article has questions, the environment-first and real-conditions ones at least as many as coding;
 * - every dimension has at least four questions, as many toward each pole, so that the same
 *   answer everywhere scores exactly 50;
 * - ids are new: no id of an earlier bank is reused for a different question.
 * The order mixes dimensions and poles, so that no two neighbours ask about the same thing.
 * Once served, FROZEN like v1.ts: change questions by adding version 3.
 */
export const V2_QUESTIONS = [
	question('scope-one-area-in-depth', 'scope', 'specialised-tasks', 'programmer'),
	question('starting-write-down-problem', 'starting-point', 'engineering-principles', 'engineer'),
	question('method-refine-own-code', 'method', 'coding', 'programmer'),
	question('environment-where-it-runs', 'environment', 'environment-first', 'engineer'),
	question('people-requirements-gathered', 'people', 'follows-instructions', 'programmer'),
	question('quality-realistic-testing', 'quality', 'real-conditions', 'engineer'),
	question('scope-sketch-connections', 'scope', 'design-process', 'engineer'),
	question('starting-given-design', 'starting-point', 'follows-instructions', 'programmer'),
	question('method-weigh-options', 'method', 'engineering-principles', 'engineer'),
	question('environment-work-with-specialist', 'environment', 'specialised-tasks', 'programmer'),
	question('people-ask-users', 'people', 'talks-with-clients', 'engineer'),
	question('quality-check-against-brief', 'quality', 'follows-instructions', 'programmer'),
	question('scope-settled-coding-tasks', 'scope', 'specialised-tasks', 'programmer'),
	question('starting-propose-approach', 'starting-point', 'design-process', 'engineer'),
	question('method-read-code-closely', 'method', 'coding', 'programmer'),
	question('environment-find-limits-first', 'environment', 'environment-first', 'engineer'),
	question('people-focus-on-building', 'people', 'specialised-tasks', 'programmer'),
	question('quality-watch-in-use', 'quality', 'real-conditions', 'engineer'),
	question('scope-neighbouring-systems', 'scope', 'environment-first', 'engineer'),
	question('starting-idea-to-program', 'starting-point', 'roles-overlap', 'programmer'),
	question('method-measure-against-target', 'method', 'real-conditions', 'engineer'),
	question('environment-rely-on-platform', 'environment', 'specialised-tasks', 'programmer'),
	question('people-show-work-in-progress', 'people', 'talks-with-clients', 'engineer'),
	question('quality-ship-early', 'quality', 'coding', 'programmer')
] as const;

export type V2QuestionId = (typeof V2_QUESTIONS)[number]['id'];

export const V2_BANK: Bank<V2QuestionId> = {
	version: 2,
	format: 'frequency',
	questions: V2_QUESTIONS,
	dimensions: [
		{ id: 'scope', distinctions: ['specialised-tasks', 'design-process', 'environment-first'] },
		{
			id: 'starting-point',
			distinctions: [
				'follows-instructions',
				'roles-overlap',
				'engineering-principles',
				'design-process'
			]
		},
		{ id: 'method', distinctions: ['coding', 'engineering-principles', 'real-conditions'] },
		{ id: 'environment', distinctions: ['specialised-tasks', 'environment-first'] },
		{
			id: 'people',
			distinctions: ['follows-instructions', 'specialised-tasks', 'talks-with-clients']
		},
		{ id: 'quality', distinctions: ['follows-instructions', 'coding', 'real-conditions'] }
	],
	allowsNotApplicable: true
};
