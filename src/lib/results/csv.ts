/**
 * CSV as RFC 4180 writes it: CRLF line ends, a field quoted when it holds the separator, a quote
 * or a line break. The separator is a comma, or a semicolon where spreadsheet programs expect
 * one (wherever the decimal mark is a comma). A leading BOM lets them read UTF-8 (accents in
 * every language but English) instead of guessing a legacy encoding.
 */
export function toCsv(
	rows: readonly (readonly (string | number)[])[],
	separator: ',' | ';' = ','
): string {
	const field = (value: string | number) => {
		const text = String(value);
		return text.includes(separator) || /["\r\n]/.test(text)
			? `"${text.replaceAll('"', '""')}"`
			: text;
	};
	return '\uFEFF' + rows.map((row) => row.map(field).join(separator)).join('\r\n') + '\r\n';
}
