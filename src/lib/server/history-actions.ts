import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import {
	HISTORY_ANCHOR,
	HISTORY_NOTICE_PARAM,
	removeFromHistory,
	type HistoryNotice
} from '$lib/results/history';
import { contentFor } from '$lib/content';
import { readHistory, writeHistory } from './history-cookie';
import { isHttps } from './transport';

/**
 * The “Remove” and “Forget all” buttons of “Your earlier results”, as form actions of the page
 * that lists them (landing and result). Each redirects back to that page (303), so Reload does
 * not post again, at the list, which says what was done; `pageOf` names the page without its
 * language, which the locale handle keeps.
 */
export function historyActions(pageOf: (event: RequestEvent) => string) {
	return {
		forgetResult: async (event: RequestEvent) => {
			const code = await formField(event.request, 'code');
			if (code === null) {
				const { message } = contentFor(event.locals.locale).site.error.kinds['bad-request'];
				error(400, { message, kind: 'bad-request' });
			}
			const { cookies, url } = event;
			writeHistory(cookies, removeFromHistory(readHistory(cookies), code), isHttps(url));
			redirect(303, backAtTheList(pageOf(event), 'removed'));
		},
		forgetAll: (event: RequestEvent) => {
			writeHistory(event.cookies, [], isHttps(event.url));
			redirect(303, backAtTheList(pageOf(event), 'forgotten'));
		}
	};
}

function backAtTheList(page: string, notice: HistoryNotice): string {
	return `${page}?${HISTORY_NOTICE_PARAM}=${notice}#${HISTORY_ANCHOR}`;
}

/** A text field of a posted form, or null for a missing field or a body that is not a form. */
async function formField(request: Request, name: string): Promise<string | null> {
	try {
		const value = (await request.formData()).get(name);
		return typeof value === 'string' && value.length > 0 ? value : null;
	} catch {
		return null;
	}
}
