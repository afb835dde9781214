import { question, type Bank } from './types';

/**
 * Version 1 of the question bank, served until the reviewed version 2 replaced it. FROZEN:
 * links shared under it still show their result, scored with exactly these questions in exactly
 * this order (banks.spec.ts holds the order and keying fixed). Never edit; add a new version.
 */
export const V1_QUESTIONS = [
	question('scope-whole-system', 'scope', 'design-process', 'engineer'),
	question('direction-clear-brief', 'starting-point', 'follows-instructions', 'programmer'),
	question('method-compare-options', 'method', 'engineering-principles', 'engineer'),
	question('environment-given-stack', 'environment', 'follows-instructions', 'programmer'),
	question('people-talk-to-users', 'people', 'talks-with-clients', 'engineer'),
	question('quality-feature-works', 'quality', 'coding', 'programmer'),
	question('scope-own-part', 'scope', 'specialised-tasks', 'programmer'),
	question('direction-real-problem', 'starting-point', 'engineering-principles', 'engineer'),
	question('method-try-in-code', 'method', 'coding', 'programmer'),
	question('environment-check-first', 'environment', 'environment-first', 'engineer'),
	question('people-through-lead', 'people', 'follows-instructions', 'programmer'),
	question('quality-real-use', 'quality', 'real-conditions', 'engineer'),
	question('scope-plan-parts', 'scope', 'design-process', 'engineer'),
	question('direction-start-coding', 'starting-point', 'follows-instructions', 'programmer'),
	question('method-write-requirements', 'method', 'engineering-principles', 'engineer'),
	question('environment-platform-team', 'environment', 'specialised-tasks', 'programmer'),
	question('people-explain-choices', 'people', 'talks-with-clients', 'engineer'),
	question('quality-fix-when-reported', 'quality', 'coding', 'programmer'),
	question('scope-coding-day', 'scope', 'coding', 'programmer'),
	question('direction-shape-what-to-build', 'starting-point', 'design-process', 'engineer'),
	question('method-known-patterns', 'method', 'coding', 'programmer'),
	question('environment-find-limits', 'environment', 'environment-first', 'engineer'),
	question('people-focused-coding', 'people', 'specialised-tasks', 'programmer'),
	question('quality-measure-goals', 'quality', 'real-conditions', 'engineer')
] as const;

export type V1QuestionId = (typeof V1_QUESTIONS)[number]['id'];

export const V1_BANK: Bank<V1QuestionId> = {
	version: 1,
	format: 'frequency',
	questions: V1_QUESTIONS,
	// What each dimension's questions drew on, as version 1 scored them.
	dimensions: [
		{ id: 'scope', distinctions: ['coding', 'specialised-tasks', 'design-process'] },
		{
			id: 'starting-point',
			distinctions: ['follows-instructions', 'engineering-principles', 'design-process']
		},
		{ id: 'method', distinctions: ['coding', 'engineering-principles'] },
		{
			id: 'environment',
			distinctions: ['environment-first', 'specialised-tasks', 'follows-instructions']
		},
		{
			id: 'people',
			distinctions: ['talks-with-clients', 'follows-instructions', 'specialised-tasks']
		},
		{ id: 'quality', distinctions: ['real-conditions', 'coding'] }
	],
	allowsNotApplicable: false
};
