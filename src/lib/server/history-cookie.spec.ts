import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { V3_BANK } from '$lib/quiz/banks/v3';
import type { Saved } from '$lib/quiz/progress';
import type { Answer } from '$lib/quiz/scale';
import { recordFinished, writeHistory } from './history-cookie';

/** Just enough of SvelteKit's cookie jar to see what is set and deleted, and with which options. */
function jar(initial?: string) {
	const calls: { name: string; value: string | null; options: Record<string, unknown> }[] = [];
	let value = initial;
	const cookies = {
		get: (name: string) => (name === 'results_history' ? value : undefined),
		set: (name: string, v: string, options: Record<string, unknown>) => {
			value = v;
			calls.push({ name, value: v, options });
		},
		delete: (name: string, options: Record<string, unknown>) => {
			value = undefined;
			calls.push({ name, value: null, options });
		}
	} as unknown as Cookies;
	return { cookies, calls };
}

const saved = (progress: Saved['progress']): Saved => ({ bank: V3_BANK, progress });
/** Two finished sets of version-3 answers, one “doesn't apply” apart. */
const ON_CALL: Answer[] = V3_BANK.questions.map((_, i) => (i % 5) as Answer);
const WITH_SKIPS: Answer[] = ON_CALL.map((a, i) => (i === 3 ? 'na' : a));
const unfinished = saved(ON_CALL.map((a, i) => (i === ON_CALL.length - 1 ? null : a)));
const onCall = '3-6rd4k6rd4k6rd4k6jz';
const withSkips = '3-6rd4k6rd4k6rd4w6pb';
const moment = new Date('2026-03-03T12:00:00Z');

describe('recording a finished quiz', () => {
	it('puts the new result first with the day, in a year-long, httpOnly, Lax cookie', () => {
		const { cookies, calls } = jar(`${withSkips}_20260101`);
		recordFinished(cookies, unfinished, saved(ON_CALL), true, moment);
		expect(calls).toEqual([
			{
				name: 'results_history',
				value: `${onCall}_20260303.${withSkips}_20260101`,
				options: {
					path: '/',
					httpOnly: true,
					sameSite: 'lax',
					secure: true,
					maxAge: 365 * 24 * 60 * 60
				}
			}
		]);
	});

	it('replaces the result whose answer was changed', () => {
		const { cookies, calls } = jar(`${onCall}_20260101`);
		recordFinished(cookies, saved(ON_CALL), saved(WITH_SKIPS), false, moment);
		expect(calls.map((c) => c.value)).toEqual([`${withSkips}_20260303`]);
	});

	it('writes nothing while questions are open, or when a finished quiz is stepped through unchanged', () => {
		const { cookies, calls } = jar(`${onCall}_20260101`);
		recordFinished(cookies, saved([]), unfinished, false, moment);
		recordFinished(cookies, saved(ON_CALL), saved(ON_CALL), false, moment);
		expect(calls).toEqual([]);
	});
});

it('deletes the cookie when the list is empty', () => {
	const { cookies, calls } = jar(`${onCall}_20260101`);
	writeHistory(cookies, [], false);
	expect(calls).toEqual([
		{
			name: 'results_history',
			value: null,
			options: { path: '/', httpOnly: true, sameSite: 'lax', secure: false }
		}
	]);
});
