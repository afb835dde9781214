import { SCALE_MAX } from '$lib/quiz/scale';
import type { QuizText } from '../quiz-types';
import kit from './kit';
import { roles } from './quiz-bank';

const { fixed, format, pct, quote, word, Word } = kit;

/** The methodology page: every rule, stated from the constants the code uses. */
export const methodology: QuizText['methodology'] = {
	title: 'How the scoring works · Programmer or software engineer?',
	description:
		'The source, the questions and why each points where it does, the exact formulas, what so few questions per dimension can support, and the privacy promise behind the quiz.',
	heading: 'How the scoring works',
	lead: 'Everything the quiz does with your answers is on this page, in the same terms as the code that computes it. The tables and numbers below come from the question bank and the scoring rules themselves, so they cannot drift from what is scored.',
	contents: 'On this page',
	sections: {
		source: 'The source and its distinctions',
		dimensions: 'Dimensions and questions',
		scale: 'The answer line and “Not part of my work”',
		keying: 'Balanced keying',
		formulas: 'The formulas and the explanation’s rules',
		support: 'What a few questions per dimension can and cannot support',
		versions: 'Quiz versions and share links',
		privacy: 'Privacy',
		limits: 'What this quiz is not'
	},
	source: (title, blog, minutes) =>
		`The quiz rests on one short article, ${quote(title)}, published on the blog ${blog} (a ${minutes}-minute read). We do not quote it; these are its distinctions in our own words, each with the end of the line it marks.`,
	sourceLink: 'Read the article itself',
	poleOf: { programmer: roles.programmer, engineer: roles.engineer, both: 'both roles' },
	dimensionsIntro: (dimensions, questions, perDimension) =>
		`The distinctions are grouped into ${word(dimensions)} dimensions. Each is one line, from a programmer’s habit (0) to a software engineer’s habit (100). There are ${questions} questions, ${format.list(perDimension.map((n) => word(n)))} per dimension, each about one habit you can observe in your own work. The quiz mixes them, so that two questions on one dimension never come one after another. Every question names the distinction it draws on, and a test checks that it is one of its dimension’s.`,
	dimensionEnds: (programmerEnd, engineerEnd) => `At 0: ${programmerEnd}. At 100: ${engineerEnd}.`,
	drawnFrom: (titles) => `Drawn from: ${format.list(titles)}.`,
	table: {
		caption: (dimension) => `Questions on ${dimension}, with the pole each points to and why`,
		number: '#',
		question: 'Question',
		pointsToward: '“B” points toward',
		statementA: 'Statement A',
		statementB: 'Statement B',
		distinction: (title) => `Distinction: ${title}`,
		why: 'Why it points there'
	},
	pairIntro: (size) =>
		`Every question of the current version sets two ways of working side by side: statement A and statement B, one from the article’s programmer and one from its software engineer, each as respectable as the other. You place yourself on a ${word(size)}-point line between them: A, rather A, both equally, rather B, or B. Beside the line, and apart from it, is one more choice, “Not part of my work”, and each question says when it is the right one. In half the questions of each dimension the programmer’s way is A, in the other half B. Two fresh reviewers who knew nothing of the scoring rated how desirable each statement sounds, and no pair differs by more than one point on a five-point scale.`,
	model: (p) => [
		`Every figure about how dependable a result is comes from one stated model, until real answers can replace it. It gives every answer’s points (0 to ${SCALE_MAX}) the same spread, a standard deviation of ${fixed(p.itemSd, 2)} points; two answers on one dimension correlate ${fixed(p.within, 2)}, two on different dimensions ${fixed(p.between, 2)}. These are deliberately modest, and they stay so until real answers show otherwise: we would rather understate how dependable a result is.`,
		`From these numbers alone follow the reliability of any score (Cronbach’s α) and its standard error. A dimension of the current version, with all of its questions answered, has α ${fixed(p.dimensionReliability, 2)} and a standard error of ${fixed(p.dimensionError, 1)} points; the overall position, with every question answered, has α ${fixed(p.overallReliability, 2)} and a standard error of ${fixed(p.overallError, 1)} points. Both are recomputed for the answers you actually gave, so “Not part of my work” answers make them a little less certain.`,
		`A dimension is reported on its own only when it has at least ${word(p.minQuestions)} questions and a reliability of at least ${fixed(p.minReliability, 2)} under the model. Two dimensions are called different only when their gap is larger than the model’s error allows (about ${Math.round(p.dimensionGap)} points for two full dimensions); otherwise the result says they are alike.`,
		'A unit test draws thousands of simulated people from the same model and checks that their answers show these correlations, reliabilities and retake rates.'
	],
	scaleTable: { answer: 'Answer', value: 'Value', notScored: 'not scored' },
	scalePoints: (max) =>
		`Each answer then gives points toward the software engineer end: the value itself when statement B is the software engineer’s way, and ${max} minus the value when B is the programmer’s. So choosing the programmer’s statement outright gives 0 points, “Both equally” gives ${max / 2}, and the software engineer’s statement outright gives ${max}.`,
	notApplicable: (minShare, minDimensions) =>
		`“Not part of my work” is for a question whose subject has no place in your work, and each question says when that is: a student with no users yet, someone who always works alone. It gives no points and is simply left out; it is not a disguised “Both equally”, and it does not count toward straight-lining. A dimension is scored only when at least ${pct(minShare)} of its questions are answered on the line, with the programmer’s statement on each side at least once, so that a habit of choosing one side still cancels out. Otherwise the result says “not enough answers” for it instead of a score. The overall position needs at least ${word(minDimensions)} scored dimensions; with fewer, the result says so and offers a way back to the questions.`,
	keying:
		'In every dimension, the programmer’s way of working is statement A in half the questions and statement B in the other half, and both statements are written as the respectable ways of working they are. This matters because people tend to favour one side of a page, or the first statement they read. With balanced questions that tendency cancels out instead of pushing everyone toward one end. A direct consequence, checked by our tests: the same position on every question (all A, all in the middle, all B) gives exactly 50, overall and in every dimension.',
	formulas: {
		dimensionTerm: 'Dimension score',
		dimension: (max) =>
			`100 × (points on its questions answered on the scale) ÷ (${max} × number of those questions)`,
		dimensionNote:
			'0 means every scale answer sat at the programmer end, 100 at the software engineer end. Shown rounded to a whole number, halves up.',
		enoughTerm: 'Enough answers',
		enough: (minShare) =>
			`At least ${pct(minShare)} of the dimension’s questions answered on the scale, with at least one toward each role.`,
		overallTerm: 'Overall position',
		overall: (minDimensions, max) =>
			`100 × (points on every counted answer) ÷ (${max} × counted answers), given when at least ${word(minDimensions)} dimensions are scored; the counted answers are the scale answers of the scored dimensions`,
		overallNote:
			'Rounded to a whole number, halves up, in exact integer arithmetic. Every counted answer weighs the same, wherever it is.',
		bandTerm: 'Closest description',
		band: 'A name for the part of the line the rounded position falls in. It describes the position; it is not a category you belong to:',
		bandRow: (band, min, max) => `${band}: ${min} to ${max}`,
		bandNote:
			'The bands mirror each other around 50, and the middle band is as honest a result as either end.',
		effectTerm: 'What moved your position',
		effect: (max, midpoint) => `100 × (its points − ${midpoint}) ÷ (${max} × counted answers)`,
		effectNote: (maxEffect) =>
			`Each counted answer’s effect, in points: positive toward software engineer, negative toward programmer. The effects add up exactly to the position minus 50. With every question answered, one answer moves the position by at most ${format.decimal(maxEffect)} points. Each effect is shown to one decimal, and a half rounds away from zero, so equal effects toward either role read alike.`,
		stepsTerm: 'Distance to another description',
		steps: (near) =>
			`Instead of a range, the result gives an exact figure: the fewest answers that, each moved one step along the scale in the same direction (say from “Rather B” to “B”), would give the position another band. Answers marked as not applying stay as they are. Every step adds the same amount to the position, so the count is exact. When the nearest other band is ${word(near)} steps away or fewer, the result names it.`,
		retakeTerm: 'The same description on a retake',
		retake:
			'Under the model, a retake of someone with your position lands near it, drawn a little toward the middle by the score’s reliability, and spread by its standard error. The page says how many retakes in ten would give the same description, rounded, and, when it is so, that moving one single answer could change the description.',
		differTerm: 'Alike or different',
		differ: (z) =>
			`Two scores are called different only when their gap is more than ${fixed(z, 2)} standard errors of the gap (the usual 95 % level), from the answers each rests on; otherwise they are alike. The summary compares your highest and lowest reported dimension this way; the comparison page compares people this way.`,
		straightTerm: 'Straight-lining',
		straight: (share) =>
			`If one option makes up ${pct(share)} or more of your answers on the scale, the summary says so: the position then says more about the answering than about your habits. “Not part of my work” answers are not counted here.`,
		explainTerm: 'How the explanation is chosen',
		explain: ({ strongest, lowMax, highMin }) =>
			`A dimension leans the way its rounded score’s band does: toward programmer up to ${lowMax}, toward software engineer from ${highMin}, and in between otherwise. “What moved your position” lists the ${word(strongest)} answers with the largest effect toward each role, in question order on a tie, and says how many more moved it just as much. Next steps go both ways and come from the questions themselves: for a dimension that leans toward programmer, the software engineer’s statements you placed yourself away from; for one that leans toward software engineer, the programmer’s statements; strongest lean first. So no advice ever describes a way of working that scores toward the other end.`
	},
	support: (perDimension, dimensions) => [
		`${Word(perDimension)} questions per dimension, on ${word(dimensions)} dimensions, are what the model needs for a dimension to be dependable enough to report: fewer would leave a retake free to change most of what the result says about a dimension.`,
		'They still measure a way of working roughly. A retake can move a dimension by several points and the overall position across a band edge; that is why the result says how often a retake gives the same description, names a description that one answer could change, and calls two dimensions different only when their gap is beyond the model’s error.',
		'We have no norms yet: no data on how developers in general answer. So nothing on the result compares you with other people, and no number here is a percentile.'
	],
	versions: ({ current, older, scaleSize, digits, notApplicableSince }) =>
		`This is version ${current} of the question bank. A result link holds the version and your answers, packed into a short code with a two-character check, and never the scores: the page recomputes the result each time it is opened. Since version ${notApplicableSince}, each answer is one of ${word(digits)} digits (the ${word(scaleSize)} scale answers and “Doesn’t apply”). A link that was cut short or mistyped fails the check and shows a “damaged link” page rather than someone else’s result. Every version ever served is kept: a link from version ${format.list(older.map(String))} still shows its result, scored with the questions it was answered with, and says that the quiz has changed since.`,
	olderBanks: (version, count) => `The ${count} questions of version ${version}`,
	privacy: (days) =>
		`Each answer is sent to our server with its step, because the server works out the next page; it is not stored there. What the quiz keeps, it keeps with you: one cookie in your browser holds your answers so far, and each result link holds the answers it shows. The cookie lasts ${days} days from your last answer; “Start over” clears the answers in it. Anyone else sees your result only if you give them its link. There are no accounts, no analytics, no tracking and no requests to any other site, not even for fonts. Result pages tell browsers not to pass their address on to other sites, because the address holds your answers.`,
	limits:
		'It is a reflection aid built on one article’s distinctions, not a validated psychological test, and not a hiring or career verdict. The roles overlap, every software engineer also writes code, and a programmer result is not a lesser one. Self-reports describe how we see our own habits, which is not always how we work.',
	cta: 'Take the quiz'
};
