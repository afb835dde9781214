/**
 * Translated sentences that hold markup (a link, an emphasised word, a title in another
 * language) are templates: `Based on the article “{title}” on the blog {blog}.` Each language
 * puts the `{placeholders}` where its grammar needs them, and RichText.svelte fills them with
 * markup; no sentence is assembled from pieces.
 */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

export type TemplatePart = { text: string; slot?: undefined } | { slot: string; text?: undefined };

/** `'a {b} c'` → text 'a ', slot 'b', text ' c'. Braces that name nothing stay text. */
export function parseTemplate(template: string): TemplatePart[] {
	const parts: TemplatePart[] = [];
	let last = 0;
	for (const match of template.matchAll(PLACEHOLDER)) {
		if (match.index > last) parts.push({ text: template.slice(last, match.index) });
		parts.push({ slot: match[1]! });
		last = match.index + match[0].length;
	}
	if (last < template.length) parts.push({ text: template.slice(last) });
	return parts;
}

/** The `{placeholders}` of a template, sorted: `'“{title}” on {blog}'` → ['blog', 'title']. */
export function placeholdersOf(template: string): string[] {
	return parseTemplate(template)
		.flatMap((part) => (part.slot ? [part.slot] : []))
		.sort();
}
