import { question, type Bank } from './types';

/**
 * Version 3, two-ended. Each question sets a programmer's way of working (from the article) beside a
 * software engineer's, as statements A and B; the person places themselves between them on the scale
 * (0 = A entirely … SCALE_MAX = B entirely) or says the question does not apply to their work.
 * `towards` is the pole of statement B. Rules that banks.spec.ts holds it to:
 * - every question draws on one of the article's distinctions that take a side, each of them equally
 *   often; the distinction that the roles overlap decides nothing, so no question rests on it;
 * - four dimensions of eight questions; in each, the programmer's statement is A in half of them,
 *   so the same position everywhere scores exactly 50;
 * - the order cycles through the dimensions, so no two neighbours ask about the same thing.
 * Once served, FROZEN like v1.ts and v2.ts: change questions by adding version 4.
 */
export const V3_QUESTIONS = [
	question('breadth-time-in-code', 'breadth', 'coding', 'engineer'),
	question('brief-design-settled', 'brief', 'follows-instructions', 'programmer'),
	question('approach-first-move', 'approach', 'engineering-principles', 'engineer'),
	question('conditions-design-timing', 'conditions', 'design-process', 'programmer'),
	question('breadth-depth-or-range', 'breadth', 'specialised-tasks', 'programmer'),
	question('brief-needs-heard', 'brief', 'talks-with-clients', 'engineer'),
	question('approach-where-it-runs', 'approach', 'environment-first', 'programmer'),
	question('conditions-testing-against', 'conditions', 'real-conditions', 'engineer'),
	question('breadth-piece-or-whole', 'breadth', 'coding', 'engineer'),
	question('brief-task-breakdown', 'brief', 'follows-instructions', 'programmer'),
	question('approach-choosing', 'approach', 'engineering-principles', 'engineer'),
	question('conditions-planning-horizon', 'conditions', 'design-process', 'programmer'),
	question('breadth-team-role', 'breadth', 'specialised-tasks', 'programmer'),
	question('brief-showing-work', 'brief', 'talks-with-clients', 'engineer'),
	question('approach-tools-fit', 'approach', 'environment-first', 'programmer'),
	question('conditions-in-use', 'conditions', 'real-conditions', 'engineer'),
	question('breadth-done-when', 'breadth', 'coding', 'programmer'),
	question('brief-unclear-request', 'brief', 'follows-instructions', 'engineer'),
	question('approach-reasoning-kept', 'approach', 'engineering-principles', 'programmer'),
	question('conditions-follow-through', 'conditions', 'design-process', 'engineer'),
	question('breadth-new-project', 'breadth', 'specialised-tasks', 'engineer'),
	question('brief-feedback-in-use', 'brief', 'talks-with-clients', 'programmer'),
	question('approach-capacity', 'approach', 'environment-first', 'engineer'),
	question('conditions-hardware-fit', 'conditions', 'real-conditions', 'programmer'),
	question('breadth-own-yardstick', 'breadth', 'coding', 'programmer'),
	question('brief-success-measure', 'brief', 'follows-instructions', 'engineer'),
	question('approach-standards', 'approach', 'engineering-principles', 'programmer'),
	question('conditions-whole-design', 'conditions', 'design-process', 'engineer'),
	question('breadth-learning-next', 'breadth', 'specialised-tasks', 'engineer'),
	question('brief-trade-offs', 'brief', 'talks-with-clients', 'programmer'),
	question('approach-neighbour-systems', 'approach', 'environment-first', 'engineer'),
	question('conditions-ready-when', 'conditions', 'real-conditions', 'programmer')
] as const;

export type V3QuestionId = (typeof V3_QUESTIONS)[number]['id'];

export const V3_BANK: Bank<V3QuestionId> = {
	version: 3,
	format: 'two-ended',
	questions: V3_QUESTIONS,
	dimensions: [
		{ id: 'breadth', distinctions: ['coding', 'specialised-tasks'] },
		{ id: 'brief', distinctions: ['follows-instructions', 'talks-with-clients'] },
		{ id: 'approach', distinctions: ['engineering-principles', 'environment-first'] },
		{ id: 'conditions', distinctions: ['design-process', 'real-conditions'] }
	],
	allowsNotApplicable: true
};
