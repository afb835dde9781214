import type { Content, LanguageFolder } from '../types';
import { compare } from './compare';
import { downloads } from './downloads';
import { history } from './history';
import { quiz } from './quiz';
import { research } from './research';
import { site } from './site';

export const fr: Content = { site, quiz, compare, downloads, history, research };

/** French (France). */
export default {
	content: fr,
	sameAsEnglish: [
		'quiz.methodology.table.question',
		'research.page.question',
		'research.page.distribution'
	]
} satisfies LanguageFolder;
