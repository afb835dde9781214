import { expect, it } from 'vitest';
import { toCsv } from './csv';

it('writes rows with CRLF, quoting only fields that need it, after a UTF-8 BOM', () => {
	expect(
		toCsv([
			['id', 'text', 'value'],
			['q1', 'Plain', 3],
			['q2', 'With, comma', 0],
			['q3', 'Say "hi"\nthen go', '']
		])
	).toBe(
		'\uFEFFid,text,value\r\nq1,Plain,3\r\nq2,"With, comma",0\r\nq3,"Say ""hi""\nthen go",\r\n'
	);
});

it('separates with semicolons where asked, quoting fields that hold one and not commas', () => {
	expect(
		toCsv(
			[
				['id', 'text'],
				['q1', 'With, comma'],
				['q2', 'With; semicolon']
			],
			';'
		)
	).toBe('\uFEFFid;text\r\nq1;With, comma\r\nq2;"With; semicolon"\r\n');
});
