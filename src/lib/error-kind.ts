import type { ErrorKind } from '$lib/content/site-types';

/**
 * Which kind of error a page shows: a route's own kind says most, otherwise the status decides.
 * handleError words its message by the same kind, so the message and the page's title agree.
 */
export function errorKind(status: number, kind?: App.Error['kind']): ErrorKind {
	if (kind && kind !== 'bad-request') return kind;
	if (status === 404) return 'not-found';
	if (status === 403) return 'forbidden';
	if (status === 410) return 'retired-link';
	return status >= 500 ? 'server-error' : 'bad-request';
}
