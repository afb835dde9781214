import type { QuizText } from '../quiz-types';

export const quiz: QuizText = {
	start: 'Start the quiz'
};
