import type { DistinctionId, Pole } from '../article';
import type { DimensionDefinition, DimensionId } from '../dimensions';
import type { V1QuestionId } from './v1';
import type { V2QuestionId } from './v2';

/** Every question id of every bank, so each language's text can be checked against all of them. */
export type QuestionId = V1QuestionId | V2QuestionId;
/** The ids of the current bank: these also need a reason on the methodology page. */
export type CurrentQuestionId = V2QuestionId;

/**
 * One question: one observable habit. Answering how often you do it moves you toward the
 * pole named in `towards`. Its words live in the content (src/lib/content/<language>/), keyed by id.
 */
export interface Question<Id extends string = QuestionId> {
	id: Id;
	dimension: DimensionId;
	distinction: DistinctionId;
	/** The pole that answering “Always” points toward. */
	towards: Pole;
}

/**
 * A question bank as it was served. A share link names its bank's version and holds one answer
 * per question in the bank's order, so a bank is never edited once served: a new one is added.
 */
export interface Bank<Id extends string = QuestionId> {
	version: number;
	questions: readonly Question<Id>[];
	dimensions: readonly DimensionDefinition[];
	/** Whether “Doesn't apply to me” was offered (from version 2 on). */
	allowsNotApplicable: boolean;
}

/** Builds a question with its id kept as a literal type, so the content can be checked against every id. */
export function question<const Id extends string>(
	id: Id,
	dimension: DimensionId,
	distinction: DistinctionId,
	towards: Pole
): Question<Id> {
	return { id, dimension, distinction, towards };
}
