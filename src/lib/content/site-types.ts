/** Why an error page is shown: it chooses the page's title, explanation and way on. */
export type ErrorKind =
	'not-found' | 'damaged-link' | 'retired-link' | 'bad-request' | 'forbidden' | 'server-error';

export interface ErrorText {
	/** The page's heading and title. */
	title: string;
	/** What happened, in one or two sentences. */
	message: string;
	/** What the person can do now; says that their answers are safe. */
	help: string;
}

/**
 * Text of the chrome around every page. Strings called templates hold `{name}` placeholders
 * that the page fills with markup (see RichText.svelte): keep every placeholder, in the order
 * your language needs. `npm run i18n:missing` checks that no language drops or adds one.
 */
export interface SiteText {
	/** The site's name: the header's home link and the end of every page title. */
	name: string;
	/** A page's `<title>`: its own title, then the site's name. */
	pageTitle: (title: string) => string;
	/** The meta description of a page that has none of its own. */
	description: string;
	/** This language's name in itself, as the language switcher shows it to everyone. */
	languageName: string;
	/** The accessible name of the language switcher. */
	languageSwitcher: string;
	/** The methodology's privacy section on the cookie that remembers a chosen language. */
	languageCookie: (cookie: string, days: number) => string;
	/** The first link on every page, to jump past the header. */
	skipLink: string;
	nav: {
		/** The accessible name of the header's navigation. */
		label: string;
		quiz: string;
		methodology: string;
	};
	footer: {
		/**
		 * Template. `{title}` is the article's title, kept in English, and `{blog}` the blog's
		 * name. Other languages add a gloss of the title in their own words.
		 */
		source: string;
		privacy: string;
	};
	error: {
		/** The small line above an error page's heading, e.g. "Error 404". */
		status: (status: number) => string;
		kinds: Record<ErrorKind, ErrorText>;
		/** The error page's main way on. */
		toQuiz: string;
		home: string;
	};
}
