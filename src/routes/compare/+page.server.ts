import { error, redirect } from '@sveltejs/kit';
import { contentFor } from '$lib/content';
import {
	MAX_COMPARED,
	MIN_COMPARED,
	canonicalQuery,
	compareEntries,
	entriesFromQuery
} from '$lib/results/compare';
import type { PageServerLoad } from './$types';

/**
 * Results side by side, from the address alone (src/lib/results/compare.ts). A form's fields are
 * folded into the canonical `?r=…&r=…` by a redirect, so every comparison can be bookmarked and
 * shared. An address that cannot be shown gets a 400, and compare/+error.svelte keeps its
 * entries in the form so the person can fix them.
 */
export const load: PageServerLoad = ({ url, locals }) => {
	const { entries, canonical } = entriesFromQuery(url.searchParams);
	if (canonical !== null) redirect(303, url.pathname + canonical);

	const state = compareEntries(entries);
	if (state.kind === 'too-few' || state.kind === 'too-many') {
		const t = contentFor(locals.locale).compare.page;
		const message =
			state.kind === 'too-few'
				? t.tooFew(state.readable, MIN_COMPARED)
				: t.tooMany(state.count, MAX_COMPARED);
		error(400, { message, kind: 'bad-request' });
	}
	return { state, alternateSearch: canonicalQuery(entries) };
};
