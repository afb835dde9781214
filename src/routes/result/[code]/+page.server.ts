import { error, redirect } from '@sveltejs/kit';
import { completeAnswers } from '$lib/quiz/progress';
import { decodeShareCode, encodeShareCode } from '$lib/quiz/share-code';
import { readProgress } from '$lib/server/progress-cookie';
import type { PageServerLoad } from './$types';

/** Punctuation that sticks to a link pasted at the end of a sentence. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]'"”’]+$/;

/** The code holds answers, not scores: the page recomputes the result from them. */
export const load: PageServerLoad = ({ params, cookies }) => {
	const decoded = decodeShareCode(params.code);
	if (decoded.ok) {
		const code = encodeShareCode(decoded.answers);
		if (code !== params.code) redirect(308, `/result/${code}`);
		// Someone else's shared result must not offer to wipe the visitor's own answers.
		const ownAnswers = completeAnswers(readProgress(cookies));
		return {
			code,
			answers: decoded.answers,
			own: ownAnswers !== null && encodeShareCode(ownAnswers) === code
		};
	}

	const trimmed = params.code.replace(TRAILING_PUNCTUATION, '');
	if (trimmed !== params.code && decodeShareCode(trimmed).ok) redirect(308, `/result/${trimmed}`);

	if (decoded.error === 'retired-version') {
		error(410, {
			message:
				'This result link comes from an earlier version of the quiz whose questions have since changed, so it can no longer be scored fairly.',
			kind: 'retired-link'
		});
	}
	error(400, {
		message:
			'This result link is damaged or incomplete, so it cannot show a result. It may have been cut short when it was copied.',
		kind: 'damaged-link'
	});
};
