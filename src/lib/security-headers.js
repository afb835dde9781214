/**
 * Headers every response gets, dynamic or static. Plain JavaScript, so both the SvelteKit hook
 * and the production entry (src/server.js, which also covers prerendered pages and assets that
 * the hook never sees) read this one list. The CSP comes from svelte.config.js.
 * @type {Readonly<Record<string, string>>}
 */
export const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	// Share links carry someone's answers: never pass them on to another site.
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy':
		'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=(), browsing-topics=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin',
	'X-Frame-Options': 'DENY'
};

/**
 * The policy for responses SvelteKit does not render: prerendered pages and static files.
 * Rendered pages get the full CSP from svelte.config.js instead (it replaces this header), and
 * prerendered pages add their own style hashes in a <meta> tag, so this leaves styles to that.
 */
export const BASELINE_CSP =
	"script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Sent only over HTTPS, where browsers honour it. Two years, as the HSTS preload list asks. */
export const HSTS = 'max-age=63072000; includeSubDomains';
