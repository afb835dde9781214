import { fail, redirect } from '@sveltejs/kit';
import { localizeHref, localeFromPath } from '$lib/i18n/paths';
import { submitConsent } from '$lib/server/research-submit';
import { isHttps } from '$lib/server/transport';
import type { Actions, PageServerLoad } from './$types';

/** Only a post shows this page (its answer); a visit without one goes to the research page. */
export const load: PageServerLoad = ({ request }) => {
	if (request.method !== 'POST') redirect(303, '/research');
};

/**
 * Consent to add a result to the research data: the form on a result page, or a direct post of
 * `code` (plus the optional fields). The deletion link is in this one answer and nowhere else.
 */
export const actions: Actions = {
	default: async ({ request, cookies, locals, url, getClientAddress }) => {
		const outcome = await submitConsent({
			request,
			cookies,
			locale: locals.locale,
			clientAddress: getClientAddress(),
			secure: isHttps(url)
		});
		if (!outcome.ok) return fail(outcome.status, { refused: outcome.reason });
		const pathLocale = localeFromPath(url.pathname);
		const resultHref = localizeHref(pathLocale, `/result/${outcome.code}`);
		if (!outcome.added) return { duplicate: true as const, resultHref };
		const deletePath = localizeHref(pathLocale, `/research/delete/${outcome.deleteSecret}`);
		return { deleteHref: new URL(deletePath, url.origin).href, resultHref };
	}
};
