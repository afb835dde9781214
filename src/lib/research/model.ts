import type { Bank } from '$lib/quiz/banks';
import type { DimensionId } from '$lib/quiz/dimensions';
import { NOT_APPLICABLE, SCALE_MAX, type Answer, type ScaleValue } from '$lib/quiz/scale';
import type { Role } from './options';

/**
 * A documented response model, so that the statistics can be checked on data whose answer is
 * known (`npm run research:simulate`, and model.spec.ts).
 *
 * - Each respondent has one latent position per dimension, θ ~ N(μ, 1), independent across
 *   dimensions; μ depends on the role they name (GROUP_MEANS: programmers lower, software
 *   engineers higher, everyone else 0).
 * - Each question is answered as y = LOADING × θ + e, e ~ N(0, 1), cut at THRESHOLDS into
 *   0–4 points toward software engineer, then written as the answer a person gives (keying
 *   reversed for questions that point toward programmer). Questions of one dimension are
 *   exchangeable, so the sum of a dimension's points is tau-equivalent and Cronbach's α of the
 *   population equals its reliability exactly.
 * - With NOT_APPLICABLE_RATE a question is answered “doesn't apply” instead, at random.
 * - A retake keeps θ and draws new errors.
 */
export interface ResponseModel {
	/** One simulated respondent's answers (in the bank's order) and role. */
	respond(
		bank: Bank,
		random: () => number,
		role: Role | null
	): { answers: Answer[]; theta: Map<DimensionId, number> };
	/** A retake by the same person: same positions, new errors. */
	retake(bank: Bank, random: () => number, theta: Map<DimensionId, number>): Answer[];
	/** The population reliability of a dimension's summed points, among people without “doesn't apply”. */
	reliability(bank: Bank, dimension: DimensionId): number;
	/** The standardised difference in overall score between two roles' populations. */
	groupDifference(bank: Bank, a: Role, b: Role): number;
}

export const LOADING = 1;
export const THRESHOLDS = [-1.5, -0.5, 0.5, 1.5] as const;
export const NOT_APPLICABLE_RATE = 0.02;
export const GROUP_MEANS: Partial<Record<Role, number>> = {
	programmer: -0.2,
	'software-engineer': 0.2
};
/** Roles drawn with these weights; the rest say nothing. */
export const ROLE_WEIGHTS: [Role | null, number][] = [
	['programmer', 0.3],
	['software-engineer', 0.3],
	['student', 0.1],
	['architect-or-lead', 0.1],
	[null, 0.2]
];

/** Standard normal by Box–Muller, from a uniform generator. */
export function normal(random: () => number): number {
	const u = 1 - random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export function drawRole(random: () => number): Role | null {
	let u = random();
	for (const [role, weight] of ROLE_WEIGHTS) {
		if ((u -= weight) < 0) return role;
	}
	return null;
}

function points(theta: number, random: () => number): ScaleValue {
	const y = LOADING * theta + normal(random);
	return THRESHOLDS.filter((t) => y > t).length as ScaleValue;
}

function answersFor(bank: Bank, random: () => number, theta: Map<DimensionId, number>): Answer[] {
	return bank.questions.map((q) => {
		if (random() < NOT_APPLICABLE_RATE) return NOT_APPLICABLE;
		const p = points(theta.get(q.dimension)!, random);
		return (q.towards === 'engineer' ? p : SCALE_MAX - p) as ScaleValue;
	});
}

/** Φ, the standard normal distribution function (Abramowitz–Stegun 7.1.26 on erf, |error| < 1.5e-7). */
export function normalCdf(x: number): number {
	const z = Math.abs(x) / Math.SQRT2;
	const t = 1 / (1 + 0.3275911 * z);
	const poly =
		t *
		(0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
	const erf = 1 - poly * Math.exp(-z * z);
	return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Mean and variance of one question's points given θ. */
function pointMoments(theta: number): { mean: number; variance: number } {
	const atLeast = THRESHOLDS.map((t) => 1 - normalCdf(t - LOADING * theta));
	const p = [1 - atLeast[0]!, ...atLeast.map((a, k) => a - (atLeast[k + 1] ?? 0))];
	const mean = p.reduce((s, pk, k) => s + k * pk, 0);
	return { mean, variance: p.reduce((s, pk, k) => s + k * k * pk, 0) - mean * mean };
}

/** E over θ ~ N(μ, 1) of g(θ), by the trapezoid rule on ±8 SD. */
function expect(mu: number, g: (theta: number) => number): number {
	const step = 0.01;
	let sum = 0;
	for (let z = -8; z <= 8; z += step) sum += g(mu + z) * Math.exp(-(z * z) / 2) * step;
	return sum / Math.sqrt(2 * Math.PI);
}

/** The whole population's θ is a mixture over roles; its expectation, weighted. */
function expectMixture(g: (theta: number) => number): number {
	return ROLE_WEIGHTS.reduce(
		(s, [role, w]) => s + w * expect(role ? (GROUP_MEANS[role] ?? 0) : 0, g),
		0
	);
}

export const SIMPLE_MODEL: ResponseModel = {
	respond(bank, random, role) {
		const mu = role ? (GROUP_MEANS[role] ?? 0) : 0;
		const theta = new Map(bank.dimensions.map((d) => [d.id, mu + normal(random)]));
		return { answers: answersFor(bank, random, theta), theta };
	},
	retake: (bank, random, theta) => answersFor(bank, random, theta),
	reliability(bank, dimension) {
		const m = bank.questions.filter((q) => q.dimension === dimension).length;
		const f = (t: number) => pointMoments(t).mean;
		const meanF = expectMixture(f);
		const varF = expectMixture((t) => (f(t) - meanF) ** 2);
		const error = expectMixture((t) => pointMoments(t).variance);
		return (m * m * varF) / (m * m * varF + m * error);
	},
	groupDifference(bank, a, b) {
		const moments = (role: Role) => {
			const mu = GROUP_MEANS[role] ?? 0;
			const f = (t: number) => pointMoments(t).mean;
			const mean = expect(mu, f);
			const varF = expect(mu, (t) => (f(t) - mean) ** 2);
			const error = expect(mu, (t) => pointMoments(t).variance);
			// Overall = mean over dimensions of 100 × mean points ÷ 4; dimensions independent.
			const scale = 100 / SCALE_MAX;
			const dims = bank.dimensions.map(
				(d) => bank.questions.filter((q) => q.dimension === d.id).length
			);
			const variance =
				dims.reduce((s, m) => s + scale * scale * (varF + error / m), 0) /
				(dims.length * dims.length);
			return { mean: scale * mean, variance };
		};
		const [ma, mb] = [moments(a), moments(b)];
		return (ma.mean - mb.mean) / Math.sqrt((ma.variance + mb.variance) / 2);
	}
};
