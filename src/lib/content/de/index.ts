import type { Content, LanguageFolder } from '../types';
import { compare } from './compare';
import { downloads } from './downloads';
import { history } from './history';
import { quiz } from './quiz';
import { research } from './research';
import { site } from './site';

export const de: Content = { site, quiz, compare, downloads, history, research };

/** German. */
export default {
	content: de,
	sameAsEnglish: [
		'quiz.result.dimensionLine',
		'compare.page.person',
		'compare.page.tablePerson',
		'compare.page.unreadable'
	]
} satisfies LanguageFolder;
