import { QUESTIONS, type Question } from './questions';
import type { AnswerValue } from './scale';
import type { Answers } from './scoring';
import { QUESTION_ORDER_BY_VERSION, QUIZ_VERSION } from './versions';

/**
 * A share link carries the answers, never the scores, so a result is always recomputed by the
 * current scoring and cannot be forged by editing a number.
 *
 * Code: `<version>-<payload><check>`, all lower-case base 36.
 * - payload: the answers in that version's question order, read as one base-5 number
 *   (first answer = lowest digit), written in base 36 at a fixed length;
 * - check: two characters, a weighted sum of version and payload, so a mistyped or
 *   truncated link is caught instead of showing someone a different result.
 */

export type ShareCodeError = 'malformed' | 'damaged' | 'unknown-version' | 'retired-version';

export type DecodedShareCode =
	{ ok: true; answers: Answers; version: number } | { ok: false; error: ShareCodeError };

/** Longer than any code we make; anything longer is not worth parsing. */
export const MAX_SHARE_CODE_LENGTH = 48;

const BASE = 36n;
const CHECK_MODULUS = 1291; // a prime below 36²: one changed character always changes the sum

export function encodeShareCode(
	answers: Answers,
	version: number = QUIZ_VERSION,
	orders: Readonly<Record<number, readonly string[]>> = QUESTION_ORDER_BY_VERSION,
	questions: readonly Question[] = QUESTIONS
): string {
	const order = orders[version];
	if (!order) throw new RangeError(`No question order for version ${version}`);
	if (answers.length !== questions.length)
		throw new RangeError('One answer per question is needed');
	const answerById = new Map(questions.map((q, i) => [q.id, answers[i]!]));

	let value = 0n;
	for (let i = order.length - 1; i >= 0; i--) {
		const answer = answerById.get(order[i]!);
		if (answer === undefined)
			throw new RangeError(`Version ${version} has a question the bank lacks`);
		value = value * 5n + BigInt(answer);
	}
	const head = version.toString(36);
	const payload = value.toString(36).padStart(payloadLength(order.length), '0');
	return `${head}-${payload}${checkCharacters(head + payload)}`;
}

export function decodeShareCode(
	input: unknown,
	orders: Readonly<Record<number, readonly string[]>> = QUESTION_ORDER_BY_VERSION,
	questions: readonly Question[] = QUESTIONS
): DecodedShareCode {
	if (typeof input !== 'string' || input.length > MAX_SHARE_CODE_LENGTH) return fail('malformed');
	const match = /^([0-9a-z]{1,3})-([0-9a-z]+)$/.exec(input.toLowerCase());
	if (!match) return fail('malformed');
	const [, head, body] = match as unknown as [string, string, string];

	const version = parseInt(head, 36);
	const order = orders[version];
	if (!order) return fail('unknown-version');

	const length = payloadLength(order.length);
	if (body.length !== length + 2) return fail('damaged');
	const payload = body.slice(0, length);
	if (body.slice(length) !== checkCharacters(head + payload)) return fail('damaged');

	let value = 0n;
	for (const char of payload) value = value * BASE + BigInt(parseInt(char, 36));
	if (value >= 5n ** BigInt(order.length)) return fail('damaged');

	const indexById = new Map(questions.map((q, i) => [q.id, i]));
	if (order.length !== questions.length || !order.every((id) => indexById.has(id))) {
		return fail('retired-version');
	}
	const answers = new Array<AnswerValue>(questions.length);
	for (const id of order) {
		answers[indexById.get(id)!] = Number(value % 5n) as AnswerValue;
		value /= 5n;
	}
	return { ok: true, answers, version };
}

function payloadLength(questionCount: number): number {
	return (5n ** BigInt(questionCount) - 1n).toString(36).length;
}

function checkCharacters(text: string): string {
	let sum = 0;
	for (let i = 0; i < text.length; i++)
		sum = (sum + (i + 1) * parseInt(text[i]!, 36)) % CHECK_MODULUS;
	return sum.toString(36).padStart(2, '0');
}

function fail(error: ShareCodeError): DecodedShareCode {
	return { ok: false, error };
}
