/**
 * Every page works as plain HTML and forms, so none needs the SvelteKit client: a question page
 * weighs a few kilobytes instead of forty. The small script in static/enhance.js adds what JS
 * can make smoother (keyboard shortcuts, copy and share buttons) and nothing a page depends on.
 */
export const csr = false;
