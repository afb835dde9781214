import { error } from '@sveltejs/kit';
import { RETEST_MONTHS } from '$lib/research/report';
import { researchFiguresIfAvailable } from '$lib/server/research-figures';
import type { PageServerLoad } from './$types';

/** The research page: the live figures of the current questions, from the cache (research-figures.ts). */
export const load: PageServerLoad = async () => {
	const figures = await researchFiguresIfAvailable();
	if (!figures) error(503, { message: 'The research database cannot be reached right now.' });
	return { report: figures.report, retestMonths: RETEST_MONTHS };
};
