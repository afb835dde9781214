import { BANKS, type Bank } from './banks';
import { NOT_APPLICABLE, SCALE_SIZE, isScaleValue, type Answer } from './scale';
import type { Answers } from './scoring';

/**
 * A share link carries the answers, never the scores, so a result is always recomputed and
 * cannot be forged by editing a number. It names its bank's version, and every bank ever served
 * is kept (banks/), so every link ever shared keeps its meaning.
 *
 * Code: `<version>-<payload><check>`, all lower-case base 36.
 * - payload: the answers in the bank's order, read as one number in base `radixOf(bank)`
 *   (first answer = lowest digit), written in base 36 at a fixed length. A digit is the scale
 *   value; from version 2 on, the digit SCALE_SIZE means “Doesn't apply to me” (so base 6);
 * - check: two characters, a weighted sum of version and payload, so a mistyped or truncated
 *   link is caught instead of showing someone a different result.
 */

export type ShareCodeError = 'malformed' | 'damaged' | 'unknown-version';

export type DecodedShareCode =
	{ ok: true; answers: Answers; bank: Bank } | { ok: false; error: ShareCodeError };

/** Longer than any code we make; anything longer is not worth parsing. */
export const MAX_SHARE_CODE_LENGTH = 48;

const CHECK_MODULUS = 1291; // a prime below 36²: one changed character always changes the sum

/** Digits per answer: the scale, plus one for “Doesn't apply” where the bank offered it. */
export function radixOf(bank: Bank): number {
	return SCALE_SIZE + (bank.allowsNotApplicable ? 1 : 0);
}

function digitOf(answer: Answer): number {
	return answer === NOT_APPLICABLE ? SCALE_SIZE : answer;
}

export function encodeShareCode(answers: Answers, bank: Bank): string {
	if (answers.length !== bank.questions.length)
		throw new RangeError('One answer per question is needed');
	const radix = BigInt(radixOf(bank));
	let value = 0n;
	for (let i = answers.length - 1; i >= 0; i--) {
		const answer = answers[i]!;
		if (answer === NOT_APPLICABLE ? !bank.allowsNotApplicable : !isScaleValue(answer))
			throw new RangeError(`Answer ${String(answer)} is not one version ${bank.version} offered`);
		value = value * radix + BigInt(digitOf(answer));
	}
	const head = bank.version.toString(36);
	const payload = value.toString(36).padStart(payloadLength(bank), '0');
	return `${head}-${payload}${checkCharacters(head + payload)}`;
}

export function decodeShareCode(
	input: unknown,
	banks: Readonly<Record<number, Bank>> = BANKS
): DecodedShareCode {
	if (typeof input !== 'string' || input.length > MAX_SHARE_CODE_LENGTH) return fail('malformed');
	const match = /^([0-9a-z]{1,3})-([0-9a-z]+)$/.exec(input.toLowerCase());
	if (!match) return fail('malformed');
	const [, head, body] = match as unknown as [string, string, string];

	const version = parseInt(head, 36);
	const bank = Object.hasOwn(banks, version) ? banks[version] : undefined;
	if (!bank || bank.version !== version) return fail('unknown-version');

	const length = payloadLength(bank);
	if (body.length !== length + 2) return fail('damaged');
	const payload = body.slice(0, length);
	if (body.slice(length) !== checkCharacters(head + payload)) return fail('damaged');

	let value = 0n;
	for (const char of payload) value = value * 36n + BigInt(parseInt(char, 36));
	const radix = BigInt(radixOf(bank));
	if (value >= radix ** BigInt(bank.questions.length)) return fail('damaged');

	const answers = bank.questions.map((): Answer => {
		const digit = Number(value % radix);
		value /= radix;
		return digit === SCALE_SIZE ? NOT_APPLICABLE : (digit as Answer);
	});
	return { ok: true, answers, bank };
}

function payloadLength(bank: Bank): number {
	return (BigInt(radixOf(bank)) ** BigInt(bank.questions.length) - 1n).toString(36).length;
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
