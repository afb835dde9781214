/**
 * Share links carry a quiz version and the answers in that version's question order.
 * When the bank changes, bump QUIZ_VERSION and add its order here, keeping every older
 * entry: a link made under an older version is then decoded if it covers exactly the current
 * questions (in any order), and declined with a clear message if not. Never edit an old entry.
 */
export const QUIZ_VERSION = 1;

export const QUESTION_ORDER_BY_VERSION: Readonly<Record<number, readonly string[]>> = {
	1: [
		'scope-whole-system',
		'direction-clear-brief',
		'method-compare-options',
		'environment-given-stack',
		'people-talk-to-users',
		'quality-feature-works',
		'scope-own-part',
		'direction-real-problem',
		'method-try-in-code',
		'environment-check-first',
		'people-through-lead',
		'quality-real-use',
		'scope-plan-parts',
		'direction-start-coding',
		'method-write-requirements',
		'environment-platform-team',
		'people-explain-choices',
		'quality-fix-when-reported',
		'scope-coding-day',
		'direction-shape-what-to-build',
		'method-known-patterns',
		'environment-find-limits',
		'people-focused-coding',
		'quality-measure-goals'
	]
};
