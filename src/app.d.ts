// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Which kind of failure, so the error page can offer the right way back. */
			kind?: 'damaged-link' | 'retired-link' | 'not-found' | 'bad-request';
		}
	}
}

export {};
