import { error } from '@sveltejs/kit';
import { appStore } from '$lib/server/db';
import { deleteSubmission, hasSubmission } from '$lib/server/db/research-store';
import { forgetFigures } from '$lib/server/research-figures';
import { hashSecret, isSecretShaped } from '$lib/server/research-submit';
import type { Actions, PageServerLoad } from './$types';

/**
 * A private deletion link: opening it asks for confirmation (a link preview or prefetch must not
 * delete anything); the confirming POST deletes the row. Only the secret's hash is stored.
 */
export const load: PageServerLoad = async ({ params, request }) => {
	if (request.method === 'POST') return { exists: false };
	const exists =
		isSecretShaped(params.secret) &&
		(await hasSubmission(await store(), hashSecret(params.secret)));
	// Wrong, incomplete or already used: the same 404 as any address that names nothing.
	if (!exists) error(404, { message: 'Not found', kind: 'not-found' });
	return { exists };
};

export const actions: Actions = {
	default: async ({ params }) => {
		const deleted =
			isSecretShaped(params.secret) &&
			(await deleteSubmission(await store(), hashSecret(params.secret)));
		if (deleted) forgetFigures();
		return { deleted };
	}
};

async function store() {
	try {
		return await appStore();
	} catch {
		error(503, { message: 'The research database cannot be reached right now.' });
	}
}
