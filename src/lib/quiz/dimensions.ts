import type { DistinctionId } from './article';

/**
 * A dimension is one spectrum, from a programmer's habit (score 0) to a software engineer's
 * habit (score 100). The ids are shared by every question bank; which distinctions a
 * dimension draws on belongs to the bank (see banks/), because a bank's questions are held to it.
 */
export const DIMENSION_IDS = [
	'scope',
	'starting-point',
	'method',
	'environment',
	'people',
	'quality',
	'breadth',
	'brief',
	'approach',
	'conditions'
] as const;

export type DimensionId = (typeof DIMENSION_IDS)[number];

export interface DimensionDefinition {
	id: DimensionId;
	/** The article's distinctions this dimension rests on; each of its questions draws on one of them. */
	distinctions: readonly DistinctionId[];
}
