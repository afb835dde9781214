import type { SiteText } from '../site-types';

const name = 'Programmer or software engineer?';
const answersKept = 'Any answers you have given are kept in your browser.';
const linkHelp =
	'If this was your own result, it is still on the home page under “See your last result”. Otherwise, ask the person who shared it for the whole link again, or take the quiz yourself.';

export const site: SiteText = {
	name,
	pageTitle: (title) => `${title} · ${name}`,
	description:
		'A short, private quiz about how you work: see where your habits place you between programmer and software engineer, and why. Nothing is stored on the server.',
	languageName: 'English',
	languageSwitcher: 'Language',
	languageCookie: (cookie, days) =>
		`A third cookie, ${cookie}, is set only when you choose a language with the language switcher. It holds that language’s code and nothing else, so that addresses without a language, such as the home page or a shared result link, open in it on your later visits. It lasts ${days} days.`,
	skipLink: 'Skip to content',
	nav: {
		label: 'Site',
		quiz: 'The quiz',
		methodology: 'How the scoring works'
	},
	footer: {
		source: 'Based on the article “{title}” on the blog {blog}, in our own words.',
		privacy:
			'Private by design: your answers are kept only in your browser and in the links you choose to share. Our server reads each one to show the next step and stores nothing, and nothing is sent anywhere else.'
	},
	error: {
		status: (status) => `Error ${status}`,
		toQuiz: 'Go to the quiz',
		home: 'Home page',
		kinds: {
			'not-found': {
				title: 'Page not found',
				message: 'There is no page at this address.',
				help: `Check the address, or go back to the quiz. ${answersKept}`
			},
			'damaged-link': {
				title: 'This result link is damaged',
				message:
					'This result link is damaged or incomplete, so it cannot show a result. It may have been cut short when it was copied.',
				help: linkHelp
			},
			'retired-link': {
				title: 'This result link is from an older quiz',
				message:
					'This result link comes from an earlier version of the quiz whose questions have since changed, so it can no longer be scored fairly.',
				help: linkHelp
			},
			'bad-request': {
				title: 'That request did not work',
				message: 'The request was not in a form this site understands, so nothing was changed.',
				help: `${answersKept} You can pick up where you left off.`
			},
			forbidden: {
				title: 'That request was refused',
				message:
					'It did not come from a page on this site, so it was refused and nothing was changed.',
				help: `${answersKept} You can pick up where you left off.`
			},
			'server-error': {
				title: 'Something went wrong',
				message: 'Something went wrong on our side.',
				help: `${answersKept} Please try again in a moment.`
			}
		}
	}
};
