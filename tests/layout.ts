import type { Locator } from '@playwright/test';

/**
 * Every piece of text inside `box` that is drawn, even in part, outside the box's own edges: a
 * chart label cut off at the side of its SVG, or a name running past its figure. Measured by text
 * node, so it holds for SVG text and HTML alike.
 */
export async function textOutside(box: Locator): Promise<string[]> {
	return box.evaluate((element) => {
		const edge = element.getBoundingClientRect();
		const outside: string[] = [];
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (!node.textContent?.trim()) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			const r = range.getBoundingClientRect();
			if (r.left < edge.left - 1 || r.right > edge.right + 1) outside.push(node.textContent);
		}
		return outside;
	});
}
