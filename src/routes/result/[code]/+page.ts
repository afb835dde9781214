import { DIMENSION_IDS, type DimensionId } from '$lib/quiz/dimensions';
import { buildResultView } from '$lib/quiz/result-view';
import { decodeShareCode } from '$lib/quiz/share-code';
import type { PageLoad } from './$types';

/**
 * Every decision of the explanation is made here, once (result-view.ts). A universal load, not
 * the server's: server data is serialised into each page for the client, and the view model is
 * large; it is quicker to rebuild it from the code than to serialise it, on every request.
 */
export const load: PageLoad = ({ data, url }) => {
	const decoded = decodeShareCode(data.code);
	// The server load refuses (400) or redirects every code that does not decode.
	if (!decoded.ok) throw new Error(`The server load let through ${data.code}`);
	const open = url.searchParams.get('open');
	return {
		...data,
		view: buildResultView(decoded.answers, decoded.bank, { own: data.own, latest: data.latest }),
		open: DIMENSION_IDS.includes(open as DimensionId) ? (open as DimensionId) : null
	};
};
