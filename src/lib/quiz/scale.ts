/**
 * One answer scale for every question. Its values are the points an answer gives the
 * habit the question describes; scoring turns them toward a pole (see scoring.ts).
 */

export type AnswerValue = 0 | 1 | 2 | 3 | 4;

export interface ScaleOption {
	value: AnswerValue;
	label: string;
}

export const SCALE: readonly ScaleOption[] = [
	{ value: 0, label: 'Never' },
	{ value: 1, label: 'Rarely' },
	{ value: 2, label: 'Sometimes' },
	{ value: 3, label: 'Often' },
	{ value: 4, label: 'Always' }
];

export const SCALE_MAX = 4;
export const SCALE_MIDPOINT = 2;

export function isAnswerValue(value: unknown): value is AnswerValue {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= SCALE_MAX;
}

export function scaleLabel(value: AnswerValue): string {
	return SCALE[value]!.label;
}
