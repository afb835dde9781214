import { seededRandom } from '$lib/quiz/model';

/**
 * The statistics of the research page, as pure functions of numbers: no database, no bank.
 * A data set is a list of rows (respondents), each one number per item, with no gaps: callers
 * pass complete cases. Variances are sample variances (divisor n − 1). Every function returns
 * null where its figure is undefined (too few rows, no variance) rather than NaN.
 */

export type Rows = readonly (readonly number[])[];

export function mean(xs: readonly number[]): number | null {
	if (xs.length === 0) return null;
	let sum = 0;
	for (const x of xs) sum += x;
	return sum / xs.length;
}

export function variance(xs: readonly number[]): number | null {
	const m = mean(xs);
	if (m === null || xs.length < 2) return null;
	let sum = 0;
	for (const x of xs) sum += (x - m) ** 2;
	return sum / (xs.length - 1);
}

export function standardDeviation(xs: readonly number[]): number | null {
	const v = variance(xs);
	return v === null ? null : Math.sqrt(v);
}

/** Pearson's r; null when either side has no variance or there are fewer than three pairs. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
	if (xs.length !== ys.length) throw new RangeError('Pearson needs pairs');
	if (xs.length < 3) return null;
	const mx = mean(xs)!;
	const my = mean(ys)!;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < xs.length; i++) {
		const dx = xs[i]! - mx;
		const dy = ys[i]! - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/** The items' sample covariance matrix. */
export function covarianceMatrix(rows: Rows): number[][] | null {
	const n = rows.length;
	const k = rows[0]?.length ?? 0;
	if (n < 2 || k === 0) return null;
	const means = new Array<number>(k).fill(0);
	for (const row of rows) for (let j = 0; j < k; j++) means[j]! += row[j]! / n;
	const cov = Array.from({ length: k }, () => new Array<number>(k).fill(0));
	for (const row of rows) {
		for (let i = 0; i < k; i++) {
			const di = row[i]! - means[i]!;
			const ci = cov[i]!;
			for (let j = i; j < k; j++) ci[j]! += di * (row[j]! - means[j]!);
		}
	}
	for (let i = 0; i < k; i++)
		for (let j = i; j < k; j++) cov[j]![i] = cov[i]![j] = cov[i]![j]! / (n - 1);
	return cov;
}

/**
 * Cronbach's α from a covariance matrix: k ÷ (k − 1) × (1 − Σ item variances ÷ variance of the
 * sum), the variance of the sum being the sum of every entry.
 */
export function alphaFromCovariance(cov: readonly (readonly number[])[]): number | null {
	const k = cov.length;
	if (k < 2) return null;
	let items = 0;
	let total = 0;
	for (let i = 0; i < k; i++) {
		items += cov[i]![i]!;
		for (let j = 0; j < k; j++) total += cov[i]![j]!;
	}
	return total <= 0 ? null : (k / (k - 1)) * (1 - items / total);
}

export function cronbachAlpha(rows: Rows): number | null {
	const cov = covarianceMatrix(rows);
	return cov === null ? null : alphaFromCovariance(cov);
}

/**
 * The one-factor model Σ = λλᵀ + Ψ fitted to a covariance matrix by iterated principal axis
 * factoring: the communalities start at each item's largest covariance with another item, and
 * each round takes the first eigenvector of the matrix with communalities on its diagonal.
 * A communality is held below its item's variance (no negative unique variance).
 */
export function oneFactorLoadings(cov: readonly (readonly number[])[]): number[] | null {
	const k = cov.length;
	if (k < 3) return null;
	const diag = cov.map((row, i) => row[i]!);
	if (diag.some((d) => !(d > 0))) return null;
	let communality = cov.map((row, i) =>
		Math.min(diag[i]!, Math.max(...row.map((c, j) => (j === i ? 0 : Math.abs(c)))))
	);
	let loadings = new Array<number>(k).fill(0);
	let start = new Array<number>(k).fill(1 / Math.sqrt(k));
	for (let round = 0; round < 500; round++) {
		const reduced = cov.map((row, i) => row.map((c, j) => (i === j ? communality[i]! : c)));
		const eigen = largestEigen(reduced, start);
		if (eigen === null || eigen.value <= 0) return null;
		loadings = eigen.vector.map((v) => v * Math.sqrt(eigen.value));
		const next = loadings.map((l, i) => Math.min(l * l, diag[i]! * 0.995));
		const change = Math.max(...next.map((h, i) => Math.abs(h - communality[i]!)));
		communality = next;
		start = eigen.vector;
		if (change < 1e-10) break;
	}
	const sign = loadings.reduce((s, l) => s + l, 0) < 0 ? -1 : 1;
	return loadings.map((l) => sign * l);
}

/**
 * McDonald's ω (total) of the sum score under the one-factor model: (Σλ)² ÷ (Σλ)² + Σψ,
 * where ψ is each item's variance not explained by the factor.
 */
export function omegaFromCovariance(cov: readonly (readonly number[])[]): number | null {
	const loadings = oneFactorLoadings(cov);
	if (loadings === null) return null;
	const common = loadings.reduce((s, l) => s + l, 0) ** 2;
	const unique = loadings.reduce((s, l, i) => s + (cov[i]![i]! - l * l), 0);
	return common + unique <= 0 ? null : common / (common + unique);
}

export function mcDonaldOmega(rows: Rows): number | null {
	const cov = covarianceMatrix(rows);
	return cov === null ? null : omegaFromCovariance(cov);
}

/** The largest eigenvalue of a symmetric matrix and its unit eigenvector, by power iteration. */
function largestEigen(
	matrix: readonly (readonly number[])[],
	start: readonly number[]
): { value: number; vector: number[] } | null {
	// Shifting by the largest absolute row sum makes every eigenvalue non-negative, so the
	// iteration finds the largest rather than the largest in magnitude.
	const shift = Math.max(...matrix.map((row) => row.reduce((s, c) => s + Math.abs(c), 0)));
	let vector = [...start];
	let value = 0;
	for (let step = 0; step < 5000; step++) {
		const next = matrix.map(
			(row, i) => row.reduce((s, c, j) => s + c * vector[j]!, 0) + shift * vector[i]!
		);
		const norm = Math.hypot(...next);
		if (norm === 0) return null;
		const unit = next.map((x) => x / norm);
		const nextValue = norm - shift;
		const settled = Math.abs(nextValue - value) < 1e-13 * Math.max(1, Math.abs(nextValue));
		vector = unit;
		value = nextValue;
		if (settled && step > 2) break;
	}
	return { value, vector };
}

/** Each item's correlation with the sum of the other items (corrected item–total correlation). */
export function itemRestCorrelations(rows: Rows): (number | null)[] {
	const k = rows[0]?.length ?? 0;
	const totals = rows.map((row) => row.reduce((s, x) => s + x, 0));
	return Array.from({ length: k }, (_, j) =>
		pearson(
			rows.map((row) => row[j]!),
			rows.map((row, i) => totals[i]! - row[j]!)
		)
	);
}

/** The quiz model's seeded generator: bootstrap intervals come out the same on every computation. */
export { seededRandom };

export interface Interval {
	low: number;
	high: number;
}

/**
 * A percentile bootstrap interval: the statistic on `resamples` samples of the rows drawn with
 * replacement, and the (1 − level) ÷ 2 and (1 + level) ÷ 2 quantiles of those values.
 */
export function bootstrapInterval(
	rows: Rows,
	statistic: (rows: Rows) => number | null,
	{ resamples = 200, level = 0.95, seed = 1 } = {}
): Interval | null {
	const random = seededRandom(seed);
	const values: number[] = [];
	const sample: (readonly number[])[] = new Array(rows.length);
	for (let b = 0; b < resamples; b++) {
		for (let i = 0; i < rows.length; i++) sample[i] = rows[Math.floor(random() * rows.length)]!;
		const value = statistic(sample);
		if (value !== null) values.push(value);
	}
	if (values.length < resamples / 2) return null;
	values.sort((a, b) => a - b);
	return { low: quantile(values, (1 - level) / 2)!, high: quantile(values, (1 + level) / 2)! };
}

/** The p-quantile of sorted values, interpolating between neighbours (R's type 7). */
export function quantile(sorted: readonly number[], p: number): number | null {
	if (sorted.length === 0) return null;
	const position = (sorted.length - 1) * p;
	const below = Math.floor(position);
	const above = Math.min(below + 1, sorted.length - 1);
	return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** Share of sorted values strictly below x (binary search). */
export function shareBelow(sorted: readonly number[], x: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (sorted[middle]! < x) low = middle + 1;
		else high = middle;
	}
	return sorted.length === 0 ? 0 : low / sorted.length;
}

const Z95 = 1.959963984540054;

/** A mean with its 95 % interval (normal approximation, mean ± 1.96 × SD ÷ √n). */
export function meanInterval(xs: readonly number[]): ({ mean: number } & Interval) | null {
	const m = mean(xs);
	const sd = standardDeviation(xs);
	if (m === null || sd === null) return null;
	const half = (Z95 * sd) / Math.sqrt(xs.length);
	return { mean: m, low: m - half, high: m + half };
}

/**
 * Cohen's d of group a over group b (pooled SD), with the usual large-sample 95 % interval:
 * SE = √((na + nb) ÷ (na × nb) + d² ÷ (2 (na + nb))).
 */
export function standardisedDifference(
	a: readonly number[],
	b: readonly number[]
): ({ d: number } & Interval) | null {
	const va = variance(a);
	const vb = variance(b);
	if (va === null || vb === null) return null;
	const pooled = Math.sqrt(((a.length - 1) * va + (b.length - 1) * vb) / (a.length + b.length - 2));
	if (pooled === 0) return null;
	const d = (mean(a)! - mean(b)!) / pooled;
	const n = a.length + b.length;
	const se = Math.sqrt(n / (a.length * b.length) + (d * d) / (2 * n));
	return { d, low: d - Z95 * se, high: d + Z95 * se };
}

/** Standard error of measurement: SD × √(1 − r), r a retest correlation. */
export function standardErrorOfMeasurement(sd: number, reliability: number): number {
	return sd * Math.sqrt(Math.max(0, 1 - reliability));
}
