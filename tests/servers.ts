/**
 * The servers the end-to-end tests run against (playwright.config.ts starts both). E2E_PORT lets
 * two checkouts run their tests side by side; the second server takes the next port.
 */
export const PORT = Number(process.env.E2E_PORT ?? 4173);

/** As deployed behind a TLS proxy: ORIGIN says the site is reached at this HTTPS address. */
export const HTTPS_PORT = PORT + 1;
export const HTTPS_ORIGIN = 'https://quiz.example';
