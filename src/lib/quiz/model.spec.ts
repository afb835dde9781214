import { describe, expect, it } from 'vitest';
import { V2_BANK } from './banks/v2';
import { V3_BANK } from './banks/v3';
import {
	MODEL,
	describeModel,
	isReportable,
	normalCdf,
	reliability,
	retakeWithin,
	seededRandom,
	simulateAnswers,
	simulatePerson
} from './model';
import { cronbachAlpha, mean, pearson, variance } from './model-stats';
import { pointsTowardEngineer } from './scoring';
import type { ScaleValue } from './scale';

/** Simulated people answering version 3 twice, as points toward software engineer. */
const random = seededRandom(20261204);
const people = Array.from({ length: 20000 }, () => simulatePerson(V3_BANK, random));
const points = (answers: ScaleValue[]) =>
	answers.map((a, i) => pointsTowardEngineer(V3_BANK.questions[i]!, a));
const first = people.map((p) => points(simulateAnswers(V3_BANK, p, random)));
const second = people.map((p) => points(simulateAnswers(V3_BANK, p, random)));
const column = (rows: number[][], i: number) => rows.map((r) => r[i]!);
const indexesOf = (dimension: string) =>
	V3_BANK.questions.flatMap((q, i) => (q.dimension === dimension ? [i] : []));

describe('the response model', () => {
	it('states reliabilities that follow from its correlations (worked by hand)', () => {
		// Eight answers at r = 0.30: α = 8·0.30 ÷ (1 + 7·0.30) = 2.4 ÷ 3.1 = 0.774.
		expect(reliability(new Array(8).fill('breadth'))).toBeCloseTo(0.774, 3);
		// Four answers: 1.2 ÷ 1.9 = 0.632, under the 0.70 a dimension needs.
		expect(reliability(new Array(4).fill('scope'))).toBeCloseTo(0.632, 3);
		// Six answers: 1.8 ÷ 2.5 = 0.720.
		expect(reliability(new Array(6).fill('scope'))).toBeCloseTo(0.72, 3);
	});

	it('reports the dimensions of version 3 and none of version 2', () => {
		for (const d of V3_BANK.dimensions) expect(isReportable(V3_BANK, d.id), d.id).toBe(true);
		for (const d of V2_BANK.dimensions) expect(isReportable(V2_BANK, d.id), d.id).toBe(false);
	});

	it('computes Φ and the retake chance (worked by hand)', () => {
		expect(normalCdf(0)).toBeCloseTo(0.5, 6);
		expect(normalCdf(1.959964)).toBeCloseTo(0.975, 4);
		// ρ = 0.8, sd = 10, score 50, band 40–60: spread 10·√0.36 = 6; P(39.5 < X < 60.5) = 2Φ(1.75) − 1 = 0.920.
		expect(retakeWithin(50, 0.8, 10, 40, 60)).toBeCloseTo(0.92, 2);
	});

	it('makes simulated answers with the correlations it states', () => {
		const within: number[] = [];
		const between: number[] = [];
		for (let i = 0; i < V3_BANK.questions.length; i++)
			for (let j = i + 1; j < V3_BANK.questions.length; j++) {
				const r = pearson(column(first, i), column(first, j));
				(V3_BANK.questions[i]!.dimension === V3_BANK.questions[j]!.dimension
					? within
					: between
				).push(r);
			}
		expect(mean(within)).toBeCloseTo(MODEL.withinDimensionCorrelation, 1);
		expect(Math.abs(mean(within) - MODEL.withinDimensionCorrelation)).toBeLessThan(0.02);
		expect(Math.abs(mean(between) - MODEL.betweenDimensionCorrelation)).toBeLessThan(0.02);
		const sd = mean(V3_BANK.questions.map((_, i) => Math.sqrt(variance(column(first, i)))));
		expect(Math.abs(sd - MODEL.itemSd)).toBeLessThan(0.03);
	});

	it('gives every version-3 dimension a simulated α of at least 0.70, as stated', () => {
		const stated = describeModel(V3_BANK).dimensionReliability;
		for (const d of V3_BANK.dimensions) {
			const alpha = cronbachAlpha(first, indexesOf(d.id));
			expect(alpha, d.id).toBeGreaterThanOrEqual(0.7);
			expect(Math.abs(alpha - stated), d.id).toBeLessThan(0.03);
		}
	});

	it('predicts how often a retake gives the same description', () => {
		const band = (s: number) => (s <= 19 ? 0 : s <= 39 ? 1 : s <= 60 ? 2 : s <= 80 ? 3 : 4);
		const overall = (row: number[]) =>
			Math.round((100 * row.reduce((s, p) => s + p, 0)) / (4 * row.length));
		const { overallReliability: rho } = describeModel(V3_BANK);
		const sd = Math.sqrt(variance(first.map(overall)));
		let same = 0;
		let predicted = 0;
		const bounds = [
			[0, 19],
			[20, 39],
			[40, 60],
			[61, 80],
			[81, 100]
		] as const;
		first.forEach((row, i) => {
			const score = overall(row);
			same += band(score) === band(overall(second[i]!)) ? 1 : 0;
			const [min, max] = bounds[band(score)]!;
			predicted += retakeWithin(score, rho, sd, min, max);
		});
		expect(Math.abs(same / first.length - predicted / first.length)).toBeLessThan(0.03);
	});
});

describe('describeModel', () => {
	it('states a dimension’s figures from the bank’s own dimension size', () => {
		// Version 3: eight questions a dimension, α = 8 × 0.3 ÷ (1 + 7 × 0.3) = 0.774.
		expect(describeModel(V3_BANK)).toMatchObject({ dimensionQuestions: 8 });
		expect(describeModel(V3_BANK).dimensionReliability).toBeCloseTo(0.774, 3);
		// Version 2: four, α = 4 × 0.3 ÷ (1 + 3 × 0.3) = 0.632.
		expect(describeModel(V2_BANK)).toMatchObject({ dimensionQuestions: 4 });
		expect(describeModel(V2_BANK).dimensionReliability).toBeCloseTo(0.632, 3);
	});
});
