import type { Content, LanguageFolder } from '../types';
import { compare } from './compare';
import { downloads } from './downloads';
import { history } from './history';
import { quiz } from './quiz';
import { research } from './research';
import { site } from './site';

export const es: Content = { site, quiz, compare, downloads, history, research };

/** Spanish (Spain). */
export default {
	content: es,
	sameAsEnglish: ['site.error.status', 'quiz.result.dimensionLine', 'compare.page.unreadable']
} satisfies LanguageFolder;
