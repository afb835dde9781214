import { describe, expect, it } from 'vitest';
import { CURRENT_BANK } from '$lib/quiz/banks';
import { SIMPLE_MODEL, normalCdf } from './model';
import { buildReport } from './report';
import { simulateRows } from './simulate';

describe('the response model', () => {
	it('uses a normal distribution function accurate to 1e-6', () => {
		expect(normalCdf(0)).toBeCloseTo(0.5, 6);
		expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
		expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
	});

	it('gives every dimension a reliability between 0.5 and 0.95', () => {
		for (const d of CURRENT_BANK.dimensions) {
			const r = SIMPLE_MODEL.reliability(CURRENT_BANK, d.id);
			expect(r).toBeGreaterThan(0.5);
			expect(r).toBeLessThan(0.95);
		}
	});
});

describe('the statistics, on 2,000 simulated people with a known answer', () => {
	const bank = CURRENT_BANK;
	const rows = simulateRows(bank, 2000, { seed: 19 });
	const { report } = buildReport(rows, bank);

	it('recover each dimension’s reliability within 0.03 (α and ω)', () => {
		for (const d of bank.dimensions) {
			const truth = SIMPLE_MODEL.reliability(bank, d.id);
			const figures = report.dimensions[d.id]!;
			expect(Math.abs(figures.alpha!.value - truth), `${d.id} α`).toBeLessThan(0.03);
			expect(Math.abs(figures.omega!.value - truth), `${d.id} ω`).toBeLessThan(0.03);
			expect(figures.alpha!.low).toBeLessThan(figures.alpha!.value);
			expect(figures.alpha!.high).toBeGreaterThan(figures.alpha!.value);
		}
	});

	it('finds software engineers above programmers by the model’s standardised difference', () => {
		const truth = SIMPLE_MODEL.groupDifference(bank, 'software-engineer', 'programmer');
		const found = report.engineersVsProgrammers.d!;
		expect(truth).toBeGreaterThan(0.5);
		expect(found.value).toBeGreaterThan(0);
		expect(Math.abs(found.value - truth)).toBeLessThan(0.15);
		expect(found.low).toBeLessThan(truth);
		expect(found.high).toBeGreaterThan(truth);
	});

	it('pairs retakes and shows every figure above its minimum', () => {
		expect(report.n).toBeGreaterThan(1900);
		expect(report.retest.pairs).toBeGreaterThan(500);
		expect(report.retest.overall!.r).toBeGreaterThan(0.5);
		expect(report.percentiles.values).not.toBeNull();
		expect(report.questions.every((q) => q.itemRest !== null && q.distribution !== null)).toBe(
			true
		);
	});
});
