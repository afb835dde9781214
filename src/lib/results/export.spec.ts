import { describe, expect, test } from 'vitest';
import { contentFor } from '$lib/content';
import { BANKS } from '$lib/quiz/banks';
import { ON_CALL, TWO_DIMENSIONS, WITH_SKIPS } from '$lib/quiz/fixtures';
import { buildResultExport, exportFileName, resultCsv } from './export';

// Every figure below is worked out by hand from src/lib/quiz/fixtures.ts, not by the scoring.
const en = contentFor('en');
const de = contentFor('de');
const v2 = BANKS[2]!;

describe('the JSON export', () => {
	test('the on-call developer: every dimension scored, 42 overall, three steps from leaning programmer', () => {
		const data = buildResultExport('2-jkfsslid8mlga7', ON_CALL, v2, 'en', en);
		expect(data.quizVersion).toBe(2);
		expect(data.code).toBe('2-jkfsslid8mlga7');
		expect(data.overall).toBe(42);
		expect(data.overallNote).toBeNull();
		expect(data.band).toEqual({ id: 'both', label: 'In between' });
		// Points of 16: 6, 10, 4, 10, 1, 9 → 37.5, 62.5, 25, 62.5, 6.25, 56.25, halves rounded up.
		expect(data.dimensions.map((d) => [d.id, d.score])).toEqual([
			['scope', 38],
			['starting-point', 63],
			['method', 25],
			['environment', 63],
			['people', 6],
			['quality', 56]
		]);
		expect(data.range).toEqual({
			interval: null,
			nearestBands: [
				{
					direction: 'programmer',
					band: 'leaning-programmer',
					label: 'Leaning programmer',
					steps: 3
				}
			],
			near: true,
			text: 'Three answers, each moved one step toward programmer, would make the closest description “Leaning programmer”.'
		});
		expect(data.questions).toHaveLength(v2.questions.length);
		expect(data.questions[0]).toEqual({
			step: 1,
			id: 'scope-one-area-in-depth',
			text: en.quiz.questions['scope-one-area-in-depth'],
			dimension: 'scope',
			pole: 'programmer',
			answer: { value: 4, notApplicable: false, label: 'Always' }
		});
	});

	test('with “Doesn’t apply” answers: People and Method unscored, never 50', () => {
		const data = buildResultExport('2-jnftsnnh8nlgde', WITH_SKIPS, v2, 'en', en);
		// Scope 5 of 12 = 41.67; Starting point 10 of 16; Environment 10 of 16; Quality 9 of 16.
		expect(data.dimensions.map((d) => [d.id, d.score, d.status, d.note])).toEqual([
			['scope', 42, 'scored', null],
			['starting-point', 63, 'scored', null],
			['method', null, 'not-enough-answers', 'not enough answers'],
			['environment', 63, 'scored', null],
			['people', null, 'not-enough-answers', 'not enough answers'],
			['quality', 56, 'scored', null]
		]);
		expect(data.dimensions[4]).toMatchObject({ answeredOnScale: 1, notApplicable: 3 });
		// 100 × (5 + 10 + 10 + 9) ÷ (4 × 15 counted answers) = 56.67.
		expect(data.overall).toBe(57);
		expect(data.range?.nearestBands).toEqual([
			{
				direction: 'engineer',
				band: 'leaning-engineer',
				label: 'Leaning software engineer',
				steps: 3
			}
		]);
		expect(data.questions[4]!.answer).toEqual({
			value: null,
			notApplicable: true,
			label: 'Doesn’t apply to me'
		});
	});

	test('too few scored dimensions: no overall, no band, no range, and the reason', () => {
		const data = buildResultExport('2-znhztnzhbznhnp', TWO_DIMENSIONS, v2, 'en', en);
		expect(data.overall).toBeNull();
		expect(data.band).toBeNull();
		expect(data.range).toBeNull();
		expect(data.overallNote).toBe('No overall position: 2 dimensions scored, at least 4 needed.');
	});

	test('in the page’s language', () => {
		const data = buildResultExport('2-znhztnzhbznhnp', TWO_DIMENSIONS, v2, 'de', de);
		expect(data.language).toBe('de');
		expect(data.overallNote).toBe(
			'Keine Gesamtposition: 2 Dimensionen ausgewertet, mindestens 4 nötig.'
		);
		expect(data.dimensions[0]!.note).toBe('zu wenige Antworten');
	});
});

describe('the CSV export', () => {
	test('a header row, then one row per question; empty value and “not enough answers” where there is none', () => {
		const data = buildResultExport('2-jnftsnnh8nlgde', WITH_SKIPS, v2, 'en', en);
		const lines = resultCsv(data, en).replace('\uFEFF', '').split('\r\n');
		expect(lines).toHaveLength(1 + v2.questions.length + 1); // header, questions, final line end
		expect(lines[0]).toBe(
			'Step,Question ID,Question,Dimension,B (or “Always”) points toward,Answer value (0–4),Answer,Dimension score (0–100)'
		);
		const question1 = en.quiz.questions['scope-one-area-in-depth'];
		const quoted1 = /[",]/.test(question1) ? `"${question1.replaceAll('"', '""')}"` : question1;
		expect(lines[1]).toBe(`1,scope-one-area-in-depth,${quoted1},Scope,programmer,4,Always,42`);
		expect(lines[5]).toMatch(
			/^5,people-requirements-gathered,.*,People,programmer,,Doesn’t apply to me,not enough answers$/
		);
		expect(lines[25]).toBe('');
	});

	test('file names carry the code and the format', () => {
		expect(exportFileName('2-jkfsslid8mlga7', 'csv')).toBe(
			'programmer-or-software-engineer-2-jkfsslid8mlga7.csv'
		);
	});
});
