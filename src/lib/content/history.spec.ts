import { describe, expect, test } from 'vitest';
import { LOCALES, type Locale } from '$lib/i18n/locales';
import type { HistoryText } from './history-types';
import { contentFor } from './index';

const history = (locale: Locale) => contentFor(locale).history;

/** One change in `locale`'s words, its date written as that language writes it. */
function changeSince(
	locale: Locale,
	isoDay: string,
	change: Omit<Parameters<HistoryText['changeSince']>[0], 'date'>
) {
	const { changeSince, date } = history(locale);
	return changeSince({ date: date(isoDay), ...change });
}

describe('what changed since the earlier result, in words', () => {
	test.each([
		[
			'en',
			{ overall: { from: 52, to: 61 }, biggest: { dimension: 'Environment', delta: 25 } },
			'Since your result of 3 March 2026: overall 52 → 61 (+9); biggest change: Environment, +25.'
		],
		[
			'de',
			{ overall: { from: 61, to: 52 }, biggest: { dimension: 'Umfeld', delta: -7 } },
			'Seit deinem Ergebnis vom 3. März 2026: gesamt 61 → 52 (−9); größte Veränderung: Umfeld, −7.'
		],
		[
			'fr',
			{ overall: { from: 52, to: 61 }, biggest: { dimension: 'Environnement', delta: 25 } },
			'Depuis votre résultat du 3 mars 2026\u00a0: global 52 → 61 (+9)\u202f; plus grand changement\u00a0: Environnement, +25.'
		],
		[
			'es',
			{ overall: { from: null, to: null }, biggest: null },
			'Desde tu resultado del 3 de marzo de 2026: sin posición global ninguna de las dos veces.'
		]
	] as const)('%s: both overall scores, or neither, with a true minus', (locale, change, text) => {
		expect(changeSince(locale, '2026-03-03', change)).toBe(text);
	});

	test.each([
		[
			{ from: 42, to: null },
			{ dimension: 'Scope', delta: 0 },
			'Since your result of 1 December 2026: overall 42 then, no overall position now; no dimension moved.'
		],
		[
			{ from: null, to: 56 },
			null,
			'Since your result of 1 December 2026: no overall position then, 56 now.'
		],
		[{ from: 42, to: 42 }, null, 'Since your result of 1 December 2026: overall unchanged at 42.']
	] as const)('an overall position missing or unchanged: %o', (overall, biggest, text) => {
		expect(changeSince('en', '2026-12-01', { overall, biggest })).toBe(text);
	});
});

test('list lines, with dates in each language', () => {
	const [en, de, fr, pt] = (['en', 'de', 'fr', 'pt-BR'] as const).map(history);
	expect(en!.entry(en!.date('2026-03-03'), 'In between', 42)).toBe(
		'3 March 2026: In between, 42 of 100'
	);
	expect(pt!.thisResult(pt!.entryWithoutOverall(pt!.date('2026-03-03')))).toBe(
		'3 de março de 2026: sem posição geral (este resultado)'
	);
	expect(de!.unreadable(de!.date('2026-01-05'), 'unknown-version')).toBe(
		'5. Januar 2026: stammt aus einer Version des Quiz, die es nicht mehr gibt'
	);
	// French writes the first of the month as an ordinal, and only the first.
	expect([fr!.date('2026-12-01'), fr!.date('2026-12-11'), fr!.date('2026-12-21')]).toEqual([
		'1er décembre 2026',
		'11 décembre 2026',
		'21 décembre 2026'
	]);
});

test.each(LOCALES)('%s: the remove button’s accessible name holds its visible text', (locale) => {
	// WCAG 2.5.3, Label in Name.
	const t = history(locale);
	expect(t.removeLabel(t.date('2026-03-03')).toLowerCase()).toContain(t.remove.toLowerCase());
});
