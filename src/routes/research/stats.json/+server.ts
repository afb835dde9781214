import { error, json } from '@sveltejs/kit';
import { researchFiguresIfAvailable } from '$lib/server/research-figures';
import type { RequestHandler } from './$types';

/** The live statistics of the current questions (src/lib/research/report.ts), CC0. */
export const GET: RequestHandler = async () => {
	const figures = await researchFiguresIfAvailable();
	if (!figures) error(503, { message: 'The research database cannot be reached right now.' });
	return json(figures.report, {
		headers: { 'Cache-Control': 'public, max-age=60', 'Access-Control-Allow-Origin': '*' }
	});
};
