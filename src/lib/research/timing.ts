/**
 * When the person's latest quiz started and was finished, in whole seconds since 1970, kept in
 * their own browser (the `quiz_timing` cookie) so that a research submission can be checked for
 * having been answered too fast to read the questions. Only that check's outcome is ever stored.
 */
export interface Timing {
	started: number;
	finished: number | null;
}

export function encodeTiming(timing: Timing): string {
	return timing.finished === null ? `${timing.started}` : `${timing.started}-${timing.finished}`;
}

export function decodeTiming(raw: string | undefined): Timing | null {
	const match = /^([0-9]{1,12})(?:-([0-9]{1,12}))?$/.exec(raw ?? '');
	if (!match) return null;
	const started = Number(match[1]);
	const finished = match[2] === undefined ? null : Number(match[2]);
	if (finished !== null && finished < started) return null;
	return { started, finished };
}

/** Seconds from start to finish, or null for a quiz not finished (or not timed). */
export function secondsTaken(timing: Timing | null): number | null {
	return timing?.finished == null ? null : timing.finished - timing.started;
}

/**
 * The timing after an answer: a quiz with no answers yet starts now; a finished one is
 * finished now (a later change moves its finish, never its start).
 */
export function timingAfterAnswer(
	before: Timing | null,
	hadAnswers: boolean,
	finishedNow: boolean,
	nowSeconds: number
): Timing {
	const started = hadAnswers && before ? before.started : nowSeconds;
	return { started, finished: finishedNow ? nowSeconds : null };
}
