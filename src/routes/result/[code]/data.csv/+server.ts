import { exportResponse } from '$lib/results/export-response';
import type { RequestHandler } from './$types';

/** The result as CSV, one row per question, in the page's language (src/lib/results/export.ts). */
export const GET: RequestHandler = ({ params, locals }) =>
	exportResponse(params.code, locals.locale, 'csv');
