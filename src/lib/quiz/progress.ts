import { bankFor, type Bank } from './banks';
import { NOT_APPLICABLE, isAnswer, isScaleValue, type Answer } from './scale';
import type { Answers } from './scoring';
import { encodeShareCode } from './share-code';

/**
 * What the person's own cookie holds: the answers given so far in the bank the quiz is taken
 * with (null where a question is still open), and nothing else. Their finished results are kept
 * in the history cookie alone, so that “Forget all” forgets them. Nothing is kept on the server.
 */
export type Progress = readonly (Answer | null)[];

export interface Saved {
	/** The bank the progress is in, one answer or null per question. */
	bank: Bank;
	progress: Progress;
}

/** What reading the cookie finds: the saved state, and a result finished in an earlier bank. */
export interface SavedRead extends Saved {
	/** That result's code: its answers cannot carry into this bank, but it is still the person's. */
	earlierResult: string | null;
}

/** How long the cookie lives after the last answer. */
export const PROGRESS_KEEP_DAYS = 30;

const OPEN = '_';
const NOT_APPLICABLE_CELL = 'n';

export function emptyProgress(bank: Bank): Progress {
	return new Array<Answer | null>(bank.questions.length).fill(null);
}

/**
 * `<version>.<one character per question>`: a digit per scale answer, `n` for “Doesn't apply”,
 * `_` for open. Readable when debugging, and well under a hundred bytes.
 */
export function encodeSaved(saved: Saved): string {
	const cells = saved.progress
		.map((a) => (a === null ? OPEN : a === NOT_APPLICABLE ? NOT_APPLICABLE_CELL : String(a)))
		.join('');
	return `${saved.bank.version}.${cells}`;
}

/**
 * The saved state in `bank`, the one the quiz is taken with. Anything unreadable is treated as no
 * progress at all; result codes that older cookies kept after the cells are ignored. A finished
 * cookie from an earlier bank still names its result, so that result stays the person's own.
 */
export function decodeSaved(raw: string | undefined, bank: Bank): SavedRead {
	const nothing: SavedRead = { bank, progress: emptyProgress(bank), earlierResult: null };
	if (!raw) return nothing;
	const [version, cells] = raw.split('.');
	const from = bankFor(Number(version));
	if (!from || String(from.version) !== version || cells === undefined) return nothing;
	const progress = readCells(cells, from);
	if (!progress) return nothing;

	if (from.version !== bank.version) {
		const finished = completeAnswers(progress);
		return { ...nothing, earlierResult: finished && encodeShareCode(finished, from) };
	}
	return { bank, progress, earlierResult: null };
}

function readCells(cells: string, bank: Bank): Progress | null {
	if (cells.length !== bank.questions.length) return null;
	const progress: (Answer | null)[] = [];
	for (const cell of cells) {
		if (cell === OPEN) progress.push(null);
		else if (cell === NOT_APPLICABLE_CELL && bank.allowsNotApplicable)
			progress.push(NOT_APPLICABLE);
		else if (/^[0-9]$/.test(cell) && isScaleValue(Number(cell)))
			progress.push(Number(cell) as Answer);
		else return null;
	}
	return progress;
}

export function withAnswer(progress: Progress, index: number, answer: Answer): Progress {
	if (!Number.isInteger(index) || index < 0 || index >= progress.length)
		throw new RangeError('No such question');
	if (!isAnswer(answer)) throw new RangeError('No such answer');
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
