import { QUESTIONS } from './questions';
import { isAnswerValue, type AnswerValue } from './scale';
import type { Answers } from './scoring';
import { QUIZ_VERSION } from './versions';

/**
 * Answers given so far, in the bank's order; null where a question is still open.
 * Progress lives in the person's own cookie, never on the server.
 */
export type Progress = readonly (AnswerValue | null)[];

const OPEN = '_';

export function emptyProgress(count: number = QUESTIONS.length): Progress {
	return new Array<AnswerValue | null>(count).fill(null);
}

/** `<version>.<one character per question>`: readable when debugging, and a few dozen bytes. */
export function encodeProgress(progress: Progress): string {
	return `${QUIZ_VERSION}.${progress.map((a) => (a === null ? OPEN : String(a))).join('')}`;
}

/** Anything unreadable, or from another quiz version, is treated as no progress at all. */
export function decodeProgress(
	raw: string | undefined,
	count: number = QUESTIONS.length
): Progress {
	const prefix = `${QUIZ_VERSION}.`;
	if (!raw || !raw.startsWith(prefix) || raw.length !== prefix.length + count)
		return emptyProgress(count);
	const cells = [...raw.slice(prefix.length)];
	if (!cells.every((c) => c === OPEN || /^[0-4]$/.test(c))) return emptyProgress(count);
	return cells.map((c) => (c === OPEN ? null : (Number(c) as AnswerValue)));
}

export function withAnswer(progress: Progress, index: number, answer: AnswerValue): Progress {
	if (!Number.isInteger(index) || index < 0 || index >= progress.length)
		throw new RangeError('No such question');
	if (!isAnswerValue(answer)) throw new RangeError('No such answer');
	return progress.map((a, i) => (i === index ? answer : a));
}

/** Index of the first open question, or -1 when every question is answered. */
export function firstOpenIndex(progress: Progress): number {
	return progress.indexOf(null);
}

export function answeredCount(progress: Progress): number {
	return progress.filter((a) => a !== null).length;
}

export function completeAnswers(progress: Progress): Answers | null {
	return progress.every((a) => a !== null) ? (progress as Answers) : null;
}
