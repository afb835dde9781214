/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends, a field quoted when it holds a
 * comma, quote or line break. A leading BOM lets spreadsheet programs read UTF-8 (accents in
 * every language but English) instead of guessing a legacy encoding.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
	return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string | number): string {
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
