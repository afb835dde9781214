/**
 * Progressive enhancement for pages that work fully without it. The pages are plain
 * server-rendered HTML and forms (`csr = false` outside `npm run dev`); this script only adds
 * what script does better. It is bundled on its own and inlined into the pages it enhances: see
 * src/lib/server/enhance-script.ts.
 */
import { SCALE_MAX } from '$lib/quiz/scale';

/** Reveals controls that only make sense when this script runs. */
function reveal(element: HTMLElement | null) {
	if (element) element.hidden = false;
}

/**
 * On a question step: while focus is in the answers, the digit keys choose one (1 for the first).
 * Limited to the form, so the digits never act as page-wide single-key shortcuts (WCAG 2.1.4).
 * Enter already submits.
 */
function enhanceQuestion(form: HTMLFormElement) {
	reveal(form.querySelector<HTMLElement>('[data-needs-script]'));
	form.addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey || !/^[1-9]$/.test(event.key)) return;
		const value = Number(event.key) - 1;
		if (value > SCALE_MAX) return;
		const radio = form.querySelector<HTMLInputElement>(`#answer-${value}`);
		if (radio) {
			radio.checked = true;
			radio.focus();
			event.preventDefault();
		}
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

const questionForm = document.querySelector<HTMLFormElement>('form[data-question-form]');
if (questionForm) enhanceQuestion(questionForm);
const shareBox = document.querySelector<HTMLElement>('[data-share-url]');
if (shareBox) enhanceShare(shareBox);
