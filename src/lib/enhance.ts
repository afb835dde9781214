/**
 * Progressive enhancement for pages that work fully without it. The pages are plain
 * server-rendered HTML and forms (`csr = false` outside `npm run dev`); this script only adds
 * what script does better. It is bundled on its own and inlined into the pages it enhances: see
 * src/lib/server/enhance-script.ts.
 */
import { FIELD_ANSWER, FIELD_QUESTION } from '$lib/quiz/step-form';
import type { UpcomingQuestion } from '$lib/quiz/upcoming';

/** Reveals controls that only make sense when this script runs. */
function reveal(element: HTMLElement | null) {
	if (element) element.hidden = false;
}

/** A question as the page carries it: see `UpcomingQuestion` in src/lib/quiz/upcoming.ts. */
type Question = UpcomingQuestion;

/** How long to wait before sending again after a failed send: a second, then longer. */
const RETRY_MS = [1000, 3000, 10000];

/**
 * On a question step. Each answer is a submit button, so one tap answers and moves on without
 * script too. With it, the next question is shown at once from the questions the page carries,
 * the address follows through the history API (so Back, reload and resume work as without it),
 * and each answer is posted to the same form action in the background, in order, one at a time,
 * so every post reads the cookie the one before it wrote. The last answer, a change opened from
 * the result, and any step the page holds no data for are left to the form itself.
 */
function enhanceQuestion(form: HTMLFormElement) {
	const tip = form.querySelector<HTMLElement>('[data-needs-script]');
	// A keyboard tip is for people with a keyboard: shown where the pointer is fine, or once a key is used.
	if (matchMedia('(pointer: fine)').matches) reveal(tip);
	else addEventListener('keydown', () => reveal(tip), { once: true });

	form.addEventListener('keydown', (event) => {
		// Limited to the form, so the digits never act as page-wide single-key shortcuts (WCAG 2.1.4).
		if (event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return;
		const option = form.querySelector<HTMLButtonElement>(`[data-key="${event.key}"]`);
		if (option) {
			event.preventDefault();
			form.requestSubmit(option);
		}
	});

	const questions: Question[] = JSON.parse(form.dataset.upcoming ?? '[]');
	if (!questions[0]) return;
	let current: Question = questions[0];
	const byStep = new Map(questions.map((q) => [q.step, q]));
	const field = form.querySelector<HTMLInputElement>(`[name="${FIELD_QUESTION}"]`)!;
	const heading = form.querySelector<HTMLElement>('#question-heading')!;
	const fieldset = form.querySelector('fieldset')!;
	const options = form.querySelectorAll<HTMLButtonElement>(`button[name="${FIELD_ANSWER}"]`);
	const status = form.querySelector<HTMLElement>('[data-save-status]')!;
	const back = form.querySelector<HTMLButtonElement>('[data-back]');
	const stepAddress = (step: number) => location.pathname.replace(/\d+$/, String(step));

	/** Shows a question in place of the current one, as its own page would. */
	function show(question: Question) {
		current = question;
		field.value = question.id;
		// Posts name their step themselves: the address follows a moment later.
		form.action = `${stepAddress(question.step)}?/next`;
		if (back) back.formAction = `${stepAddress(question.step)}?/back`;
		for (const element of form.querySelectorAll<HTMLElement>('[data-words]'))
			element.textContent = question.words[element.dataset.words!] ?? '';
		for (const option of options)
			option.setAttribute('aria-pressed', String(option.value === question.answer));
		document.getElementById('step-progress-label')!.textContent = question.progress;
		document.querySelector('progress')!.value = question.step - 1;
		document.title = question.title;
		// An error or a notice belonged to the step it came with.
		for (const old of document.querySelectorAll('#answer-error, [data-step-notice]')) old.remove();
		fieldset.classList.remove('invalid');
		fieldset.setAttribute('aria-describedby', 'step-progress-label answer-hint');
		heading.focus();
	}

	/** The address, and the language switcher's links, follow the question shown. */
	function follow(step: number, push: boolean) {
		if (push) history.pushState({ step }, '', stepAddress(step));
		for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="/language/"]')) {
			const address = new URL(link.href);
			address.searchParams.set('to', `/quiz/${step}`);
			link.href = address.pathname + address.search;
		}
	}

	/** Shows a question, and does the rest once it is on screen: the tap waits for nothing else. */
	function go(question: Question, then?: () => unknown) {
		show(question);
		requestAnimationFrame(() =>
			setTimeout(() => {
				follow(question.step, true);
				then?.();
			})
		);
	}

	history.replaceState({ step: current.step }, '');
	addEventListener('popstate', (event) => {
		// Entries without a step are this page's own anchors (the skip link's). After a reload,
		// the steps before it are still this page's entries, but its data starts later.
		const step = event.state?.step;
		if (step === undefined) return;
		const question = byStep.get(step);
		if (!question) return location.reload();
		show(question);
		follow(step, false);
	});

	const unsent: { address: string; body: URLSearchParams }[] = [];
	let sending: Promise<void> | null = null;
	let failures = 0;
	let retry: ReturnType<typeof setTimeout> | undefined;
	/** A post left to the form, held back until every answer before it is saved. */
	let waiting: HTMLButtonElement | null | undefined;
	let native = false;

	/** Sends the unsent answers in order, one at a time, then lets a waiting post go. */
	function send(): Promise<void> {
		clearTimeout(retry);
		sending ??= (async () => {
			while (unsent[0]) {
				try {
					const response = await fetch(unsent[0].address, {
						method: 'POST',
						body: unsent[0].body,
						// SvelteKit answers a form action asked for JSON with its outcome, not a page.
						headers: { accept: 'application/json' },
						credentials: 'same-origin',
						// A send survives the page being left or reloaded.
						keepalive: true
					});
					if (!response.ok || (await response.json()).type !== 'redirect') throw response;
				} catch {
					// Sent again after a pause, and with the next answer. The person hears of it only
					// if it fails again, or at once when a post is waiting for it.
					failures++;
					if (failures > 1 || waiting !== undefined) status.textContent = status.dataset.unsaved!;
					retry = setTimeout(send, RETRY_MS[Math.min(failures, RETRY_MS.length) - 1]);
					return;
				}
				unsent.shift();
				failures = 0;
			}
			status.textContent = '';
			if (waiting !== undefined) {
				native = true;
				form.requestSubmit(waiting);
				native = false;
				waiting = undefined;
			}
		})().finally(() => (sending = null));
		return sending;
	}
	addEventListener('online', () => send());

	function submitWhenSaved(event: SubmitEvent, button: HTMLButtonElement | null) {
		if (native || !unsent.length) return;
		event.preventDefault();
		waiting = button;
		void send();
	}

	form.addEventListener('submit', (event) => {
		const button = event.submitter as HTMLButtonElement | null;
		if (native) return;
		if (button?.hasAttribute('data-back')) {
			const previous = byStep.get(current.step - 1);
			if (!previous) return submitWhenSaved(event, button);
			event.preventDefault();
			return go(previous);
		}
		if (button?.name !== FIELD_ANSWER) return submitWhenSaved(event, button);
		const answered = { ...current, answer: button.value };
		byStep.set(answered.step, answered);
		const next = byStep.get(answered.step + 1);
		// Every earlier step is answered (the server sends no one past an open one): is this the last?
		const finished = [...byStep.values()].every((q) => q.answer !== null);
		if (!next || finished) return submitWhenSaved(event, button);
		event.preventDefault();
		unsent.push({
			address: `${stepAddress(answered.step)}?/next`,
			body: new URLSearchParams({ [FIELD_QUESTION]: answered.id, [FIELD_ANSWER]: answered.answer })
		});
		go(next, send);
	});
}

/** On a result: copy, share and print buttons around the plain share link. */
function enhanceShare(box: HTMLElement) {
	const url = box.dataset.shareUrl ?? location.href;
	const title = box.dataset.shareTitle ?? document.title;
	const status = box.parentElement?.querySelector('[role="status"]');
	const say = (message: string) => {
		if (status) status.textContent = message;
	};

	const copy = box.querySelector<HTMLElement>('[data-action="copy"]');
	// Undefined on plain-HTTP pages other than localhost, and in some older browsers.
	if (copy && navigator.clipboard) {
		reveal(copy);
		copy.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(url);
				say(box.dataset.copied ?? '');
			} catch {
				say(box.dataset.copyBlocked ?? '');
			}
		});
	}

	const share = box.querySelector<HTMLElement>('[data-action="share"]');
	if (share && typeof navigator.share === 'function') {
		reveal(share);
		share.addEventListener('click', () => {
			// Closing the share sheet rejects; that is not an error worth reporting.
			navigator.share({ title, url }).catch(() => {});
		});
	}

	const print = box.querySelector<HTMLElement>('[data-action="print"]');
	if (print) {
		reveal(print);
		print.addEventListener('click', () => window.print());
	}
}

/** The kinds of page this script enhances: each gets a bundle with its own code only. */
export type EnhancedPage = 'question' | 'result';
/** Replaced by vite.config.ts in each bundle, so the minifier drops the other page's code. */
declare const ENHANCED_PAGE: EnhancedPage;

if (ENHANCED_PAGE === 'question') {
	const questionForm = document.querySelector<HTMLFormElement>('form[data-question-form]');
	if (questionForm) enhanceQuestion(questionForm);
} else {
	const shareBox = document.querySelector<HTMLElement>('[data-share-url]');
	if (shareBox) enhanceShare(shareBox);
}
