import { error } from '@sveltejs/kit';
import { researchCsvText } from '$lib/server/research-figures';
import type { RequestHandler } from './$types';

/** Every shared answer, one row per submission (src/lib/research/csv.ts), CC0. Simulated rows never. */
export const GET: RequestHandler = async () => {
	let csv: string;
	try {
		csv = await researchCsvText();
	} catch {
		error(503, { message: 'The research database cannot be reached right now.' });
	}
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8; header=present',
			'Content-Disposition': 'attachment; filename="programmer-or-software-engineer-research.csv"',
			'Cache-Control': 'public, max-age=60',
			'Access-Control-Allow-Origin': '*'
		}
	});
};
