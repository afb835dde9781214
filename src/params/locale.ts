import type { ParamMatcher } from '@sveltejs/kit';
import { localeFromSegment } from '$lib/i18n/paths';

/** A language's address prefix without its slash: `de`, `pt-br`. */
export const match: ParamMatcher = (param) => localeFromSegment(param) !== null;
