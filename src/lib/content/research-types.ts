import type { CodingYears, Contact, OrganisationSize, Role } from '$lib/research/options';
import type { SubmitRefusal } from '$lib/research/consent-form';

/**
 * Text for the opt-in research data: the offer on a result, what follows a submission, the
 * deletion link, the research page with its figures and data dictionary, the sentence beside a
 * result once there are norms, and the methodology's paragraph on what is stored.
 */
export interface ResearchText {
	consent: {
		/** The folded offer's summary line. */
		summary: string;
		/** What happens if they send it, in plain words: anonymous, optional, deletable. */
		intro: string;
		/** Above the optional questions. */
		optional: string;
		labels: { role: string; years: string; organisation: string; contact: string };
		/** The preselected choice of each optional question: stores nothing. */
		noAnswer: string;
		roles: Record<Role, string>;
		codingYears: Record<CodingYears, string>;
		organisation: Record<OrganisationSize, string>;
		contact: Record<Contact, string>;
		submit: string;
		/** Link to the research page. */
		more: string;
	};
	joined: {
		title: string;
		added: string;
		/** Above the deletion link: it is shown once, keep it. */
		keepLink: string;
		duplicate: string;
		backToResult: string;
	};
	/** Why a submission was refused; nothing was stored. */
	refused: Record<SubmitRefusal, string>;
	deletion: {
		title: string;
		confirm: string;
		button: string;
		deleted: string;
		/** The link names nothing (wrong, or already used). */
		gone: string;
	};
	page: {
		title: string;
		description: string;
		intro: string;
		/** How many people, and how many submissions were left out as implausible. */
		counts: (n: number, flagged: number) => string;
		downloads: string;
		csv: string;
		json: string;
		licence: string;
		/** “Not enough yet”: `have` of the `need` a figure waits for. */
		notEnough: (have: number, need: number) => string;
		headings: {
			reliability: string;
			retest: string;
			roles: string;
			norms: string;
			questions: string;
			dictionary: string;
			stored: string;
		};
		reliabilityIntro: string;
		/** Column headings of the reliability table. */
		scale: string;
		respondents: string;
		alpha: string;
		omega: string;
		overall: string;
		/** An estimate with its 95 % interval. */
		estimate: (value: number, low: number, high: number) => string;
		retestIntro: (minMonths: number, maxMonths: number) => string;
		retestResult: (pairs: number, r: number, sem: number) => string;
		rolesIntro: string;
		role: string;
		mean: string;
		difference: (d: number, low: number, high: number) => string;
		differenceNotEnough: (engineers: number, programmers: number, need: number) => string;
		percentilesIntro: string;
		percentile: (p: number) => string;
		questionsIntro: string;
		question: string;
		distribution: string;
		notApplicable: string;
		itemRest: string;
		/** The distribution as text: how many gave 0 … 4 points. */
		counts04: (counts: readonly number[]) => string;
		percent: (share: number) => string;
		decimal: (value: number) => string;
		dictionaryIntro: string;
		/** Each column of the CSV, explained. */
		columns: {
			respondent: string;
			bank: string;
			language: string;
			month: string;
			role: string;
			coding_years: string;
			organisation: string;
			contact: string;
			flagged: string;
			questions: string;
		};
	};
	/** Beside a result, once there are enough people to compare with. */
	norms: {
		/** `share` of `n` people placed nearer programmer, with the caveat. */
		percentile: (n: number, share: number) => string;
		/** Dimensions whose measured reliability is under 0.70. */
		rough: (dimensions: readonly string[]) => string;
	};
	/** The methodology's privacy paragraph on research data: exactly what is stored. */
	privacy: (cookie: string, keepDays: number) => string;
}
