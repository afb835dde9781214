/**
 * The headers every response gets, in one list. The production entry (src/server.js) sets them
 * on every response it sends: rendered pages, prerendered pages, static files, and SvelteKit's
 * own refusals (such as a cross-site form post), which no hook ever sees. Plain JavaScript,
 * because src/server.js runs without a build step. The rendered pages' CSP is in svelte.config.js.
 *
 * No `Cross-Origin-Opener-Policy`, on purpose. It would make every arrival from another site
 * (a shared link, a search) move the page into a fresh browsing context group, and on Android
 * into a process of its own: Lighthouse measured 40 to 100 ms of extra main-thread work before
 * the first paint (total blocking time up to 350 ms on a phone, performance down to 92). What
 * it guards against is a window from another site keeping a handle on ours; these pages open
 * no windows, listen to no messages, cannot be framed (`frame-ancestors 'none'`, X-Frame-Options)
 * and hold nothing the visitor's own address does not.
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
