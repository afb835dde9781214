import type { Band } from '$lib/quiz/scoring';

/**
 * The share image of one band in one language, as an SVG string: the site's name, the band's
 * name, and a spectrum bar with the band's region, a marker at its middle and the two poles'
 * labels. Pure, so that a unit test can read it; `generate.js` renders it to PNG with resvg.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The font family the generator loads from Debian's fonts-dejavu-core. */
export const CARD_FONT = 'DejaVu Sans';

const MARGIN = 100;
const CONTENT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const BAR_Y = 440;
const BAR_HEIGHT = 24;
const TITLE_SIZES = [80, 72, 64, 56, 48];
const TITLE_MAX_LINES = 2;

export interface CardText {
	/** The site's name, as the header shows it. */
	site: string;
	/** The band's name. */
	band: string;
	/** The labels of the bar's two ends. */
	programmer: string;
	engineer: string;
}

/**
 * Advance widths of DejaVu Sans Bold, in ems, rounded up. The card cannot measure text
 * without the font, so it estimates from these (generous) widths; accents are measured as
 * their base letter, and anything else as a wide letter.
 */
const BOLD_WIDTHS: Record<string, number> = {
	' ': 0.35,
	a: 0.68,
	b: 0.72,
	c: 0.6,
	d: 0.72,
	e: 0.68,
	f: 0.44,
	g: 0.72,
	h: 0.72,
	i: 0.35,
	j: 0.35,
	k: 0.67,
	l: 0.35,
	m: 1.05,
	n: 0.72,
	o: 0.69,
	p: 0.72,
	q: 0.72,
	r: 0.5,
	s: 0.6,
	t: 0.48,
	u: 0.72,
	v: 0.66,
	w: 0.93,
	x: 0.65,
	y: 0.66,
	z: 0.59,
	I: 0.38,
	J: 0.38,
	M: 1.0,
	W: 1.11,
	'?': 0.59,
	'¿': 0.59,
	'!': 0.44,
	'¡': 0.44,
	'.': 0.38,
	',': 0.38,
	'-': 0.42,
	'’': 0.38,
	"'": 0.33
};
const UPPER_WIDTH = 0.8;
const OTHER_WIDTH = 0.8;

/** Estimated width of `text` in DejaVu Sans Bold at `fontSize` pixels (an upper bound for Book). */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) {
		const base = char.normalize('NFD').charAt(0);
		ems += BOLD_WIDTHS[base] ?? (/\p{Lu}/u.test(base) ? UPPER_WIDTH : OTHER_WIDTH);
	}
	return ems * fontSize;
}

/**
 * Breaks `text` between words into lines no wider than `maxWidth`; null when it needs more
 * than `maxLines` lines, or one word alone is too wide.
 */
export function wrapText(
	text: string,
	fontSize: number,
	maxWidth: number,
	maxLines: number
): string[] | null {
	const lines: string[] = [];
	for (const word of text.trim().split(/\s+/)) {
		const last = lines.at(-1);
		if (last !== undefined && textWidth(`${last} ${word}`, fontSize) <= maxWidth) {
			lines[lines.length - 1] = `${last} ${word}`;
		} else if (textWidth(word, fontSize) <= maxWidth) {
			lines.push(word);
		} else {
			return null;
		}
	}
	return lines.length <= maxLines ? lines : null;
}

/** The largest size (and its lines) at which `text` fits, down to the smallest size given. */
function fit(text: string, sizes: readonly number[], maxWidth: number, maxLines: number) {
	for (const size of sizes) {
		const lines = wrapText(text, size, maxWidth, maxLines);
		if (lines) return { size, lines };
	}
	throw new Error(
		`Share image: "${text}" does not fit in ${maxLines} line(s) at ${sizes.at(-1)}px`
	);
}

export function escapeXml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&apos;');
}

/** Where the marker sits, in score points: the middle of the band's range. */
export function markerScore(band: Band): number {
	return (band.min + band.max) / 2;
}

/** The x coordinate, in pixels, of a score on the bar. */
export function barX(score: number): number {
	return MARGIN + (CONTENT_WIDTH * score) / 100;
}

/**
 * @param background false leaves the page colour out, so that the generator can measure
 *   where the ink is from the rendering's bounding box.
 */
export function cardSvg(text: CardText, band: Band, background = true): string {
	const site = fit(text.site, [36, 32, 28], CONTENT_WIDTH, 1);
	const title = fit(text.band, TITLE_SIZES, CONTENT_WIDTH, TITLE_MAX_LINES);
	// Both labels share one line, with a gap between them.
	const labelSizes = [32, 28, 24].filter(
		(size) =>
			textWidth(text.programmer, size) + textWidth(text.engineer, size) <= CONTENT_WIDTH - 40
	);
	const labelSize = labelSizes[0] ?? 20;
	const lineHeight = Math.round(title.size * 1.19);
	const titleLines = title.lines
		.map((line, i) => `<tspan x="${MARGIN}" y="${215 + i * lineHeight}">${escapeXml(line)}</tspan>`)
		.join('');
	const regionStart = barX(band.min);
	const regionEnd = barX(band.max);
	const marker = barX(markerScore(band));

	return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
${background ? `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#f7f7f6"/>` : ''}
<text x="${MARGIN}" y="105" font-family="${CARD_FONT}" font-weight="bold" font-size="${site.size}" fill="#4a4e58">${escapeXml(text.site)}</text>
<text font-family="${CARD_FONT}" font-weight="bold" font-size="${title.size}" fill="#1b1b1b">${titleLines}</text>
<clipPath id="bar"><rect x="${MARGIN}" y="${BAR_Y}" width="${CONTENT_WIDTH}" height="${BAR_HEIGHT}" rx="${BAR_HEIGHT / 2}"/></clipPath>
<g clip-path="url(#bar)">
<rect x="${MARGIN}" y="${BAR_Y}" width="${CONTENT_WIDTH}" height="${BAR_HEIGHT}" fill="#dfe1e5"/>
<rect x="${regionStart}" y="${BAR_Y}" width="${regionEnd - regionStart}" height="${BAR_HEIGHT}" fill="#bfc3ca"/>
</g>
<circle cx="${marker}" cy="${BAR_Y + BAR_HEIGHT / 2}" r="24" fill="#1f4fd8" stroke="#ffffff" stroke-width="4"/>
<text x="${MARGIN}" y="530" font-family="${CARD_FONT}" font-size="${labelSize}" fill="#4a4e58">${escapeXml(text.programmer)}</text>
<text x="${MARGIN + CONTENT_WIDTH}" y="530" text-anchor="end" font-family="${CARD_FONT}" font-size="${labelSize}" fill="#4a4e58">${escapeXml(text.engineer)}</text>
</svg>
`;
}
