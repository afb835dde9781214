import type { CompareText } from './compare-types';
import type { DownloadsText } from './downloads-types';
import type { HistoryText } from './history-types';
import type { QuizText } from './quiz-types';
import type { ResearchText } from './research-types';
import type { SiteText } from './site-types';

/**
 * Every word a person reads or a screen reader says, for one language. Text lives only here:
 * the quiz model (src/lib/quiz/) holds ids, numbers and decisions, and components display
 * what this gives them. Sentences with values in them are functions with parameters, so each
 * language builds its own grammar instead of joining English pieces.
 */
export interface Content {
	/** Chrome around every page: header, navigation, footer, language switcher, error pages. */
	site: SiteText;
	/** The quiz itself: landing, questions, result and methodology. */
	quiz: QuizText;
	/** Several results side by side (/compare). */
	compare: CompareText;
	/** A result's JSON and CSV downloads: the offer, the files' words, their documentation. */
	downloads: DownloadsText;
	/** The person's own earlier results, and what changed since the last one. */
	history: HistoryText;
	/** The opt-in open research data: the offer, deletion, the research page and norms. */
	research: ResearchText;
}

/**
 * What each language folder's index.ts exports by default: its text, and what the completeness
 * test (completeness.spec.ts) should expect of it beside the English.
 */
export interface LanguageFolder {
	content: Content;
	/** Keys rightly the same as the English beyond SAME_IN_EVERY_LANGUAGE (a loan word, “Error 404”). */
	sameAsEnglish: readonly string[];
	/** Parts still the English object itself while the language is being written (`'quiz'`). */
	borrowedFromEnglish?: readonly string[];
}
