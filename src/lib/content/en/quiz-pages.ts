import type { QuizText } from '../quiz-types';
import kit from './kit';

const { plural, quote, word } = kit;

/** The landing page, the question steps and the messages about broken links. */

export const landing: QuizText['landing'] = {
	title: 'Programmer or software engineer? A short, honest self-assessment',
	description: (n) =>
		`Answer ${n} questions about how you work and see where you stand between programmer and software engineer, and why. Nothing is stored on the server.`,
	heading: 'Programmer or software engineer?',
	lead: (n) =>
		`Answer ${n} short questions about how you actually work. You will see where your habits place you between programmer and software engineer, and why.`,
	resumeHeading: 'Welcome back',
	inProgress: (answered, total) =>
		`You have answered ${answered} of ${total} questions. Pick up where you left off, or start again from the first question.`,
	continueFrom: (step) => `Continue from question ${step}`,
	startOver: (answered) =>
		`Start over, clearing ${answered} ${plural(answered, { one: 'answer', other: 'answers' })}`,
	finishedBefore: 'You finished the quiz on this device before.',
	seeLastResult: 'See your last result',
	takeAgain: 'Take it again',
	facts: {
		length: (n, minutes) =>
			`${n} questions, about ${minutes} minutes. One question per page; you can go back and change any answer, or say that one does not apply to you.`,
		private:
			'Private. Each answer is sent to our server only to show the next step, and kept in a cookie in your browser and in your result link. Nothing is stored on the server unless you choose to give your answers to research, and there is no tracking.',
		anywhere: 'Works anywhere, with or without JavaScript, by keyboard, screen reader or touch.'
	},
	measuresHeading: 'What it measures',
	measures: (title, blog) =>
		`The quiz follows the distinctions drawn in the article ${quote(title)} on the blog ${blog}. A programmer turns instructions into working code, often specialising in part of a project. A software engineer applies engineering principles: studying the environment first, talking with the people the software is for, and designing the whole system to work reliably in real conditions. The two overlap a great deal, and every engineer also writes code, so the result is a position on a line, not a verdict.`,
	dimensionsIntro: (count) => `Your answers are placed on ${word(count)} dimensions:`,
	closing:
		'Neither end is better. The result is a mirror for reflection, not a hiring or career verdict.',
	methodLink: 'Read exactly how the scoring works'
};

export const step: QuizText['step'] = {
	title: (n, total, hasError) =>
		`${hasError ? 'Error: ' : ''}Question ${n} of ${total} · Programmer or software engineer?`,
	description: (n, total) =>
		`Question ${n} of ${total} of a short, private quiz on your work habits: are you more programmer or software engineer?`,
	progress: (n, total) => `Question ${n} of ${total}`,
	hint: 'How often, in your current work or studies? “Doesn’t apply” is not scored.',
	back: 'Back',
	returnWithoutChange: 'Back to the result',
	changingNotice:
		'You are changing an answer. Choosing one takes you back to your result, recomputed.',
	shortcut: (size) => `Tip: press 1 to ${size} to answer.`,
	pairQuestion: 'Which is closer to how you work?',
	pairHint:
		'Think of your work or studies now, or of when you last wrote code. Neither answer is better: both are ways good people work.',
	notApplicableWhen: (condition) =>
		`Only if: ${condition.charAt(0).toLowerCase()}${condition.slice(1)}`,
	errors: {
		'missing-answer': (size) =>
			`Choose one of the ${word(size)} answers, or “Not part of my work”, to go on.`,
		'invalid-answer': (size) =>
			`That answer is not one of the options. Choose one of the ${word(size)} answers, or “Not part of my work”.`,
		'wrong-question': () =>
			'This page was out of date, so nothing was saved. Choose your answer to this question again.',
		'unexpected-field': () =>
			'The form arrived with fields it does not have, so nothing was saved. Choose your answer again.'
	},
	unsaved:
		'Your latest answers could not be saved yet. Check your connection: they are sent again with your next answer, and kept while this page is open.',
	skippedAhead: 'This question has no answer yet. Answer it to go on; your other answers are kept.'
};

export const links: QuizText['links'] = {
	noSuchQuestion: 'There is no such question.',
	damaged:
		'This result link is damaged or incomplete, so it cannot show a result. It may have been cut short when it was copied.'
};
