import { exportResponse } from '$lib/results/export-response';
import type { RequestHandler } from './$types';

/** The result as JSON, in the page's language (src/lib/results/export.ts). */
export const GET: RequestHandler = ({ params, locals }) =>
	exportResponse(params.code, locals.locale, 'json');
