import type { Answers } from './scoring';

/**
 * Answer sets for the current bank (version 2) whose results are worked out by hand in the tests
 * that use them. Bank order, for reference: position i is dimension
 * [scope, starting-point, method, environment, people, quality][i % 6]; it points toward
 * programmer when (i % 6 + ⌊i / 6⌋) is even, toward engineer otherwise.
 */

/**
 * A backend developer on call for his services, who gets requirements from a product manager.
 * Points toward engineer per dimension (of 16): scope 6, starting point 10, method 4,
 * environment 10, people 1, real conditions 9.
 */
export const ON_CALL: Answers = [
	4, 2, 3, 3, 4, 3, 2, 1, 1, 2, 0, 3, 3, 3, 4, 4, 4, 4, 3, 2, 2, 3, 1, 3
];

/**
 * ON_CALL with six “Doesn't apply” answers: People keeps one scale answer (not enough), Method
 * keeps only its two programmer questions (no engineer side), Scope keeps three of four.
 */
export const WITH_SKIPS: Answers = [
	4,
	2,
	3,
	3,
	'na',
	3,
	2,
	1,
	'na',
	2,
	'na',
	3,
	'na',
	3,
	4,
	4,
	'na',
	4,
	3,
	2,
	'na',
	3,
	1,
	3
];

/** Only Starting point and Environment answered on the scale: two scored dimensions of six. */
export const TWO_DIMENSIONS: Answers = ON_CALL.map((answer, i) =>
	i % 6 === 1 || i % 6 === 3 ? answer : 'na'
);

/**
 * A version-3 sitting: someone who builds from others' designs but looks hard at where and how the
 * software runs. Points toward engineer per dimension (of 32), in bank order within each:
 * part or whole 3+1+3+2+1+3+2+1 = 16 (50); where the design comes from 1+0+1+1+2+0+1+1 = 7 (22);
 * approach 4+3+3+4+2+3+3+2 = 24 (75); built for what 3+2+4+3+3+2+3+4 = 24 (75).
 * Overall (16 + 7 + 24 + 24) ÷ 128 = 55.5 %, so 55, “In between”. Its link: 3-2jj8frkfi83ld3alls.
 */
export const MIXED_V3: Answers = [
	3, 3, 4, 1, 3, 0, 1, 2, 3, 3, 3, 0, 2, 1, 0, 3, 3, 2, 2, 3, 3, 4, 3, 2, 2, 1, 1, 3, 1, 3, 2, 0
];
