import type { Cookies } from '@sveltejs/kit';
import { randomBytes } from 'node:crypto';
import type { Locale } from '$lib/i18n/locales';
import { parseConsentForm, type SubmitRefusal } from '$lib/research/consent-form';
import { HourlyLimit } from '$lib/research/rate-limit';
import { RESPONDENT_COOKIE, RESPONDENT_KEEP_DAYS } from '$lib/research/respondent';
import { flagFor, keyedAnswers, monthOf } from '$lib/research/submission';
import { secondsTaken } from '$lib/research/timing';
import { decodeShareCode } from '$lib/quiz/share-code';
import { cookieOptions } from './cookie';
import { appStore } from './db';
import { insertSubmission } from './db/research-store';
import { researchSettings } from './research-settings';
import { forgetFigures } from './research-figures';
import { hashSecret } from './research-submit-hash';
import { readTiming } from './timing-cookie';

/**
 * A consent post, from form to row: what is checked, in which order, and what is stored. The
 * respondent cookie is set only here, after the row is safely in the database.
 */

/** The form is a few hundred bytes; anything much longer is not ours. */
const MAX_BODY_BYTES = 2048;

const settings = researchSettings();
const limit = new HourlyLimit(settings.maxPerHour);

export type SubmitOutcome =
	| { ok: true; added: true; code: string; deleteSecret: string }
	| { ok: true; added: false; code: string }
	| { ok: false; status: number; reason: SubmitRefusal };

const refuse = (status: number, reason: SubmitRefusal): SubmitOutcome => ({
	ok: false,
	status,
	reason
});

export { hashSecret };

export async function submitConsent(event: {
	request: Request;
	cookies: Cookies;
	locale: Locale;
	clientAddress: string;
	secure: boolean;
}): Promise<SubmitOutcome> {
	const { request, cookies } = event;
	if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES)
		return refuse(413, 'too-large');
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		return refuse(400, 'bad-form');
	}
	const parsed = parseConsentForm(form);
	if (!parsed.ok) return refuse(400, parsed.error === 'no-code' ? 'bad-code' : 'bad-form');
	const decoded = decodeShareCode(parsed.form.code);
	if (!decoded.ok) return refuse(400, 'bad-code');
	if (!limit.take(event.clientAddress)) return refuse(429, 'too-many');

	const respondent = cookies.get(RESPONDENT_COOKIE) ?? randomBytes(16).toString('base64url');
	const deleteSecret = randomBytes(32).toString('base64url');
	const { optional } = parsed.form;
	let outcome;
	try {
		const store = await appStore();
		outcome = await insertSubmission(store, {
			respondent,
			bank: decoded.bank.version,
			language: event.locale,
			month: monthOf(new Date()),
			role: optional.role,
			coding_years: optional.codingYears,
			organisation: optional.organisation,
			contact: optional.contact,
			answers: keyedAnswers(decoded.answers, decoded.bank),
			flag: flagFor(
				decoded.answers,
				decoded.bank,
				secondsTaken(readTiming(cookies)),
				settings.minSeconds
			),
			delete_hash: hashSecret(deleteSecret)
		});
	} catch (error) {
		console.error(
			'Research submission not stored:',
			error instanceof Error ? error.message : error
		);
		return refuse(503, 'unavailable');
	}
	cookies.set(RESPONDENT_COOKIE, respondent, cookieOptions(event.secure, RESPONDENT_KEEP_DAYS));
	const code = parsed.form.code;
	if (outcome === 'duplicate') return { ok: true, added: false, code };
	forgetFigures();
	return { ok: true, added: true, code, deleteSecret };
}

/** Whether a deletion link's secret has the shape we make (43 base64url characters). */
export function isSecretShaped(secret: string): boolean {
	return /^[A-Za-z0-9_-]{43}$/.test(secret);
}
