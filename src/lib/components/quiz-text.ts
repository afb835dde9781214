import { page } from '$app/state';
import type { QuizText } from '$lib/content/quiz-types';
import type { Content } from '$lib/content/types';

/** The quiz's words in the page's language, as the root layout loaded them into `page.data.t`. */
export function quizText(): QuizText {
	return (page.data as { t: Content }).t.quiz;
}
