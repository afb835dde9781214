/**
 * Plain statistics over complete answer tables (rows of numbers), shared by the model's own test
 * and by anything that checks answers against the model.
 */
export function mean(values: readonly number[]): number {
	return values.reduce((s, v) => s + v, 0) / values.length;
}

export function variance(values: readonly number[]): number {
	const m = mean(values);
	return values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1);
}

export function pearson(a: readonly number[], b: readonly number[]): number {
	const ma = mean(a);
	const mb = mean(b);
	let sab = 0;
	let saa = 0;
	let sbb = 0;
	for (let i = 0; i < a.length; i++) {
		sab += (a[i]! - ma) * (b[i]! - mb);
		saa += (a[i]! - ma) ** 2;
		sbb += (b[i]! - mb) ** 2;
	}
	return sab / Math.sqrt(saa * sbb);
}

/** Cronbach's α of the columns `items` of a table whose rows are people. */
export function cronbachAlpha(
	rows: readonly (readonly number[])[],
	items: readonly number[]
): number {
	const k = items.length;
	const itemVariance = items.reduce((s, i) => s + variance(rows.map((r) => r[i]!)), 0);
	const total = variance(rows.map((r) => items.reduce((s, i) => s + r[i]!, 0)));
	return (k / (k - 1)) * (1 - itemVariance / total);
}
