/**
 * Text broken into lines of at most `max` characters, at spaces, for SVG text, which never wraps
 * by itself; a word longer than a line is cut across lines. The charts keep `max` low enough for
 * the narrowest phone, so a long name or list wraps instead of running off the drawing.
 */
export function wrapLines(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		let chars = [...word];
		if (line && [...line].length + 1 + chars.length <= max) {
			line += ` ${word}`;
			continue;
		}
		if (line) lines.push(line);
		while (chars.length > max) {
			lines.push(chars.slice(0, max).join(''));
			chars = chars.slice(max);
		}
		line = chars.join('');
	}
	if (line) lines.push(line);
	return lines;
}
