import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { contentFor } from '$lib/content';
import { LOCALES } from '$lib/i18n/locales';

const state = vi.hoisted(() => ({
	page: { status: 500, error: { message: '' } as App.Error, data: {} as Record<string, unknown> }
}));
vi.mock('$app/state', () => state);

const { default: ErrorPage } = await import('./+error.svelte');

function show(status: number, locale: 'en' | 'de', pathLocale: 'de' | null, error: App.Error) {
	Object.assign(state.page, {
		status,
		error,
		data: { locale, pathLocale, t: contentFor(locale) }
	});
	return render(ErrorPage).body;
}

describe('the error page', () => {
	it('shows a 500 in the reader’s language with its message and a way back', () => {
		const body = show(500, 'de', 'de', { message: 'Bei uns ist etwas schiefgelaufen.' });
		expect(body).toContain('Fehler 500');
		expect(body).toContain('Bei uns ist etwas schiefgelaufen.');
		expect(body).toContain('href="/de/quiz"');
		expect(body).toContain('href="/de"');
	});

	it('shows a 404 on a language-free address with links that stay language-free', () => {
		const body = show(404, 'en', null, {
			message: 'There is no such question.',
			kind: 'not-found'
		});
		expect(body).toContain('Page not found');
		expect(body).toContain('There is no such question.');
		expect(body).toContain('href="/quiz"');
		expect(body).toContain('href="/"');
	});
});

describe('the page shown when SvelteKit cannot render one (src/error.html)', () => {
	it('leads home in every language', () => {
		const html = readFileSync('src/error.html', 'utf8');
		const languages = [...html.matchAll(/<a href="\/" lang="([^"]+)">/g)].map((m) => m[1]);
		expect(languages).toEqual([...LOCALES]);
	});
});
