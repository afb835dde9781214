import type { DimensionDefinition, DimensionId } from '../dimensions';
import type { Bank, Question } from './types';
import { V1_BANK } from './v1';
import { V2_BANK } from './v2';
import { V3_BANK, type V3QuestionId } from './v3';

export type {
	Bank,
	BankFormat,
	CurrentQuestionId,
	FrequencyQuestionId,
	Question,
	QuestionId,
	TwoEndedQuestionId
} from './types';

/** Every bank ever served, by version. Keep them all: each one's links must keep working. */
export const BANKS: Readonly<Record<number, Bank>> = { 1: V1_BANK, 2: V2_BANK, 3: V3_BANK };

/** The bank new quizzes are taken with. */
export const CURRENT_BANK: Bank<V3QuestionId> = V3_BANK;
export const CURRENT_VERSION = CURRENT_BANK.version;

export function bankFor(version: number): Bank | undefined {
	return Object.hasOwn(BANKS, version) ? BANKS[version] : undefined;
}

/** The 1-based step of a question in the current bank, as in /quiz/N. */
export function stepOf(questionId: string, bank: Bank): number {
	return bank.questions.findIndex((q) => q.id === questionId) + 1;
}

/** A dimension's questions, in the bank's order. */
export function questionsOf<Id extends string>(
	bank: Bank<Id>,
	dimension: DimensionId
): Question<Id>[] {
	return bank.questions.filter((q) => q.dimension === dimension);
}

export interface DimensionQuestions {
	dimension: DimensionDefinition;
	questions: Question[];
}

/** A bank's questions, dimension by dimension in the bank's order: dimensions may differ in size. */
export function questionsByDimension(bank: Bank): DimensionQuestions[] {
	return bank.dimensions.map((dimension) => ({
		dimension,
		questions: questionsOf(bank, dimension.id)
	}));
}
