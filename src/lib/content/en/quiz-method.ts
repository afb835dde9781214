import type { QuizText } from '../quiz-types';
import { format, pct, word, Word } from './format';
import { roles } from './quiz-bank';

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
		scale: 'The answer scale and “Doesn’t apply to me”',
		keying: 'Balanced keying',
		formulas: 'The formulas and the explanation’s rules',
		support: 'What a few questions per dimension can and cannot support',
		versions: 'Quiz versions and share links',
		privacy: 'Privacy',
		limits: 'What this quiz is not'
	},
	source: (title, blog, minutes) =>
		`The quiz rests on one short article, “${title}”, published on the blog ${blog} (a ${minutes}-minute read). We do not quote it; these are its distinctions in our own words, each with the end of the line it marks.`,
	poleOf: { programmer: roles.programmer, engineer: roles.engineer, both: 'both roles' },
	dimensionsIntro: (dimensions, questions, perDimension) =>
		`The distinctions are grouped into ${word(dimensions)} dimensions. Each is one line, from a programmer’s habit (0) to a software engineer’s habit (100). There are ${questions} questions, ${format.list(perDimension.map(word))} per dimension, each about one habit you can observe in your own work. The quiz mixes them, so that two questions on one dimension never come one after another. Every question names the distinction it draws on, and a test checks that it is one of its dimension’s.`,
	dimensionEnds: (programmerEnd, engineerEnd) => `At 0: ${programmerEnd}. At 100: ${engineerEnd}.`,
	drawnFrom: (titles) => `Drawn from: ${format.list(titles)}.`,
	table: {
		caption: (dimension) => `Questions on ${dimension}, with the pole each points to and why`,
		number: '#',
		question: 'Question',
		pointsToward: '“Always” points toward',
		distinction: (title) => `Distinction: ${title}`,
		why: 'Why it points there'
	},
	scaleIntro: (size) =>
		`Every question asks how often you do something in your current work or studies, on one ${word(size)}-point scale with a labelled middle. Beside the scale, and apart from it, is one more choice:`,
	scaleTable: { answer: 'Answer', value: 'Value', notScored: 'not scored' },
	scalePoints: (max) =>
		`Each scale answer then gives points toward the software engineer end: the value itself when the question describes an engineer’s habit, and ${max} minus the value when it describes a programmer’s habit. So “Always” to a programmer’s habit gives 0 points, and “Never” to it gives ${max}.`,
	notApplicable: (minShare, minDimensions) =>
		`“Doesn’t apply to me” is for a habit that has no place in your work: a student with no users yet, a freelancer with no product manager, someone who no longer writes code. It gives no points and is simply left out; it is not a disguised “Sometimes”, and it does not count toward straight-lining. A dimension is scored only when at least ${pct(minShare)} of its questions are answered on the scale and at least one of those describes each role’s habit, so that a habit of agreeing still cancels out. Otherwise the result says “not enough answers” for it instead of a score. The overall position needs at least ${word(minDimensions)} scored dimensions; with fewer, the result says so and offers a way back to the questions.`,
	keying:
		'In every dimension, half the questions describe a programmer’s habit and half a software engineer’s habit, and each programmer habit is written as the good practice it is (focus, craft, shipping, building faithfully from a brief), never as the absence of an engineering one. This matters because people tend to agree with statements whatever they say. With balanced questions that tendency cancels out instead of pushing everyone toward one end. A direct consequence, checked by our tests: choosing the same answer for every question gives exactly 50, overall and in every dimension.',
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
		overall: (minDimensions) =>
			`the mean of the unrounded scores of the scored dimensions, given when at least ${word(minDimensions)} are scored`,
		overallNote:
			'Rounded to a whole number, halves up, in exact integer arithmetic. Every scored dimension weighs the same, whatever its number of answers.',
		bandTerm: 'Closest description',
		band: 'A name for the part of the line the rounded position falls in. It describes the position; it is not a category you belong to:',
		bandRow: (band, min, max) => `${band}: ${min} to ${max}`,
		bandNote:
			'The bands mirror each other around 50, and the middle band is as honest a result as either end.',
		effectTerm: 'What moved your position',
		effect: (max, midpoint) =>
			`100 × (its points − ${midpoint}) ÷ (scored dimensions × ${max} × scale answers in its dimension)`,
		effectNote: (maxEffect) =>
			`Each counted answer’s effect, in points: positive toward software engineer, negative toward programmer. The effects add up exactly to the position minus 50. With every question answered, one answer moves the position by at most ${maxEffect} points. Each effect is shown to one decimal, and a half rounds away from zero, so equal effects toward either role read alike.`,
		stepsTerm: 'Distance to another description',
		steps: (near) =>
			`Instead of a range, the result gives an exact figure: the fewest answers that, each moved one step along the scale in the same direction (say from “Often” to “Always”), would give the position another band. Answers marked as not applying stay as they are. Because each step adds a fixed amount to the position, the steps with the largest effect first give the fewest, and the page computes them that way, exactly. When the nearest other band is ${word(near)} steps away or fewer, the result names it.`,
		clearlyTerm: '“Clearly”',
		clearly: (share) =>
			`Said of your overall side only when at least ${pct(share)} of your counted answers would each have to move one step to bring the position into the middle band. A dimension is never called clear: its handful of answers cannot carry that word.`,
		spreadTerm: 'Spread, in words',
		spread: (close, wide) =>
			`The distance between your highest and lowest scored dimension: up to ${close} points, they “agree closely”; from ${wide} points on, they “vary widely”; in between, “moderately”. When some lean toward each role, the result says so. When all of them score the same, there is no spread, and the result says nothing about it.`,
		straightTerm: 'Straight-lining',
		straight: (share) =>
			`If one option makes up ${pct(share)} or more of your answers on the scale, the summary says so: the position then says more about the answering than about your habits. “Doesn’t apply” answers are not counted here.`,
		explainTerm: 'How the explanation is chosen',
		explain: ({ namesPerSide, strongest, lowMax, highMin }) =>
			`A dimension leans the way its rounded score’s band does: toward programmer up to ${lowMax}, toward software engineer from ${highMin}, and in between otherwise. The summary names up to ${word(namesPerSide)} dimensions on each side, strongest first, and any that tie with them. “What moved your position” lists the ${word(strongest)} answers with the largest effect toward each role, in question order on a tie, and says how many more moved it just as much. Next steps go both ways: for a dimension that leans toward programmer, habits of software engineers; for one that leans toward software engineer, programmers’ habits of focus, shipping and craft; strongest lean first.`
	},
	support: (perDimension, dimensions) => [
		`${Word(perDimension)} questions per dimension are enough to say which way your own answers on that dimension lean, and to show which answers did the leaning: that is why each dimension opens to its answers.`,
		`They are not enough to measure a dimension precisely. Moving one answer from one end of the scale to the other moves its dimension by ${pct(1 / perDimension)} of the line, and people answer the same question a little differently from one day to the next, so a retake can shift a dimension by many points and the overall position across a band edge. That is why the result gives the exact number of answer steps to the nearest other description instead of a range, and why no dimension is called clear.`,
		'We have no norms yet: no data on how developers in general answer. So nothing on the result compares you with other people, and no number here is a percentile. A range around the score would need that kind of data (how much the same person’s answers vary between takes), and we will not draw one until real data supports it.',
		`We kept ${word(perDimension)} questions per dimension on purpose. Each question has to describe a distinct habit with a basis in a two-minute article; more, on these ${word(dimensions)} dimensions, would have asked the same thing twice.`
	],
	versions: ({ current, older, scaleSize, digits, notApplicableSince }) =>
		`This is version ${current} of the question bank. A result link holds the version and your answers, packed into a short code with a two-character check, and never the scores: the page recomputes the result each time it is opened. Since version ${notApplicableSince}, each answer is one of ${word(digits)} digits (the ${word(scaleSize)} scale answers and “Doesn’t apply”). A link that was cut short or mistyped fails the check and shows a “damaged link” page rather than someone else’s result. Every version ever served is kept: a link from version ${format.list(older.map(String))} still shows its result, scored with the questions it was answered with, and says that the quiz has changed since.`,
	olderBanks: (version, count) => `The ${count} questions of version ${version}`,
	privacy: (days, codesKept) =>
		`Each answer is sent to our server with its step, because the server works out the next page; it is not stored there. What the quiz keeps, it keeps with you: one cookie in your browser holds your answers so far and the codes of your last ${word(codesKept)} finished results (so your own result links are recognised as yours), and each result link holds the answers it shows. The cookie lasts ${days} days from your last answer; “Start over” clears the answers in it. Anyone else sees your result only if you give them its link. There are no accounts, no analytics, no tracking and no requests to any other site, not even for fonts. Result pages tell browsers not to pass their address on to other sites, because the address holds your answers.`,
	limits:
		'It is a reflection aid built on one article’s distinctions, not a validated psychological test, and not a hiring or career verdict. The roles overlap, every software engineer also writes code, and a programmer result is not a lesser one. Self-reports describe how we see our own habits, which is not always how we work.',
	cta: 'Take the quiz'
};
