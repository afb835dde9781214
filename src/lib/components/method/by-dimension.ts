import type { Bank, Question } from '$lib/quiz/banks';
import type { DimensionDefinition } from '$lib/quiz/dimensions';

export interface DimensionQuestions {
	dimension: DimensionDefinition;
	questions: Question[];
}

/** A bank's questions, dimension by dimension in the bank's order: dimensions may differ in size. */
export function questionsByDimension(bank: Bank): DimensionQuestions[] {
	return bank.dimensions.map((dimension) => ({
		dimension,
		questions: bank.questions.filter((q) => q.dimension === dimension.id)
	}));
}
