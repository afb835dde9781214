import { describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n/locales';
import { BANKS } from '$lib/quiz/banks';
import { REPORT_MIN_RELIABILITY } from '$lib/quiz/model';
import { ROUGH_BELOW } from '$lib/research/report';
import { V2_BANK } from '$lib/quiz/banks/v2';
import { en } from './en';
import { contentFor } from './index';

const { quiz } = en;

/** Every string in a value, functions called with plausible arguments, so nothing is left blank. */
function strings(value: unknown, path = ''): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
	return [];
}

describe('the English quiz text', () => {
	it('has no empty text anywhere', () => {
		for (const [path, text] of strings(quiz)) expect(text.trim(), path).not.toBe('');
	});

	it('has a text and a short habit name for every question of every frequency bank', () => {
		for (const bank of Object.values(BANKS).filter((b) => b.format === 'frequency'))
			for (const q of bank.questions) {
				const id = q.id as keyof typeof quiz.questions;
				expect(quiz.questions[id], id).toBeTruthy();
				expect(quiz.habits[id], id).toBeTruthy();
			}
	});

	it('keeps version-2 questions to one short sentence about one habit, in the first person', () => {
		for (const q of V2_BANK.questions) {
			const text = quiz.questions[q.id];
			expect(text.length, q.id).toBeLessThanOrEqual(100);
			expect(text, q.id).toMatch(/^(I |Before |When )/);
			expect(
				text.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1),
				q.id
			).toHaveLength(1);
			expect(text, q.id).not.toMatch(/\b(not|never|don't|doesn’t|no)\b.*\b(not|never|no)\b/i);
		}
	});

	it('writes no version-2 programmer habit as a lack, and assumes no platform', () => {
		for (const q of V2_BANK.questions) {
			const text = quiz.questions[q.id];
			expect(text, q.id).not.toMatch(/\b(leave|leaves|as soon as|straight away|only)\b/i);
			expect(text, q.id).not.toMatch(/\b(devices?|phones?|browsers?|servers?|cloud)\b/i);
		}
	});

	it('offers next steps both ways for every dimension of a frequency bank', () => {
		for (const { id } of V2_BANK.dimensions) {
			expect(quiz.dimensions[id].habitsOf!.engineer.length, id).toBeGreaterThanOrEqual(2);
			expect(quiz.dimensions[id].habitsOf!.programmer.length, id).toBeGreaterThanOrEqual(2);
		}
	});

	it('says what is exact, in whole sentences with their numbers', () => {
		expect(quiz.result.closeness.near(2, 'software engineer', 'Leaning software engineer')).toBe(
			'Two answers, each moved one step toward software engineer, would make the closest description “Leaning software engineer”.'
		);
		expect(quiz.result.closeness.near(1, 'programmer', 'Leaning programmer')).toBe(
			'One answer moved one step toward programmer would make the closest description “Leaning programmer”.'
		);
		expect(
			quiz.result.closeness.nearBoth(1, 'Leaning software engineer', 'Leaning programmer')
		).toBe(
			'One answer moved one step would change the closest description: toward software engineer to “Leaning software engineer”, toward programmer to “Leaning programmer”.'
		);
		expect(quiz.result.closeness.oneAnswer).toBe(
			'A single answer, moved far enough along its line, could change this description.'
		);
		expect(quiz.result.roughDimensions(4)).toContain('only four questions');
		expect(quiz.result.retake(7, 'In between')).toBe(
			'Under the model on the methodology page, people with answers like yours get “In between” again on a retake about 7 times in 10.'
		);
		expect(quiz.result.answered(21, 3, 24)).toBe(
			'You answered 21 of 24 questions on the scale and marked 3 as not applying to you; those are not scored.'
		);
		expect(quiz.result.notEnough(0, 6, 3)).toBe(
			'None of your six dimensions has enough answers to be scored, and an overall position needs at least three.'
		);
		expect(quiz.result.notEnough(1, 6, 3)).toBe(
			'Only one of your six dimensions has enough answers to be scored, and an overall position needs at least three.'
		);
		expect(quiz.result.notEnough(2, 6, 3)).toBe(
			'Only two of your six dimensions have enough answers to be scored, and an overall position needs at least three.'
		);
		expect(
			quiz.methodology.versions({
				current: 2,
				older: [1],
				scaleSize: 5,
				digits: 6,
				notApplicableSince: 2
			})
		).toContain(
			'Since version 2, each answer is one of six digits (the five scale answers and “Doesn’t apply”).'
		);
		// Halves away from zero: equal pulls toward either role read alike.
		expect(quiz.format.effect(-6.25)).toBe('−6.3');
		expect(quiz.format.effect(6.25)).toBe('+6.3');
		expect(quiz.format.effect(-1.25)).toBe('−1.3');
		expect(quiz.format.effect(0.15)).toBe('+0.2');
		expect(quiz.format.effect(0.04)).toBe('0.0');
		expect(quiz.format.effect(-0.04)).toBe('0.0');
		expect(quiz.format.list(['Scope', 'Method', 'People'])).toBe('Scope, Method and People');
	});

	it('says “all” when every answer was the same one', () => {
		const straight = (count: number) =>
			quiz.result.summary({
				kind: 'straight-lined',
				score: 50,
				band: 'both',
				roles: quiz.roles,
				higher: [],
				lower: [],
				straightLining: { answer: 'Often', count, of: 24 }
			});
		expect(straight(24)).toContain(', but all 24 of your answers were “Often”, so');
		expect(straight(22)).toContain(', but 22 of your 24 answers were “Often”, so');
	});

	it('in every language, sets out both statements of every two-ended question, and when neither fits', () => {
		const twoEnded = Object.values(BANKS)
			.filter((b) => b.format === 'two-ended')
			.flatMap((b) => b.questions);
		for (const locale of LOCALES) {
			const { pairs } = contentFor(locale).quiz;
			for (const q of twoEnded) {
				const pair = pairs[q.id as keyof typeof pairs];
				for (const text of [pair.programmer, pair.engineer, pair.notApplicableWhen])
					expect(text.trim(), `${locale} ${q.id}`).not.toBe('');
				expect(pair.programmer, `${locale} ${q.id}`).not.toBe(pair.engineer);
			}
		}
	});

	it('in every language, gives the retake chance with its number and the description', () => {
		for (const locale of LOCALES) {
			const { result } = contentFor(locale).quiz;
			const text = result.retake(7, 'BAND');
			expect(text, locale).toContain('7');
			expect(text, locale).toContain('BAND');
			expect(result.closeness.oneAnswer.trim(), locale).not.toBe('');
		}
	});

	it('states the privacy promise exactly: sent with each step, kept only with the person', () => {
		const privacy = quiz.methodology.privacy(30);
		expect(privacy).toContain('Each answer is sent to our server with its step');
		expect(privacy).toContain('it is not stored there');
		// Result codes are kept by the history cookie alone, which “Forget all” deletes.
		expect(privacy).toContain('one cookie in your browser holds your answers so far, and each');
		expect(quiz.landing.facts.private).toContain('Nothing is stored on the server');
		expect(quiz.landing.facts.private).not.toMatch(/nothing (is )?sent/i);
	});

	it('names rough dimensions with the floor the research report marks them by', () => {
		expect(ROUGH_BELOW).toBe(REPORT_MIN_RELIABILITY);
		expect(en.research.norms.rough(['Method'])).toBe(
			'Rough so far: Method. The shared answers show its questions agree less than we would like (reliability under 0.70), so read that score loosely.'
		);
		expect(en.research.norms.rough(['Method', 'People'])).toContain('show their questions');
	});
});
