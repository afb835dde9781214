import { json } from '@sveltejs/kit';
import { contentFor } from '$lib/content';
import type { Locale } from '$lib/i18n/locales';
import { decodeShareCode, encodeShareCode } from '$lib/quiz/share-code';
import { buildResultExport, exportFileName, resultCsv } from './export';

/**
 * The two downloads of a result, as responses. The hooks add the security headers, the
 * language's Vary and compression, as for every page. A code that cannot be read gets a JSON
 * error body with a 4xx: 400 for a damaged code, 410 for one from a version no longer served.
 */
export function exportResponse(code: string, locale: Locale, format: 'json' | 'csv'): Response {
	const text = contentFor(locale);
	const decoded = decodeShareCode(code);
	if (!decoded.ok) {
		return json(
			{ error: decoded.error, message: text.downloads.errors[decoded.error] },
			{ status: decoded.error === 'unknown-version' ? 410 : 400 }
		);
	}
	const canonical = encodeShareCode(decoded.answers, decoded.bank);
	const data = buildResultExport(canonical, decoded.answers, decoded.bank, locale, text);
	const disposition = `attachment; filename="${exportFileName(canonical, format)}"`;
	if (format === 'json') {
		return new Response(JSON.stringify(data, null, 2) + '\n', {
			headers: {
				'Content-Type': 'application/json; charset=utf-8',
				'Content-Disposition': disposition
			}
		});
	}
	return new Response(resultCsv(data, text), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8; header=present',
			'Content-Disposition': disposition
		}
	});
}
