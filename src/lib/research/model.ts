import { questionsOf, type Bank } from '$lib/quiz/banks';
import type { DimensionId } from '$lib/quiz/dimensions';
import {
	MODEL,
	SIMULATION,
	normalCdf,
	reliability,
	scoreSd,
	simulateAnswers,
	simulatePerson,
	type SimulatedPerson
} from '$lib/quiz/model';
import { NOT_APPLICABLE, SCALE_MAX, type Answer } from '$lib/quiz/scale';
import type { Role } from './options';

/**
 * Simulated research respondents, drawn from the quiz's own response model
 * (src/lib/quiz/model.ts: parallel questions within a dimension, answers correlating
 * MODEL.withinDimensionCorrelation within and MODEL.betweenDimensionCorrelation across dimensions).
 * What research adds: a role per person, whose latent common position is shifted by ROLE_SHIFTS
 * (programmers lower, software engineers higher, everyone else 0), so the known-groups difference
 * is known; and “doesn't apply” at random for NOT_APPLICABLE_RATE of answers.
 */
export const ROLE_SHIFTS: Partial<Record<Role, number>> = {
	programmer: -0.25,
	'software-engineer': 0.25
};
export const NOT_APPLICABLE_RATE = 0.02;
/** Roles drawn with these weights; the rest say nothing. */
export const ROLE_WEIGHTS: [Role | null, number][] = [
	['programmer', 0.3],
	['software-engineer', 0.3],
	['student', 0.1],
	['architect-or-lead', 0.1],
	[null, 0.2]
];

export function drawRole(random: () => number): Role | null {
	let u = random();
	for (const [role, weight] of ROLE_WEIGHTS) if ((u -= weight) < 0) return role;
	return null;
}

export interface Respondent {
	role: Role | null;
	person: SimulatedPerson;
}

export function drawRespondent(bank: Bank, random: () => number): Respondent {
	const role = drawRole(random);
	return { role, person: simulatePerson(bank, random, role ? (ROLE_SHIFTS[role] ?? 0) : 0) };
}

/** One sitting by a respondent; a retake is another sitting by the same person (new noise). */
export function sitting(bank: Bank, respondent: Respondent, random: () => number): Answer[] {
	return simulateAnswers(bank, respondent.person, random).map((answer) =>
		random() < NOT_APPLICABLE_RATE ? NOT_APPLICABLE : answer
	);
}

/** The model's reliability (α) of a dimension's score, or of every question together. */
export function modelReliability(bank: Bank, dimension: DimensionId | null): number {
	const questions = dimension === null ? bank.questions : questionsOf(bank, dimension);
	return reliability(questions.map((q) => q.dimension));
}

/**
 * The model's standardised difference in overall score between two roles. A shift s of the common
 * position moves each latent response by √latentWithin × √latentBetweenDimensions × s, and the
 * expected points by Σ φ(cut) times that (to first order); the overall score, in points of 100,
 * by 100 ÷ SCALE_MAX times that; each group's spread is the model's overall score spread.
 */
export function modelGroupDifference(bank: Bank, a: Role, b: Role): number {
	const density = (x: number) => Math.exp(-(x * x) / 2) / Math.sqrt(2 * Math.PI);
	const slope = SIMULATION.cuts.reduce((sum, cut) => sum + density(cut), 0);
	const perShift =
		(100 / SCALE_MAX) *
		slope *
		Math.sqrt(SIMULATION.latentWithin) *
		Math.sqrt(SIMULATION.latentBetweenDimensions);
	const shift = (ROLE_SHIFTS[a] ?? 0) - (ROLE_SHIFTS[b] ?? 0);
	return (perShift * shift) / scoreSd(bank.questions.map((q) => q.dimension));
}

/** Kept beside the model so a reader sees which figures the simulation is held to. */
export { MODEL, normalCdf };
