import { questionsOf, type Bank } from './banks';
import type { DimensionId } from './dimensions';
import { SCALE_MAX, type ScaleValue } from './scale';

/**
 * The response model every stability figure rests on, until real data replace it. It is classical
 * test theory with parallel questions within a dimension, stated on the methodology page:
 * - each answer's points toward software engineer (0–SCALE_MAX) have the same spread, ITEM_SD;
 * - two answers in one dimension correlate WITHIN_DIMENSION_CORRELATION, two in different
 *   dimensions BETWEEN_DIMENSION_CORRELATION; everyone's expected position is the middle.
 * From these alone follow each score's reliability (Cronbach's α), its spread across people, and so
 * how much a retake can move it. `simulateRespondents` draws people from the same model, so a unit
 * test can check that the formulas describe the data the model makes.
 */
export const MODEL = {
	/** The floor: no kinder than 0.30 until real answers say otherwise. */
	withinDimensionCorrelation: 0.3,
	/** Half the within-dimension figure: the dimensions are facets of one difference between roles. */
	betweenDimensionCorrelation: 0.15,
	/** Spread of one answer's points, in answer steps (what the simulation's cut-points give). */
	itemSd: 1.01
} as const;

/** A dimension is reported on its own only from this many questions and this reliability. */
const REPORT_MIN_QUESTIONS = 6;
export const REPORT_MIN_RELIABILITY = 0.7;
/** Two scores differ only when their gap is beyond this many standard errors of the gap (95 %). */
export const DIFFERENCE_Z = 1.96;

/** The dimension of each counted answer: all the model needs to know about a set of answers. */
export type AnswerSet = readonly DimensionId[];

function correlation(a: DimensionId, b: DimensionId): number {
	return a === b ? MODEL.withinDimensionCorrelation : MODEL.betweenDimensionCorrelation;
}

/** Variance of the sum of these answers' points, in squared answer steps. */
function sumVariance(set: AnswerSet): number {
	let pairs = 0;
	for (let i = 0; i < set.length; i++)
		for (let j = i + 1; j < set.length; j++) pairs += correlation(set[i]!, set[j]!);
	return MODEL.itemSd ** 2 * (set.length + 2 * pairs);
}

/** Cronbach's α of a score made of these answers, as the model predicts it; 0 for fewer than two. */
export function reliability(set: AnswerSet): number {
	const k = set.length;
	if (k < 2) return 0;
	return (k / (k - 1)) * (1 - (k * MODEL.itemSd ** 2) / sumVariance(set));
}

/** The spread of such a score across people, in score points (0–100). */
export function scoreSd(set: AnswerSet): number {
	return set.length === 0 ? 0 : (100 * Math.sqrt(sumVariance(set))) / (SCALE_MAX * set.length);
}

/** Standard error of measurement of such a score, in score points. */
export function standardError(set: AnswerSet): number {
	return scoreSd(set) * Math.sqrt(1 - reliability(set));
}

/** Whether a bank's dimension has the questions to be reported on its own. */
export function isReportable(bank: Bank, dimension: DimensionId): boolean {
	const set = questionsOf(bank, dimension).map((q) => q.dimension);
	return set.length >= REPORT_MIN_QUESTIONS && reliability(set) >= REPORT_MIN_RELIABILITY;
}

/**
 * The model's figures for a bank answered in full, as the methodology page states them. A
 * dimension's are those of the bank's smallest, the least reliable: what every dimension at least has.
 */
export function describeModel(bank: Bank) {
	const all = bank.questions.map((q) => q.dimension);
	const dimension = bank.dimensions
		.map(({ id }) => all.filter((d) => d === id))
		.reduce((smallest, set) => (set.length < smallest.length ? set : smallest));
	const dimensionError = standardError(dimension);
	return {
		within: MODEL.withinDimensionCorrelation,
		between: MODEL.betweenDimensionCorrelation,
		itemSd: MODEL.itemSd,
		dimensionQuestions: dimension.length,
		minQuestions: REPORT_MIN_QUESTIONS,
		minReliability: REPORT_MIN_RELIABILITY,
		dimensionReliability: reliability(dimension),
		overallReliability: reliability(all),
		dimensionError,
		overallError: standardError(all),
		dimensionGap: differenceThreshold(dimensionError, dimensionError)
	};
}

/** The smallest gap, in score points, that counts as a difference between two scores with these errors. */
export function differenceThreshold(errorA: number, errorB: number): number {
	return DIFFERENCE_Z * Math.hypot(errorA, errorB);
}

/**
 * The chance that a retake lands in [min, max] (whole score points), for a person whose score is
 * `score` on a score of this reliability and spread: the retake is normal around the score drawn
 * toward the middle by the reliability, with spread sd·√(1 − ρ²).
 */
export function retakeWithin(
	score: number,
	rho: number,
	sd: number,
	min: number,
	max: number
): number {
	const centre = 50 + rho * (score - 50);
	const spread = sd * Math.sqrt(1 - rho * rho);
	if (spread === 0) return centre >= min - 0.5 && centre < max + 0.5 ? 1 : 0;
	return normalCdf((max + 0.5 - centre) / spread) - normalCdf((min - 0.5 - centre) / spread);
}

/** Φ, by the Abramowitz–Stegun 7.1.26 approximation of erf (error under 1.5e-7). */
export function normalCdf(z: number): number {
	const x = Math.abs(z) / Math.SQRT2;
	const t = 1 / (1 + 0.3275911 * x);
	const poly =
		t *
		(0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
	const erf = 1 - poly * Math.exp(-x * x);
	return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Latent parameters that make the simulated answers show the correlations of MODEL (see model.spec.ts). */
export const SIMULATION = {
	/** Correlation of two questions' latent responses within a dimension. */
	latentWithin: 0.335,
	/** Correlation between two dimensions' latent positions. */
	latentBetweenDimensions: 0.5,
	/** Cut-points on the latent response between the scale's answers. */
	cuts: [-1.5, -0.5, 0.5, 1.5]
} as const;

/** A small seeded generator (mulberry32), so simulations are repeatable. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function normal(random: () => number): number {
	const u = 1 - random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export interface SimulatedPerson {
	/** Latent position per dimension: positive toward software engineer. */
	position: Readonly<Record<string, number>>;
	/** Latent position shared by every dimension, the part that makes dimensions correlate. */
	common: number;
}

/** Draws a person: a shared position plus each dimension's own part, correlated as SIMULATION says. */
export function simulatePerson(bank: Bank, random: () => number, shift = 0): SimulatedPerson {
	const shared = Math.sqrt(SIMULATION.latentBetweenDimensions);
	const own = Math.sqrt(1 - SIMULATION.latentBetweenDimensions);
	const common = normal(random) + shift;
	const position: Record<string, number> = {};
	for (const d of bank.dimensions) position[d.id] = shared * common + own * normal(random);
	return { position, common };
}

/**
 * One sitting of the quiz by a simulated person: each answer is the latent position plus fresh
 * noise, cut into the scale, and turned to the answer value that gives those points.
 */
export function simulateAnswers(
	bank: Bank,
	person: SimulatedPerson,
	random: () => number
): ScaleValue[] {
	const loading = Math.sqrt(SIMULATION.latentWithin);
	const noise = Math.sqrt(1 - SIMULATION.latentWithin);
	return bank.questions.map((q) => {
		const latent = loading * person.position[q.dimension]! + noise * normal(random);
		const points = SIMULATION.cuts.filter((cut) => latent > cut).length;
		return (q.towards === 'engineer' ? points : SCALE_MAX - points) as ScaleValue;
	});
}
