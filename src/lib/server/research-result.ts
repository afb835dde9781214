import type { Bank } from '$lib/quiz/banks';
import type { DimensionId } from '$lib/quiz/dimensions';
import { scoreAnswers, type Answers } from '$lib/quiz/scoring';
import { MINIMUMS } from '$lib/research/report';
import { shareBelow } from '$lib/research/stats';
import { researchFiguresIfAvailable } from './research-figures';

export interface ResultResearch {
	/** Among `n` people who shared, the share placed nearer programmer (a lower overall score). */
	percentile: { n: number; share: number } | null;
	/** Dimensions whose shared answers show reliability under 0.70. */
	rough: DimensionId[];
}

/** What the research data says beside one result: nothing until there are enough people, or for another bank. */
export async function researchBeside(answers: Answers, bank: Bank): Promise<ResultResearch> {
	const figures = await researchFiguresIfAvailable();
	if (!figures || figures.report.bank !== bank.version) return { percentile: null, rough: [] };
	const overall = scoreAnswers(answers, bank).overallExact;
	const { norms } = figures;
	return {
		percentile:
			overall !== null && norms.length >= MINIMUMS.norms
				? { n: norms.length, share: shareBelow(norms, overall) }
				: null,
		rough: figures.report.rough
	};
}
