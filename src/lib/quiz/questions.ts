import type { DistinctionId, Pole } from './article';
import type { DimensionId } from './dimensions';

/**
 * The question bank. Each question describes one concrete work habit; answering how often
 * you do it moves you toward the pole named in `towards`.
 *
 * Rules the unit tests hold the bank to: ids are unique and never reused; every dimension
 * has at least three questions and as many toward each pole (so answering the same option
 * everywhere scores exactly 50); a programmer-keyed question describes the programmer habit
 * as it is, never as the absence of an engineering one.
 *
 * Changing the bank changes what share links mean: see versions.ts before editing.
 */
export interface Question {
	id: string;
	text: string;
	dimension: DimensionId;
	distinction: DistinctionId;
	/** The pole that answering “Always” points toward. */
	towards: Pole;
}

export const QUESTIONS: readonly Question[] = [
	{
		id: 'scope-whole-system',
		text: 'When I pick up a task, I first look at how it fits into the whole system.',
		dimension: 'scope',
		distinction: 'design-process',
		towards: 'engineer'
	},
	{
		id: 'direction-clear-brief',
		text: 'I turn a clear task from a designer or team lead into working code.',
		dimension: 'starting-point',
		distinction: 'follows-instructions',
		towards: 'programmer'
	},
	{
		id: 'method-compare-options',
		text: 'Before I choose a design, I write down two or more options and compare them.',
		dimension: 'method',
		distinction: 'engineering-principles',
		towards: 'engineer'
	},
	{
		id: 'environment-given-stack',
		text: 'I build on the platform and tools that my lead or team picks for me.',
		dimension: 'environment',
		distinction: 'follows-instructions',
		towards: 'programmer'
	},
	{
		id: 'people-talk-to-users',
		text: 'I talk with the people who will use the software before I build it.',
		dimension: 'people',
		distinction: 'talks-with-clients',
		towards: 'engineer'
	},
	{
		id: 'quality-feature-works',
		text: 'I count a task as done as soon as the feature works.',
		dimension: 'quality',
		distinction: 'coding',
		towards: 'programmer'
	},
	{
		id: 'scope-own-part',
		text: 'I work on one clear part of the code that is mine to build.',
		dimension: 'scope',
		distinction: 'specialised-tasks',
		towards: 'programmer'
	},
	{
		id: 'direction-real-problem',
		text: 'Before I build what was asked for, I check what problem it is meant to solve.',
		dimension: 'starting-point',
		distinction: 'engineering-principles',
		towards: 'engineer'
	},
	{
		id: 'method-try-in-code',
		text: 'I find the best solution by trying ideas out directly in code.',
		dimension: 'method',
		distinction: 'coding',
		towards: 'programmer'
	},
	{
		id: 'environment-check-first',
		text: 'Before I choose a design, I look at the other systems my software must work with.',
		dimension: 'environment',
		distinction: 'environment-first',
		towards: 'engineer'
	},
	{
		id: 'people-through-lead',
		text: 'I learn what a feature needs from my lead or from the written ticket.',
		dimension: 'people',
		distinction: 'follows-instructions',
		towards: 'programmer'
	},
	{
		id: 'quality-real-use',
		text: 'I test my software in conditions close to real use: real data, real devices, many users.',
		dimension: 'quality',
		distinction: 'real-conditions',
		towards: 'engineer'
	},
	{
		id: 'scope-plan-parts',
		text: 'I plan how the parts of a project will fit together before the code is written.',
		dimension: 'scope',
		distinction: 'design-process',
		towards: 'engineer'
	},
	{
		id: 'direction-start-coding',
		text: 'When the instructions are clear, I start coding straight away.',
		dimension: 'starting-point',
		distinction: 'follows-instructions',
		towards: 'programmer'
	},
	{
		id: 'method-write-requirements',
		text: 'Before I build, I write down what the software must do.',
		dimension: 'method',
		distinction: 'engineering-principles',
		towards: 'engineer'
	},
	{
		id: 'environment-platform-team',
		text: 'I leave servers, devices and networks to the people whose job is to run them.',
		dimension: 'environment',
		distinction: 'specialised-tasks',
		towards: 'programmer'
	},
	{
		id: 'people-explain-choices',
		text: 'I explain technical choices to clients or users in words they understand.',
		dimension: 'people',
		distinction: 'talks-with-clients',
		towards: 'engineer'
	},
	{
		id: 'quality-fix-when-reported',
		text: 'I deal with slowness or crashes when someone reports them.',
		dimension: 'quality',
		distinction: 'coding',
		towards: 'programmer'
	},
	{
		id: 'scope-coding-day',
		text: 'Most of my working day goes into writing, reading and fixing code.',
		dimension: 'scope',
		distinction: 'coding',
		towards: 'programmer'
	},
	{
		id: 'direction-shape-what-to-build',
		text: 'I help decide what should be built, not only how to build it.',
		dimension: 'starting-point',
		distinction: 'design-process',
		towards: 'engineer'
	},
	{
		id: 'method-known-patterns',
		text: 'I use the patterns and tools I know well to get a task done quickly.',
		dimension: 'method',
		distinction: 'coding',
		towards: 'programmer'
	},
	{
		id: 'environment-find-limits',
		text: 'I find out the limits of the hardware my software will run on, such as memory or old devices.',
		dimension: 'environment',
		distinction: 'environment-first',
		towards: 'engineer'
	},
	{
		id: 'people-focused-coding',
		text: 'I leave the conversations with clients to my lead or manager.',
		dimension: 'people',
		distinction: 'specialised-tasks',
		towards: 'programmer'
	},
	{
		id: 'quality-measure-goals',
		text: 'I measure how my software performs against goals we set in advance.',
		dimension: 'quality',
		distinction: 'real-conditions',
		towards: 'engineer'
	}
];
