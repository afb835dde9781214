/**
 * `npm run og`: writes static/og/<locale>/<band>.png for every language and band, from the
 * same content modules the site uses, and the English set again as static/og/<band>.png, the
 * addresses that links shared before the site had languages still point to.
 *
 * Vite loads the TypeScript content (with the `$lib` alias) without a build; resvg renders the
 * SVG with DejaVu Sans, loaded by file path so that no system font lookup can change the result.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { createServer } from 'vite';

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => `${FONT_DIR}/${file}`);

/** The least room, in pixels, left between the ink and either side of the card. */
const MIN_INK_X = 80;

const missing = FONT_FILES.find((file) => !existsSync(file));
if (missing) {
	console.error(`npm run og: ${missing} not found; install Debian's fonts-dejavu-core package.`);
	process.exit(1);
}

const root = fileURLToPath(new URL('../../../', import.meta.url));
const vite = await createServer({
	root,
	configFile: false,
	logLevel: 'error',
	resolve: { alias: { $lib: `${root}src/lib` } },
	server: { middlewareMode: true },
	appType: 'custom'
});

try {
	const { contentFor } = await vite.ssrLoadModule('/src/lib/content/index.ts');
	const { LOCALES, DEFAULT_LOCALE } = await vite.ssrLoadModule('/src/lib/i18n/locales.js');
	const { BANDS } = await vite.ssrLoadModule('/src/lib/quiz/scoring.ts');
	const { cardSvg, CARD_FONT, CARD_WIDTH } = await vite.ssrLoadModule('/src/lib/og/card.ts');
	/** @param {string} svg */
	const render = (svg) =>
		new Resvg(svg, {
			font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: CARD_FONT }
		});

	for (const locale of LOCALES) {
		const { site, quiz } = contentFor(locale);
		const dir = `${root}static/og/${locale}`;
		await mkdir(dir, { recursive: true });
		for (const band of BANDS) {
			const text = {
				site: site.name,
				band: quiz.bands[band.id],
				programmer: quiz.roleLabels.programmer,
				engineer: quiz.roleLabels.engineer
			};
			// The card estimates text widths; the rendered ink must stay inside the margins.
			const ink = render(cardSvg(text, band, false)).getBBox();
			if (!ink || ink.x < MIN_INK_X || ink.x + ink.width > CARD_WIDTH - MIN_INK_X) {
				throw new Error(`static/og/${locale}/${band.id}.png: text runs past the margins`);
			}
			const png = render(cardSvg(text, band)).render().asPng();
			await writeFile(`${dir}/${band.id}.png`, png);
			if (locale === DEFAULT_LOCALE) await writeFile(`${root}static/og/${band.id}.png`, png);
		}
		console.log(`static/og/${locale}/: ${BANDS.length} images`);
	}
} finally {
	await vite.close();
}
