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
		'quiz.scale.positions.0',
		'quiz.scale.positions.4',
		'quiz.scale.statements.a',
		'quiz.scale.statements.b',
		'quiz.format.integer',
		'quiz.result.nextScore',
		'quiz.methodology.table.question',
		'compare.page.scoreAndBand',
		'research.page.alpha',
		'research.page.omega',
		'research.page.question',
		'research.page.distribution'
	]
} satisfies LanguageFolder;
