import { openStore, storeConfig, type Store } from './connect';

/**
 * The app's one store, opened on first use (and at start-up, by the `init` hook) from the
 * environment. A failed open is not remembered: the next request tries again, so a database
 * that was down at start-up is picked up once it is back.
 */
let opening: Promise<Store> | null = null;

export function appStore(): Promise<Store> {
	opening ??= openStore(storeConfig()).catch((error: unknown) => {
		opening = null;
		throw error;
	});
	return opening;
}
