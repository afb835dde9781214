// Progressive enhancement for pages that work fully without it. No framework: the pages are
// plain server-rendered HTML and forms, and this file only adds what script can do better.

/** Reveals controls that only make sense when this script runs. */
function reveal(element) {
	if (element) element.hidden = false;
}

/**
 * On a question step: while focus is in the answers, 1–5 choose one. Limited to the form, so
 * the digits never act as page-wide single-key shortcuts (WCAG 2.1.4). Enter already submits.
 */
function enhanceQuestion(form) {
	reveal(form.querySelector('[data-needs-script]'));
	form.addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey || !/^[1-5]$/.test(event.key)) return;
		const radio = form.querySelector(`#answer-${Number(event.key) - 1}`);
		if (radio) {
			radio.checked = true;
			radio.focus();
			event.preventDefault();
		}
	});
}

/** On a result: copy, share and print buttons around the plain share link. */
function enhanceShare(box) {
	const url = box.dataset.shareUrl;
	const title = box.dataset.shareTitle;
	const status = box.parentElement.querySelector('[role="status"]');
	const say = (message) => {
		if (status) status.textContent = message;
	};

	const copy = box.querySelector('[data-action="copy"]');
	if (copy && navigator.clipboard) {
		reveal(copy);
		copy.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(url);
				say('Link copied.');
			} catch {
				say('Copying was blocked by the browser. Select the link above and copy it instead.');
			}
		});
	}

	const share = box.querySelector('[data-action="share"]');
	if (share && typeof navigator.share === 'function') {
		reveal(share);
		share.addEventListener('click', () => {
			// Closing the share sheet rejects; that is not an error worth reporting.
			navigator.share({ title, url }).catch(() => {});
		});
	}

	const print = box.querySelector('[data-action="print"]');
	if (print) {
		reveal(print);
		print.addEventListener('click', () => window.print());
	}
}

const questionForm = document.querySelector('form[data-question-form]');
if (questionForm) enhanceQuestion(questionForm);
const shareBox = document.querySelector('[data-share-url]');
if (shareBox) enhanceShare(shareBox);
