import type { LayoutServerLoad } from './$types';

/** The page's language, as src/lib/server/locale.ts chose it: from the address, or negotiated. */
export const load: LayoutServerLoad = ({ locals }) => ({ locale: locals.locale });
