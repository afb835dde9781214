/**
 * The answer scale, in one place. Its size is the one constant everything else derives from:
 * the form parser, the progress cookie, the share codes and the question page.
 *
 * A scale answer's value is the number of points it gives the habit a question describes
 * (0 = Never … SCALE_MAX = Always); scoring turns them toward a pole (see scoring.ts).
 * “Doesn't apply to me” is not a point on the scale: it is recorded, never scored.
 */

/** How many points the scale has: Never, Rarely, Sometimes, Often, Always. */
export const SCALE_SIZE = 5;

export type ScaleValue = 0 | 1 | 2 | 3 | 4;

export const SCALE_VALUES: readonly ScaleValue[] = /* @__PURE__ */ Array.from(
	{ length: SCALE_SIZE },
	(_, i) => i as ScaleValue
);

export const SCALE_MAX = SCALE_SIZE - 1;
export const SCALE_MIDPOINT = SCALE_MAX / 2;

/** The answer that sits apart from the scale: the habit has no place in the person's work. */
export const NOT_APPLICABLE = 'na';
export type NotApplicable = typeof NOT_APPLICABLE;

export type Answer = ScaleValue | NotApplicable;

export function isScaleValue(value: unknown): value is ScaleValue {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= SCALE_MAX;
}

export function isAnswer(value: unknown): value is Answer {
	return value === NOT_APPLICABLE || isScaleValue(value);
}

/** How an answer travels in a form field: the scale value in digits, or `na`. */
export function answerToField(answer: Answer): string {
	return String(answer);
}

/** The answer a form field names, or null for anything else (no guessing: `2.0`, ` 2`, `NA` are not answers). */
export function answerFromField(text: string): Answer | null {
	if (text === NOT_APPLICABLE) return NOT_APPLICABLE;
	if (!/^[0-9]$/.test(text)) return null;
	const value = Number(text);
	return isScaleValue(value) ? value : null;
}
