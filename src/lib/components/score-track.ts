import { MIDDLE_BAND as MIDDLE } from '$lib/quiz/scoring';

/**
 * A chart's line from 0 to 100, drawn `width` percent of the drawing wide from `start`: where a
 * score stands on it, and the middle band (“in between”) behind it, both in percent for SVG.
 */
export function scoreTrack(start: number, width: number) {
	const at = (score: number) => `${start + (width * score) / 100}%`;
	return {
		at,
		middle: { x: at(MIDDLE.min), width: `${(width * (MIDDLE.max - MIDDLE.min)) / 100}%` }
	};
}
