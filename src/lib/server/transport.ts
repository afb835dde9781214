/**
 * Whether the person reached the site over HTTPS, so the progress cookie can be marked Secure.
 * The request URL tells the truth here: src/server.js gives adapter-node the scheme of the
 * connection, or the one ORIGIN or a proxy's PROTOCOL_HEADER names.
 */
export function isHttps(url: URL): boolean {
	return url.protocol === 'https:';
}
