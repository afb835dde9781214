import { dev } from '$app/environment';

/**
 * Every page works as plain HTML and forms, so none needs the SvelteKit client: a question page
 * weighs a few kilobytes instead of forty. The small script src/lib/enhance.ts adds what JS can
 * make smoother (keyboard shortcuts, copy and share buttons) and nothing a page depends on.
 * `npm run dev` loads the client all the same, for hot reloading, as SvelteKit's Sverdle does.
 */
export const csr = dev;
