import { env } from '$env/dynamic/private';

/**
 * adapter-node speaks plain HTTP and, unless the deployment says otherwise (ORIGIN, or a
 * proxy's PROTOCOL_HEADER), builds request URLs with a guessed "https:". Correct the guess
 * once per request, so share links show the scheme people actually use and a Secure cookie
 * is never set on a connection that would then drop it.
 */
export function correctScheme(url: URL): void {
	if (!env.ORIGIN && !env.PROTOCOL_HEADER && url.protocol === 'https:') url.protocol = 'http:';
}

export function isHttps(url: URL): boolean {
	return url.protocol === 'https:';
}
