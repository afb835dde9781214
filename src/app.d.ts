import type { Content } from '$lib/content/types';
import type { ErrorKind } from '$lib/content/site-types';
import type { Locale } from '$lib/i18n/locales';

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Which kind of failure, so the error page can offer the right way back. */
			kind?: ErrorKind;
		}
		interface Locals {
			/** The request's language: from its address, else the reader's (src/lib/server/locale.ts). */
			locale: Locale;
		}
		/** What every page has, error pages too: the root layout's data (routes/+layout.server.ts). */
		interface PageData {
			locale: Locale;
			/** The language the address names (`/de/…`), or null on a language-free address. */
			pathLocale: Locale | null;
			/** Every word of the page's language: components read theirs from `page.data.t`. */
			t: Content;
			/** A page whose address is its content (/compare?r=…) gives its canonical query, for hreflang. */
			alternateSearch?: string;
		}
	}
}

export {};
