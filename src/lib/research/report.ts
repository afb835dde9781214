import { questionsOf, type Bank } from '$lib/quiz/banks';
import type { DimensionId } from '$lib/quiz/dimensions';
import { scoreAnswers } from '$lib/quiz/scoring';
import { SCALE_VALUES } from '$lib/quiz/scale';
import { ROLES, type Role } from './options';
import {
	bootstrapInterval,
	covarianceMatrix,
	alphaFromCovariance,
	omegaFromCovariance,
	itemRestCorrelations,
	meanInterval,
	pearson,
	quantile,
	standardDeviation,
	standardErrorOfMeasurement,
	standardisedDifference,
	type Rows
} from './stats';
import { answersFromKeyed, monthsBetween, readKeyed } from './submission';

/**
 * The research page's figures for one bank, from the stored rows: which rows count, which
 * respondents pair as a retest, and below which sizes a figure is withheld. Pure.
 */

/** Below these, a figure is not shown: the page says “not enough yet” and how many there are. */
export const MINIMUMS = {
	/** Respondents who answered every question of a scale on the scale, for its α and ω. */
	reliability: 200,
	/** Respondents, for a question's distribution and “doesn't apply” rate. */
	questions: 30,
	/** Respondents who answered every question of its dimension, for an item–rest correlation. */
	itemRest: 200,
	/** Respondents in a self-described role, for its mean and for the standardised difference. */
	group: 20,
	/** Pairs of a first answer and a retake, for retest correlation and SEM. */
	retestPairs: 50,
	/** Respondents with an overall score, for percentiles and the sentence on a result. */
	norms: 200
} as const;

/** A retake pairs with the first answers when their months are this far apart (≈ 2 to 16 weeks). */
export const RETEST_MONTHS = { min: 1, max: 3 } as const;
/** Reliability under this marks a dimension as rough on the result page. */
export const ROUGH_BELOW = 0.7;
/** Bootstrap samples per interval: enough for a 95 % percentile interval to two decimals. */
export const BOOTSTRAP_RESAMPLES = 200;
export const PERCENTILES = [5, 10, 25, 50, 75, 90, 95] as const;

export interface StoredRow {
	respondent: string;
	bank: number;
	month: string;
	role: string | null;
	flag: string | null;
	answers: string;
}

export interface Estimate {
	value: number;
	/** 95 % percentile bootstrap interval. */
	low: number;
	high: number;
}

export interface ScaleReliability {
	/** Respondents with every question of the scale answered on the scale. */
	respondents: number;
	alpha: Estimate | null;
	omega: Estimate | null;
}

export interface QuestionFigures {
	id: string;
	dimension: DimensionId;
	/** Respondents who were asked it (every counted respondent). */
	respondents: number;
	/** How many gave 0, 1, 2, 3, 4 points toward software engineer; null below the minimum. */
	distribution: number[] | null;
	notApplicableRate: number | null;
	itemRest: number | null;
}

export interface GroupMean {
	respondents: number;
	/** Mean overall score (0–100) with its 95 % interval; null below the minimum. */
	mean: Estimate | null;
}

export interface ResearchReport {
	bank: number;
	/** Respondents counted: distinct, not flagged, in this bank. */
	n: number;
	/** Submissions kept but left out as implausible. */
	flagged: number;
	minimums: typeof MINIMUMS;
	questions: QuestionFigures[];
	overall: ScaleReliability;
	dimensions: Record<string, ScaleReliability>;
	retest: {
		pairs: number;
		overall: { r: number; sem: number } | null;
		dimensions: Record<string, number | null>;
	};
	roles: Record<Role, GroupMean>;
	/** Software engineers over programmers or developers, in pooled standard deviations. */
	engineersVsProgrammers: { engineers: number; programmers: number; d: Estimate | null };
	/** Overall-score percentiles; null below the minimum. */
	percentiles: { respondents: number; values: Record<string, number> | null };
	/** Dimensions whose α or retest correlation, where known, is under ROUGH_BELOW. */
	rough: DimensionId[];
}

export interface ResearchFigures {
	report: ResearchReport;
	/** Every counted respondent's overall score, sorted: the norms. Not published as such. */
	norms: number[];
}

interface Counted {
	respondent: string;
	month: string;
	role: string | null;
	points: (number | null)[];
	overall: number | null;
	dimensions: Map<DimensionId, number | null>;
}

export function buildReport(rows: readonly StoredRow[], bank: Bank): ResearchFigures {
	const all = rows.filter((r) => r.bank === bank.version);
	const flagged = all.filter((r) => r.flag !== null).length;
	const counted = all.filter((r) => r.flag === null).flatMap((r) => countedRow(r, bank));
	// Cross-sectional figures take each respondent once, at their first answers.
	const firsts = new Map<string, Counted>();
	for (const row of counted) if (!firsts.has(row.respondent)) firsts.set(row.respondent, row);
	const people = [...firsts.values()];

	const dimensionIds = bank.dimensions.map((d) => d.id);
	const itemsOf = (dimension: DimensionId | null) =>
		(dimension === null ? bank.questions : questionsOf(bank, dimension)).map((q) =>
			bank.questions.indexOf(q)
		);

	const itemRest = new Map<number, number | null>();
	for (const dimension of dimensionIds) {
		const items = itemsOf(dimension);
		const complete = completeCases(people, items);
		if (complete.length < MINIMUMS.itemRest) continue;
		itemRestCorrelations(complete).forEach((r, j) => itemRest.set(items[j]!, r));
	}

	const questions = bank.questions.map((q, i): QuestionFigures => {
		const enough = people.length >= MINIMUMS.questions;
		const answered = people.map((p) => p.points[i]).filter((p) => p !== null && p !== undefined);
		return {
			id: q.id,
			dimension: q.dimension,
			respondents: people.length,
			distribution: enough ? SCALE_VALUES.map((v) => answered.filter((p) => p === v).length) : null,
			notApplicableRate: enough ? 1 - answered.length / people.length : null,
			itemRest: itemRest.get(i) ?? null
		};
	});

	const dimensions: Record<string, ScaleReliability> = {};
	for (const [index, dimension] of dimensionIds.entries())
		dimensions[dimension] = reliability(completeCases(people, itemsOf(dimension)), index + 2);

	const retest = retestFigures(counted, people, dimensionIds);
	const roles = Object.fromEntries(
		ROLES.map((role) => {
			const scores = overallOf(people.filter((p) => p.role === role));
			return [role, { respondents: scores.length, mean: groupMean(scores) }];
		})
	) as Record<Role, GroupMean>;
	const engineers = overallOf(people.filter((p) => p.role === 'software-engineer'));
	const programmers = overallOf(people.filter((p) => p.role === 'programmer'));
	const enoughGroups = engineers.length >= MINIMUMS.group && programmers.length >= MINIMUMS.group;
	const difference = enoughGroups ? standardisedDifference(engineers, programmers) : null;

	const norms = overallOf(people).sort((a, b) => a - b);
	const percentiles =
		norms.length >= MINIMUMS.norms
			? Object.fromEntries(PERCENTILES.map((p) => [String(p), quantile(norms, p / 100)!]))
			: null;

	const rough = dimensionIds.filter((id) => {
		const alpha = dimensions[id]!.alpha?.value;
		const r = retest.dimensions[id];
		return (
			(alpha !== undefined && alpha < ROUGH_BELOW) ||
			(r !== null && r !== undefined && r < ROUGH_BELOW)
		);
	});

	return {
		report: {
			bank: bank.version,
			n: people.length,
			flagged,
			minimums: MINIMUMS,
			questions,
			overall: reliability(completeCases(people, itemsOf(null)), 1),
			dimensions,
			retest,
			roles,
			engineersVsProgrammers: {
				engineers: engineers.length,
				programmers: programmers.length,
				d: difference && { value: difference.d, low: difference.low, high: difference.high }
			},
			percentiles: { respondents: norms.length, values: percentiles },
			rough
		},
		norms
	};
}

function countedRow(row: StoredRow, bank: Bank): Counted[] {
	const points = readKeyed(row.answers, bank);
	if (points === null) return [];
	const result = scoreAnswers(answersFromKeyed(points, bank), bank);
	return [
		{
			respondent: row.respondent,
			month: row.month,
			role: row.role,
			points,
			overall: result.overallExact,
			dimensions: new Map(result.dimensions.map((d) => [d.id, d.exact]))
		}
	];
}

function completeCases(people: readonly Counted[], items: readonly number[]): Rows {
	const rows: number[][] = [];
	for (const person of people) {
		const values = items.map((i) => person.points[i]);
		if (values.every((v) => v !== null && v !== undefined)) rows.push(values as number[]);
	}
	return rows;
}

function reliability(rows: Rows, seed: number): ScaleReliability {
	if (rows.length < MINIMUMS.reliability)
		return { respondents: rows.length, alpha: null, omega: null };
	const options = { resamples: BOOTSTRAP_RESAMPLES, seed };
	const alpha = (sample: Rows) => {
		const cov = covarianceMatrix(sample);
		return cov && alphaFromCovariance(cov);
	};
	const omega = (sample: Rows) => {
		const cov = covarianceMatrix(sample);
		return cov && omegaFromCovariance(cov);
	};
	return {
		respondents: rows.length,
		alpha: estimate(alpha(rows), bootstrapInterval(rows, alpha, options)),
		omega: estimate(omega(rows), bootstrapInterval(rows, omega, options))
	};
}

function estimate(
	value: number | null,
	interval: { low: number; high: number } | null
): Estimate | null {
	return value === null || interval === null ? null : { value, ...interval };
}

function overallOf(people: readonly Counted[]): number[] {
	return people.flatMap((p) => (p.overall === null ? [] : [p.overall]));
}

function groupMean(scores: readonly number[]): Estimate | null {
	if (scores.length < MINIMUMS.group) return null;
	const m = meanInterval(scores);
	return m && { value: m.mean, low: m.low, high: m.high };
}

/**
 * Each respondent's first answers paired with their first retake RETEST_MONTHS later (only
 * the month is stored). SEM uses the SD of the counted respondents' overall scores.
 */
function retestFigures(
	counted: readonly Counted[],
	people: readonly Counted[],
	dimensionIds: readonly DimensionId[]
): ResearchReport['retest'] {
	const pairs: [Counted, Counted][] = [];
	const byRespondent = new Map<string, Counted[]>();
	for (const row of counted)
		byRespondent.set(row.respondent, [...(byRespondent.get(row.respondent) ?? []), row]);
	for (const rows of byRespondent.values()) {
		const [first, ...later] = rows;
		const retake = later.find((row) => {
			const months = monthsBetween(first!.month, row.month);
			return months >= RETEST_MONTHS.min && months <= RETEST_MONTHS.max;
		});
		if (retake) pairs.push([first!, retake]);
	}
	const enough = pairs.length >= MINIMUMS.retestPairs;
	const scored = pairs.filter(([a, b]) => a.overall !== null && b.overall !== null);
	const r = enough
		? pearson(
				scored.map(([a]) => a.overall!),
				scored.map(([, b]) => b.overall!)
			)
		: null;
	const sd = standardDeviation(overallOf(people));
	const dimensions: Record<string, number | null> = {};
	for (const id of dimensionIds) {
		const both = pairs.filter(
			([a, b]) => a.dimensions.get(id) != null && b.dimensions.get(id) != null
		);
		dimensions[id] = enough
			? pearson(
					both.map(([a]) => a.dimensions.get(id)!),
					both.map(([, b]) => b.dimensions.get(id)!)
				)
			: null;
	}
	return {
		pairs: pairs.length,
		overall: r === null || sd === null ? null : { r, sem: standardErrorOfMeasurement(sd, r) },
		dimensions
	};
}
