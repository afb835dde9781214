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
		'quiz.scale.positions.0',
		'quiz.scale.positions.4',
		'quiz.scale.statements.a',
		'quiz.scale.statements.b',
		'quiz.format.integer',
		'quiz.result.dimensionLine',
		'quiz.result.nextScore',
		'compare.page.person',
		'compare.page.scoreAndBand',
		'compare.page.tablePerson',
		'compare.page.unreadable',
		'research.page.alpha',
		'research.page.omega'
	]
} satisfies LanguageFolder;
