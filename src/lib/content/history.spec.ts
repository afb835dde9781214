import { describe, expect, test } from 'vitest';
import { contentFor } from './index';

const [en, de, fr, es, pt] = (['en', 'de', 'fr', 'es', 'pt-BR'] as const).map(
	(locale) => contentFor(locale).history
);

describe('what changed since the earlier result, in words', () => {
	test('both overall scores and the dimension that moved most', () => {
		expect(
			en!.changeSince({
				date: en!.date('2026-03-03'),
				overall: { from: 52, to: 61 },
				biggest: { dimension: 'Environment', delta: 25 }
			})
		).toBe(
			'Since your result of 3 March 2026: overall 52 → 61 (+9); biggest change: Environment, +25.'
		);
		expect(
			de!.changeSince({
				date: de!.date('2026-03-03'),
				overall: { from: 61, to: 52 },
				biggest: { dimension: 'Umfeld', delta: -7 }
			})
		).toBe(
			'Seit deinem Ergebnis vom 3. März 2026: gesamt 61 → 52 (−9); größte Veränderung: Umfeld, −7.'
		);
		expect(
			fr!.changeSince({
				date: fr!.date('2026-03-03'),
				overall: { from: 52, to: 61 },
				biggest: { dimension: 'Environnement', delta: 25 }
			})
		).toBe(
			'Depuis votre résultat du 3 mars 2026\u00a0: global 52 → 61 (+9)\u202f; plus grand changement\u00a0: Environnement, +25.'
		);
	});

	test('an overall position missing on one side or both, and nothing moved', () => {
		const date = en!.date('2026-12-01');
		expect(
			en!.changeSince({
				date,
				overall: { from: 42, to: null },
				biggest: { dimension: 'Scope', delta: 0 }
			})
		).toBe(
			'Since your result of 1 December 2026: overall 42 then, no overall position now; no dimension moved.'
		);
		expect(en!.changeSince({ date, overall: { from: null, to: 56 }, biggest: null })).toBe(
			'Since your result of 1 December 2026: no overall position then, 56 now.'
		);
		expect(en!.changeSince({ date, overall: { from: 42, to: 42 }, biggest: null })).toBe(
			'Since your result of 1 December 2026: overall unchanged at 42.'
		);
		expect(
			es!.changeSince({
				date: es!.date('2026-03-03'),
				overall: { from: null, to: null },
				biggest: null
			})
		).toBe(
			'Desde tu resultado del 3 de marzo de 2026: sin posición global ninguna de las dos veces.'
		);
	});
});

test('list lines, with dates in each language', () => {
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
	// The remove button's accessible name holds its visible text (WCAG 2.5.3).
	for (const t of [en, de, fr, es, pt])
		expect(t!.removeLabel(t!.date('2026-03-03')).toLowerCase()).toContain(t!.remove.toLowerCase());
});
