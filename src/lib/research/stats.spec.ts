import { describe, expect, it } from 'vitest';
import {
	alphaFromCovariance,
	bootstrapInterval,
	covarianceMatrix,
	cronbachAlpha,
	itemRestCorrelations,
	meanInterval,
	omegaFromCovariance,
	oneFactorLoadings,
	pearson,
	quantile,
	shareBelow,
	standardErrorOfMeasurement,
	standardisedDifference,
	variance
} from './stats';

/** Three items of variance 2, each pair covarying by 1: equal loadings, so ω equals α. */
const TAU_EQUIVALENT = [
	[2, 1, 1],
	[1, 2, 1],
	[1, 1, 2]
];

// Four respondents, three items. Item variances (n − 1 = 3): 5/3, 2/3 and 1/3, together 8/3;
// sums 9, 6, 3, 6, mean 6, variance (9 + 0 + 9 + 0) / 3 = 6. α = 3/2 × (1 − (8/3) / 6) = 5/6.
const SMALL = [
	[4, 3, 2],
	[2, 2, 2],
	[1, 1, 1],
	[3, 2, 1]
];

describe('variance, covariance and correlation', () => {
	it('uses n − 1', () => {
		expect(variance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 12);
		expect(variance([7])).toBeNull();
	});

	it('builds the covariance matrix by hand', () => {
		// Item means 2.5, 2, 1.5. cov(1,2) = (1.5×1 + (−0.5)×0 + (−1.5)×(−1) + 0.5×0) / 3 = 1.
		const cov = covarianceMatrix(SMALL)!;
		expect(cov[0]![0]).toBeCloseTo(5 / 3, 12);
		expect(cov[0]![1]).toBeCloseTo(1, 12);
		expect(cov[1]![0]).toBeCloseTo(1, 12);
		// cov(1,3) = (1.5×0.5 + (−0.5)×0.5 + (−1.5)×(−0.5) + 0.5×(−0.5)) / 3 = 1/3
		expect(cov[0]![2]).toBeCloseTo(1 / 3, 12);
	});

	it("gives Pearson's r, and null without variance", () => {
		expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
		expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
		// Means 2.5 and 2; Σdxdy = 0 + 0.5 + 0 + 1.5 = 2, Σdx² = 5, Σdy² = 2: r = 2 / √10
		expect(pearson([1, 2, 3, 4], [2, 1, 2, 3])).toBeCloseTo(2 / Math.sqrt(10), 12);
		expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
	});
});

describe("Cronbach's α", () => {
	it('matches the hand-worked value', () => {
		expect(cronbachAlpha(SMALL)).toBeCloseTo(5 / 6, 12);
	});

	it('is 1 for identical items and null for one item or no variance', () => {
		expect(
			cronbachAlpha([
				[0, 0],
				[2, 2],
				[4, 4]
			])
		).toBeCloseTo(1, 12);
		expect(cronbachAlpha([[1], [2]])).toBeNull();
		expect(
			cronbachAlpha([
				[1, 1],
				[1, 1]
			])
		).toBeNull();
	});

	it('is k/(k−1) × (1 − Σσᵢ² / σ²ₓ) on a given covariance matrix', () => {
		// Diagonal 2 each, off-diagonal 1: total 12, items 6: 1.5 × 0.5
		expect(alphaFromCovariance(TAU_EQUIVALENT)).toBeCloseTo(0.75, 12);
	});
});

describe("McDonald's ω", () => {
	it('recovers the loadings of an exact one-factor covariance matrix', () => {
		// λ = (1, 2, 2), ψ = (1, 1, 1): Σ = λλᵀ + Ψ.
		const cov = [
			[2, 2, 2],
			[2, 5, 4],
			[2, 4, 5]
		];
		const loadings = oneFactorLoadings(cov)!;
		expect(loadings[0]).toBeCloseTo(1, 6);
		expect(loadings[1]).toBeCloseTo(2, 6);
		expect(loadings[2]).toBeCloseTo(2, 6);
		// (1 + 2 + 2)² / ((1 + 2 + 2)² + 3) = 25 / 28
		expect(omegaFromCovariance(cov)).toBeCloseTo(25 / 28, 6);
		// α is lower on congeneric items: total 2+5+5 + 2×(2+2+4) = 28, items 12: 1.5 × 16/28
		expect(alphaFromCovariance(cov)).toBeCloseTo(1.5 * (16 / 28), 12);
	});

	it('equals α on tau-equivalent items', () => {
		expect(omegaFromCovariance(TAU_EQUIVALENT)).toBeCloseTo(0.75, 6);
	});

	it('keeps the sign of the sum positive, and is null on fewer than three items', () => {
		const loadings = oneFactorLoadings(TAU_EQUIVALENT)!;
		expect(loadings.every((l) => l > 0)).toBe(true);
		expect(
			omegaFromCovariance([
				[1, 0.5],
				[0.5, 1]
			])
		).toBeNull();
	});
});

describe('item–rest correlations', () => {
	it('correlates each item with the sum of the others', () => {
		// Item 1 (4, 2, 1, 3) against the rest (5, 4, 2, 3): means 2.5 and 3.5; Σdxdy = 1.5×1.5 +
		// (−0.5)(0.5) + (−1.5)(−1.5) + 0.5×(−0.5) = 4; Σdx² = 5; Σdy² = 5: r = 4/5.
		expect(itemRestCorrelations(SMALL)[0]).toBeCloseTo(0.8, 12);
	});
});

describe('intervals and norms', () => {
	it('reads quantiles as R type 7 does', () => {
		expect(quantile([10, 20, 30, 40], 0.5)).toBe(25);
		expect(quantile([10, 20, 30, 40], 0.25)).toBeCloseTo(17.5, 12);
		expect(quantile([], 0.5)).toBeNull();
	});

	it('counts the share strictly below a value', () => {
		expect(shareBelow([10, 20, 20, 30], 20)).toBe(0.25);
		expect(shareBelow([10, 20, 20, 30], 25)).toBe(0.75);
		expect(shareBelow([10, 20], 5)).toBe(0);
	});

	it('gives a mean with mean ± 1.96 SD/√n', () => {
		// 3 and 7: mean 5, variance (4 + 4) / 1 = 8, n 2
		const m = meanInterval([3, 7])!;
		expect(m.mean).toBe(5);
		expect(m.high - m.mean).toBeCloseTo((1.959964 * Math.sqrt(8)) / Math.sqrt(2), 5);
	});

	it("gives Cohen's d with a pooled SD", () => {
		// a: 4, 6 (mean 5, var 2); b: 1, 3 (mean 2, var 2): pooled SD √2, d = 3/√2.
		const d = standardisedDifference([4, 6], [1, 3])!;
		expect(d.d).toBeCloseTo(3 / Math.sqrt(2), 12);
		// SE = √(4/4 + 4.5/8) = √1.5625 = 1.25
		expect(d.high - d.d).toBeCloseTo(1.959964 * 1.25, 5);
	});

	it('gives SEM = SD × √(1 − r)', () => {
		expect(standardErrorOfMeasurement(10, 0.75)).toBeCloseTo(5, 12);
		expect(standardErrorOfMeasurement(10, 1.2)).toBe(0);
	});

	it('bootstraps a seeded, repeatable interval around the estimate', () => {
		const rows = Array.from({ length: 300 }, (_, i) => [i % 5, (i % 5) + (i % 2), i % 7]);
		const a = bootstrapInterval(rows, cronbachAlpha, { seed: 7 })!;
		const b = bootstrapInterval(rows, cronbachAlpha, { seed: 7 })!;
		expect(a).toEqual(b);
		const estimate = cronbachAlpha(rows)!;
		expect(a.low).toBeLessThan(estimate);
		expect(a.high).toBeGreaterThan(estimate);
	});
});
