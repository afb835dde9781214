import type { ScaleText } from '$lib/content/quiz-types';
import type { BankFormat } from '$lib/quiz/banks';
import { NOT_APPLICABLE, SCALE_VALUES, answerToField } from '$lib/quiz/scale';

/** One answer button of a question step: what it sends, what it says, and its digit key. */
export interface AnswerOption {
	/** The answer as its form field sends it. */
	value: string;
	label: string;
	/** The digit that chooses it with script, or null for an answer off the scale. */
	key: number | null;
}

/**
 * A step's answers, in order: the scale (Never … Always, or A … B), then the choice apart from
 * it. The step's buttons are drawn from this list alone.
 */
export function answerOptions(scale: ScaleText, format: BankFormat): AnswerOption[] {
	const labels = format === 'two-ended' ? scale.positions : scale.labels;
	return [
		...SCALE_VALUES.map((value) => ({
			value: answerToField(value),
			label: labels[value],
			key: value + 1
		})),
		{
			value: answerToField(NOT_APPLICABLE),
			label: format === 'two-ended' ? scale.notApplicableToWork : scale.notApplicable,
			key: null
		}
	];
}
