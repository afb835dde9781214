import { describe, expect, test } from 'vitest';
import { auditContent, leafKeys } from './audit';

const shared = { start: 'Start', steps: ['One', 'Two'] };
const reference = {
	site: {
		name: 'Quiz name',
		footer: 'Based on “{title}” on {blog}.',
		count: (n: number) => `${n} answers`
	},
	quiz: shared
};
const translated = {
	site: {
		name: 'Quizname',
		footer: 'Nach „{title}“ aus {blog}.',
		count: (n: number) => `${n} Antworten`
	},
	quiz: { start: 'Los', steps: ['Eins', 'Zwei'] }
};

describe('auditContent', () => {
	test('a complete translation has nothing to report', () => {
		const report = auditContent(reference, translated);
		expect(Object.values(report).flat()).toEqual([]);
	});

	test('names missing, extra and wrongly typed keys by their path', () => {
		const candidate = {
			site: { name: 'Quizname', footer: 'Nach {title}, {blog}.', count: 'drei', motto: 'x' },
			quiz: { steps: ['Eins'] }
		};
		const audit = auditContent(reference, candidate);
		expect(audit.missing).toEqual(['site.count', 'quiz.start', 'quiz.steps[1]']);
		expect(audit.extra).toEqual(['site.motto']);
	});

	test('lists a part borrowed from English as pending, with every key inside it', () => {
		const candidate = {
			site: { name: 'Quizname', footer: 'Nach „{title}“ aus {blog}.', count: reference.site.count },
			quiz: shared
		};
		const audit = auditContent(reference, candidate);
		expect(audit.pending).toEqual(['site.count', 'quiz']);
		expect(audit.pendingKeys).toEqual([
			'site.count',
			'quiz.start',
			'quiz.steps[0]',
			'quiz.steps[1]'
		]);
	});

	test('flags strings left in English and templates that lost or gained a placeholder', () => {
		const candidate = {
			site: {
				...translated.site,
				name: 'Quiz name',
				footer: 'Nach „{title}“ aus {blogName}.',
				// A copy of the English function, not the same object: left in English, not borrowed.
				count: (n: number) => `${n} answers`
			},
			quiz: { start: 'Los', steps: ['One {n}', 'Zwei'] }
		};
		const audit = auditContent(reference, candidate);
		expect(audit.sameAsEnglish).toEqual(['site.name', 'site.count']);
		expect(audit.placeholders).toEqual(['site.footer', 'quiz.steps[0]']);
	});
});

test('leafKeys lists dotted paths to every leaf', () => {
	expect(leafKeys({ a: { b: 'x', c: ['y', { d: 'z' }] } })).toEqual(['a.b', 'a.c[0]', 'a.c[1].d']);
});
