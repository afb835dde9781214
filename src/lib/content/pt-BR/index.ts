import type { Content, LanguageFolder } from '../types';
import { compare } from './compare';
import { downloads } from './downloads';
import { history } from './history';
import { quiz } from './quiz';
import { research } from './research';
import { site } from './site';

export const ptBR: Content = { site, quiz, compare, downloads, history, research };

/** Brazilian Portuguese. */
export default {
	content: ptBR,
	sameAsEnglish: ['quiz.result.dimensionLine', 'compare.page.unreadable', 'research.page.percent']
} satisfies LanguageFolder;
