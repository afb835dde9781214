/**
 * The servers the end-to-end tests run against; playwright.config.ts starts both. E2E_PORT and
 * E2E_HTTPS_PORT let several checkouts on one machine run their tests side by side.
 */
export const PORT = Number(process.env.E2E_PORT ?? 4173);

/** As deployed behind a TLS proxy: ORIGIN says the site is reached at this HTTPS address. */
export const HTTPS_PORT = Number(process.env.E2E_HTTPS_PORT ?? PORT + 8);
export const HTTPS_ORIGIN = 'https://quiz.example';
