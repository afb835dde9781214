import type { Content, LanguageFolder } from '../types';
import { compare } from './compare';
import { downloads } from './downloads';
import { history } from './history';
import { quiz } from './quiz';
import { research } from './research';
import { site } from './site';

export const en: Content = { site, quiz, compare, downloads, history, research };

/** English, the reference every other language is checked against. */
export default {
	content: en,
	sameAsEnglish: []
} satisfies LanguageFolder;
