import { describe, expect, it } from 'vitest';
import { CURRENT_BANK, questionsOf } from '$lib/quiz/banks';
import { MODEL } from '$lib/quiz/model';
import { modelGroupDifference, modelReliability } from './model';
import { buildReport } from './report';
import { simulateRows } from './simulate';

const bank = CURRENT_BANK;

describe('the model’s own figures', () => {
	it('give a dimension the Spearman–Brown reliability of its parallel questions', () => {
		for (const d of bank.dimensions) {
			const k = questionsOf(bank, d.id).length;
			const r = MODEL.withinDimensionCorrelation;
			expect(modelReliability(bank, d.id)).toBeCloseTo((k * r) / (1 + (k - 1) * r), 9);
		}
	});
});

describe('the statistics, on 2,000 simulated people with a known answer', () => {
	const rows = simulateRows(bank, 2000, { seed: 19 });
	const { report } = buildReport(rows, bank);

	it('recover each dimension’s reliability within 0.03 (α and ω), and the overall α', () => {
		for (const d of bank.dimensions) {
			const truth = modelReliability(bank, d.id);
			const figures = report.dimensions[d.id]!;
			expect(Math.abs(figures.alpha!.value - truth), `${d.id} α`).toBeLessThan(0.03);
			expect(Math.abs(figures.omega!.value - truth), `${d.id} ω`).toBeLessThan(0.03);
			expect(figures.alpha!.low).toBeLessThan(figures.alpha!.value);
			expect(figures.alpha!.high).toBeGreaterThan(figures.alpha!.value);
		}
		expect(Math.abs(report.overall.alpha!.value - modelReliability(bank, null))).toBeLessThan(0.03);
	});

	it('find software engineers above programmers by the model’s standardised difference', () => {
		const truth = modelGroupDifference(bank, 'software-engineer', 'programmer');
		const found = report.engineersVsProgrammers.d!;
		expect(truth).toBeGreaterThan(0.2);
		expect(Math.abs(found.value - truth)).toBeLessThan(0.15);
	});

	it('pair retakes and show every figure above its minimum', () => {
		expect(report.n).toBeGreaterThan(1900);
		expect(report.retest.pairs).toBeGreaterThan(500);
		expect(report.retest.overall!.r).toBeGreaterThan(0.5);
		expect(report.percentiles.values).not.toBeNull();
		expect(report.questions.every((q) => q.itemRest !== null && q.distribution !== null)).toBe(
			true
		);
	});
});
