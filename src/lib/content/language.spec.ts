import { describe, expect, test } from 'vitest';
import { LOCALES } from '$lib/i18n/locales';
import type { LanguageKit } from './language';
import de from './de/kit';
import en from './en/kit';
import fr, { pointsUnit } from './fr/kit';
import ptBR from './pt-BR/kit';

const KITS = import.meta.glob<LanguageKit>('./*/kit.ts', { eager: true, import: 'default' });

test.each(LOCALES)(
	'%s spells out every count up to twelve, and writes larger ones in figures',
	(locale) => {
		const { word } = KITS[`./${locale}/kit.ts`]!;
		for (let n = 0; n <= 12; n++) expect(word(n), `${locale} ${n}`).toMatch(/^\p{L}+$/u);
		expect(word(13)).toBe('13');
	}
);

describe('spelled-out numbers', () => {
	test('take the gender of what they count, where the language inflects them', () => {
		expect([fr.word(1), fr.word(1, 'f'), fr.Word(1, 'f')]).toEqual(['un', 'une', 'Une']);
		expect([ptBR.word(2), ptBR.word(2, 'm'), ptBR.word(0)]).toEqual(['duas', 'dois', 'nenhuma']);
		expect([en.word(0), en.Word(11), de.word(12)]).toEqual(['no', 'Eleven', 'zwölf']);
		expect([de.word(1), de.word(1, 'f'), de.Word(1, 'f')]).toEqual(['eins', 'eine', 'Eine']);
	});
});

test('quotations take each language’s marks and spacing', () => {
	expect([en.quote('Method'), de.quote('Methode'), fr.quote('Méthode')]).toEqual([
		'“Method”',
		'„Methode“',
		'«\u00a0Méthode\u00a0»'
	]);
});

test('French points agree with the figure as shown', () => {
	expect([pointsUnit(-1.5), pointsUnit(1.96), pointsUnit(0.96)]).toEqual([
		'point',
		'points',
		'point'
	]);
	expect([pointsUnit(1.99, 2), pointsUnit(1.996, 2)]).toEqual(['point', 'points']);
});

describe('figures', () => {
	test('signed ones have a true minus sign, and zero no sign', () => {
		expect([en.signed(-7), en.signed(9), en.signed(0)]).toEqual(['−7', '+9', '0']);
		expect([de.format.effect(-1.25), de.format.effect(0.04)]).toEqual(['−1,3', '0,0']);
		expect(en.fixedMinus(-0.256, 2)).toBe('−0.26');
	});

	test('follow each language’s separators and spacing', () => {
		expect([de.int(12500), fr.int(12500), en.int(12500)]).toEqual([
			'12.500',
			'12\u202f500',
			'12,500'
		]);
		expect([fr.pct(0.5), de.pct(0.5), en.pct(0.5)]).toEqual(['50\u00a0%', '50\u00a0%', '50%']);
		expect([fr.fixed(0.7, 2), en.fixed(7.44, 1)]).toEqual(['0,70', '7.4']);
	});

	test('lists, plurals and dates come from the locale', () => {
		expect(en.list(['Scope', 'Method', 'People'])).toBe('Scope, Method and People');
		expect(fr.either(['en', 'fr'])).toBe('en ou fr');
		expect([
			fr.plural(0, { one: 'réponse', other: 'réponses' }),
			en.plural(0, { one: 'answer', other: 'answers' })
		]).toEqual(['réponse', 'answers']);
		expect(de.date('2026-03-03')).toBe('3. März 2026');
	});
});
