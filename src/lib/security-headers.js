/**
 * The headers every response gets, set by src/server.js, so static files and SvelteKit's own
 * refusals, which no hook sees, get them too. Plain JavaScript: src/server.js is not built.
 *
 * No `Cross-Origin-Opener-Policy`, on purpose: it delays a phone's first paint on every arrival
 * from another site, and guards against a window holding a handle on ours, which pages that open
 * no windows, take no messages and cannot be framed do not risk.
 * @type {Readonly<Record<string, string>>}
 */
export const SECURITY_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	// Share links carry someone's answers, so other sites get no Referer at all. Within this
	// site, form posts then carry the page's real Origin, which SvelteKit's CSRF check compares
	// with its own (with `no-referrer`, browsers would send `Origin: null` instead).
	'Referrer-Policy': 'same-origin',
	'Permissions-Policy':
		'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=(), browsing-topics=()',
	'Cross-Origin-Resource-Policy': 'same-origin',
	'X-Frame-Options': 'DENY'
};

/**
 * The policy for responses SvelteKit does not render: prerendered pages, static files and its
 * plain-text refusals. Rendered pages get the full CSP from svelte.config.js instead (it replaces
 * this header), and prerendered pages add their own style hashes in a <meta> tag, so this leaves
 * styles to that.
 */
export const BASELINE_CSP =
	"script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Sent only over HTTPS, where browsers honour it. Two years, as the HSTS preload list asks. */
export const HSTS = 'max-age=63072000; includeSubDomains';
