import { completeAnswers, type SavedRead } from '$lib/quiz/progress';
import { decodeShareCode, encodeShareCode } from '$lib/quiz/share-code';
import type { HistoryEntry } from './history';

/**
 * Which results are the person's own: the one their progress cookie holds finished, and those in
 * their history. The history is the one record of the rest, so once “Remove” or “Forget all” takes
 * a result off it, its link reads as a shared one.
 */

/** The result the progress cookie holds finished: in the current bank, or else an earlier one. */
function finishedResult(saved: SavedRead): string | null {
	const answers = completeAnswers(saved.progress);
	return answers ? encodeShareCode(answers, saved.bank) : saved.earlierResult;
}

export function isOwnResult(
	code: string,
	saved: SavedRead,
	history: readonly HistoryEntry[]
): boolean {
	return finishedResult(saved) === code || history.some((entry) => entry.code === code);
}

/** “Your last result”: the finished progress, or else the newest result in the history that still opens. */
export function lastOwnResult(saved: SavedRead, history: readonly HistoryEntry[]): string | null {
	return (
		finishedResult(saved) ?? history.find((entry) => decodeShareCode(entry.code).ok)?.code ?? null
	);
}
