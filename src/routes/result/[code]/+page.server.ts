import { error } from '@sveltejs/kit';
import { decodeShareCode } from '$lib/quiz/share-code';
import type { PageServerLoad } from './$types';

/** The code holds answers, not scores: the page recomputes the result from them. */
export const load: PageServerLoad = ({ params }) => {
	const decoded = decodeShareCode(params.code);
	if (decoded.ok) return { code: params.code.toLowerCase(), answers: decoded.answers };

	if (decoded.error === 'retired-version') {
		error(410, {
			message: 'This result link comes from an earlier version of the quiz whose questions have since changed, so it can no longer be scored fairly.',
			kind: 'retired-link'
		});
	}
	error(400, {
		message: 'This result link is damaged or incomplete, so it cannot show a result. It may have been cut short when it was copied.',
		kind: 'damaged-link'
	});
};
