/**
 * The optional questions of the research form: coarse on purpose, so that no combination of
 * answers points to a person. Each is a fixed list of ids; the words are in the content. Not
 * answering, or “rather not say”, stores nothing (null).
 */
export const ROLES = [
	'student',
	'programmer',
	'software-engineer',
	'architect-or-lead',
	'operations',
	'data',
	'other'
] as const;
export type Role = (typeof ROLES)[number];

export const CODING_YEARS = ['under-1', '1-2', '3-5', '6-10', '11-20', 'over-20'] as const;
export type CodingYears = (typeof CODING_YEARS)[number];

/** People in the organisation the person works or studies in. */
export const ORGANISATION_SIZES = [
	'1',
	'2-10',
	'11-50',
	'51-250',
	'251-1000',
	'over-1000'
] as const;
export type OrganisationSize = (typeof ORGANISATION_SIZES)[number];

/** How often they deal with clients or users of what they build. */
export const CONTACT = ['never', 'yearly', 'monthly', 'weekly'] as const;
export type Contact = (typeof CONTACT)[number];

/** The form's value for “rather not say” (and the preselected choice): stores nothing. */
export const NO_ANSWER = '';

export interface OptionalAnswers {
	role: Role | null;
	codingYears: CodingYears | null;
	organisation: OrganisationSize | null;
	contact: Contact | null;
}

/** The optional questions in the form's order, each with its field name and choices. */
export const OPTIONAL_QUESTIONS = [
	{ field: 'role', key: 'role', choices: ROLES },
	{ field: 'years', key: 'codingYears', choices: CODING_YEARS },
	{ field: 'organisation', key: 'organisation', choices: ORGANISATION_SIZES },
	{ field: 'contact', key: 'contact', choices: CONTACT }
] as const;

export type OptionalQuestion = (typeof OPTIONAL_QUESTIONS)[number];
