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
	}
}

export {};
