import { describe, expect, it } from 'vitest';
import { BANDS, type BandId } from '$lib/quiz/scoring';
import { cardSvg, escapeXml, wrapText } from './card';

const english = {
	site: 'Programmer or software engineer?',
	programmer: 'Programmer',
	engineer: 'Software engineer'
};

function band(id: BandId) {
	const found = BANDS.find((b) => b.id === id);
	if (!found) throw new Error(id);
	return found;
}

/** The text of each <tspan> of the band name, in order. */
function titleLines(svg: string): string[] {
	return [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1] ?? '');
}

describe('share image card', () => {
	it('escapes markup in every text', () => {
		expect(escapeXml(`R&D <"lead"> it's`)).toBe('R&amp;D &lt;&quot;lead&quot;&gt; it&apos;s');
		const svg = cardSvg(
			{ site: 'A & B', band: '<script>', programmer: 'x<y', engineer: 'y>x' },
			band('both')
		);
		expect(svg).toContain('A &amp; B');
		expect(svg).toContain('&lt;script&gt;');
		expect(svg).toContain('x&lt;y');
		expect(svg).toContain('y&gt;x');
		expect(svg).not.toContain('<script>');
	});

	it('wraps a long German band name onto two lines', () => {
		const svg = cardSvg({ ...english, band: 'Eher Software Engineer' }, band('leaning-engineer'));
		expect(titleLines(svg)).toEqual(['Eher Software', 'Engineer']);
		expect(svg).toContain('font-size="80"');
	});

	it('wraps a long French band name onto two lines', () => {
		const svg = cardSvg(
			{ ...english, band: 'Plutôt ingénieur logiciel' },
			band('leaning-engineer')
		);
		expect(titleLines(svg)).toEqual(['Plutôt ingénieur', 'logiciel']);
	});

	it('keeps a short band name on one line', () => {
		expect(titleLines(cardSvg({ ...english, band: 'Dazwischen' }, band('both')))).toEqual([
			'Dazwischen'
		]);
	});

	it('shrinks a name whose one word is too wide for the card', () => {
		expect(wrapText('Softwareentwicklungsingenieur', 80, 1000, 2)).toBeNull();
		const svg = cardSvg({ ...english, band: 'Softwareentwicklungsingenieur' }, band('engineer'));
		expect(titleLines(svg)).toEqual(['Softwareentwicklungsingenieur']);
		expect(svg).toContain('font-size="48"');
	});

	it('refuses a name that cannot fit rather than cutting it off', () => {
		expect(() =>
			cardSvg({ ...english, band: 'Donaudampfschifffahrtsgesellschaftskapitän' }, band('both'))
		).toThrow(/does not fit/);
	});

	it.each([
		['programmer', 195, 100, 190],
		['leaning-programmer', 395, 300, 190],
		['both', 600, 500, 200],
		['leaning-engineer', 805, 710, 190],
		['engineer', 1005, 910, 190]
	] as const)('puts the %s marker at x=%i and shades its region', (id, cx, x, width) => {
		const svg = cardSvg({ ...english, band: 'Band' }, band(id));
		expect(svg).toContain(`<circle cx="${cx}"`);
		expect(svg).toContain(`<rect x="${x}" y="440" width="${width}"`);
	});

	it('labels the left end with the programmer and the right end with the engineer', () => {
		const svg = cardSvg({ ...english, band: 'Band' }, band('both'));
		expect(svg).toMatch(/<text x="100" y="530"[^>]*>Programmer<\/text>/);
		expect(svg).toMatch(/<text x="1100" y="530" text-anchor="end"[^>]*>Software engineer<\/text>/);
	});
});
