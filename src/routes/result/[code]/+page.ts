import { error } from '@sveltejs/kit';
import { DIMENSION_IDS, type DimensionId } from '$lib/quiz/dimensions';
import { buildResultView } from '$lib/quiz/result-view';
import { decodeShareCode } from '$lib/quiz/share-code';
import type { PageLoad } from './$types';

/**
 * Every decision of the explanation is made here, once (result-view.ts). A universal load, not
 * the server's: server data is serialised into each page for the client, and the view model is
 * large; it is quicker to rebuild it from the code than to serialise it, on every request.
 */
export const load: PageLoad = async ({ data, url, parent }) => {
	const decoded = decodeShareCode(data.code);
	// The server load has already refused a code that does not decode.
	if (!decoded.ok) {
		const { t } = await parent();
		error(400, { message: t.quiz.links.damaged, kind: 'damaged-link' });
	}
	const open = url.searchParams.get('open');
	return {
		...data,
		view: buildResultView(decoded.answers, decoded.bank, { own: data.own, latest: data.latest }),
		open: DIMENSION_IDS.includes(open as DimensionId) ? (open as DimensionId) : null
	};
};
