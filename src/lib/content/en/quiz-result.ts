import type { BandId } from '$lib/quiz/scoring';
import type { QuizText } from '../quiz-types';
import kit from './kit';
import { roles } from './quiz-bank';

const { format, plural, quote, word, Word } = kit;

/** The result page. Each sentence appears once on it. */

const SITE = 'Programmer or software engineer?';

const answers = (n: number) => plural(n, { one: 'answer', other: 'answers' });
/** Where the position sits, as a verb phrase: “lean toward software engineer”. */
function position(band: BandId): string {
	switch (band) {
		case 'both':
			return 'sit in the middle band';
		case 'leaning-engineer':
			return `lean toward ${roles.engineer}`;
		case 'leaning-programmer':
			return `lean toward ${roles.programmer}`;
		case 'engineer':
			return `sit at the ${roles.engineer} end`;
		case 'programmer':
			return `sit at the ${roles.programmer} end`;
	}
}

export const result: QuizText['result'] = {
	title: (band, score) =>
		band === null || score === null
			? `Not enough answers for a result · ${SITE}`
			: `${band}: ${score} of 100 · ${SITE}`,
	kicker: { own: 'Your result', shared: 'A shared result' },
	printSuffix: `in ${quote(SITE)}`,
	headline: (band) => `Closest description: ${band}`,
	headlineNotEnough: 'Not enough answers for an overall position',
	sharedNotice:
		'Someone shared these answers with you; the text speaks to the person who gave them.',
	olderVersion: (version) =>
		`Made with version ${version} of the quiz, whose questions have changed since; shown with the questions it was answered with.`,
	takeCurrent: 'Take the current version',
	position: {
		label: `Position between ${roles.programmer} (0) and ${roles.engineer} (100)`,
		value: (score) => `${score} of 100`
	},
	summary: (s) => {
		const at = `At ${s.score} of 100, your answers ${position(s.band)}`;
		switch (s.kind) {
			case 'differ':
				return `${at}. They lean further toward ${roles.engineer} in ${format.list(s.higher.map(quote))} than in ${format.list(s.lower.map(quote))}: a gap larger than a retake would be expected to open.`;
			case 'alike':
				return `${at}. Your dimensions are alike: the gaps between them are within what a retake could change.`;
			case 'overall-only':
				return `${at}.`;
			case 'straight-lined': {
				const l = s.straightLining!;
				return `${at}, but ${l.count === l.of ? `all ${l.of} of your answers` : `${l.count} of your ${l.of} answers`} were ${quote(l.answer)}, so this says more about how you answered than about how you work.`;
			}
			case 'not-enough':
				return '';
		}
	},
	notEnough: (scored, total, needed) =>
		scored === 0
			? `None of your ${word(total)} dimensions has enough answers to be scored, and an overall position needs at least ${word(needed)}.`
			: `Only ${word(scored)} of your ${word(total)} dimensions ${scored === 1 ? 'has' : 'have'} enough answers to be scored, and an overall position needs at least ${word(needed)}.`,
	revisit: 'Go back to the questions',
	closeness: {
		near: (steps, toward, band) =>
			steps === 1
				? `One answer moved one step toward ${toward} would make the closest description ${quote(band)}.`
				: `${Word(steps)} answers, each moved one step toward ${toward}, would make the closest description ${quote(band)}.`,
		nearBoth: (steps, towardEngineer, towardProgrammer) =>
			`${steps === 1 ? 'One answer moved one step' : `${Word(steps)} answers, each moved one step,`} would change the closest description: toward ${roles.engineer} to ${quote(towardEngineer)}, toward ${roles.programmer} to ${quote(towardProgrammer)}.`,
		oneAnswer: 'A single answer, moved far enough along its line, could change this description.'
	},
	changedAnswer: ({ before, after, bandBefore, bandAfter }) => {
		const figures =
			before === null || after === null
				? ''
				: before === after
					? ` The overall position stays at ${after}.`
					: ` Overall: ${before} → ${after}.`;
		const bands =
			bandBefore !== null && bandAfter !== null && bandBefore !== bandAfter
				? ` Closest description: ${quote(bandBefore)} → ${quote(bandAfter)}.`
				: '';
		return `Your changed answer is saved.${figures}${bands}`;
	},
	retake: (inTen, band) =>
		`Under the model on the methodology page, people with answers like yours get ${quote(band)} again on a retake about ${inTen} times in 10.`,
	roughDimensions: (perDimension) =>
		`This version had only ${word(perDimension)} questions per dimension: too few for a dependable score of each. Read the dimensions below as rough.`,

	answered: (answered, skipped, total) =>
		skipped === 0
			? `You answered all ${total} questions on the scale.`
			: `You answered ${answered} of ${total} questions on the scale and marked ${skipped} as not applying to you; those are not scored.`,
	chart: {
		caption: `Each dimension’s position, from ${roles.programmer} (left) to ${roles.engineer} (right)`,
		notEnough: 'not enough answers'
	},
	dimensionsHeading: 'Your dimensions',
	dimensionLine: (name, score, lean) =>
		score === null || lean === null ? `${name}: not enough answers` : `${name}: ${score}, ${lean}`,
	leanWords: {
		programmer: `leaning ${roles.programmer}`,
		engineer: `leaning ${roles.engineer}`,
		balanced: 'in between'
	},
	notEnoughInDimension: (answered, needed, total) =>
		`Not scored: ${answered} of its ${total} questions ${answered === 1 ? 'was' : 'were'} answered on the scale, and it needs at least ${needed}.`,
	missingSide: (role) =>
		`Not scored: none of the questions you answered here describes a ${role}’s habit, so a habit of agreeing could not cancel out.`,
	whatItMeasures: 'What it measures',
	inTheArticle: 'In the article',
	yourAnswers: 'Your answers, strongest first',
	youAnswered: (answer) => `You answered: ${answer}`,
	effect: (points) => `${format.effect(points)} points`,
	notCounted: 'not counted',
	change: 'Change',
	changeLabel: (step) => `Change your answer to question ${step}`,
	movedHeading: 'What moved your position',
	movedIntro:
		'Every counted answer moves your position a little away from 50, in points on the line from 0 to 100. These moved it most.',
	toward: { engineer: `Toward ${roles.engineer}`, programmer: `Toward ${roles.programmer}` },
	noneToward: 'No answer pushed this way.',
	tiedBeyond: (count, points) =>
		`${Word(count)} more ${answers(count)} moved it by the same ${format.effect(points)}; each dimension lists its own.`,
	nextHeading: 'Next steps, both ways',
	nextIntro: {
		engineer: (role) =>
			`Where you lean toward ${role}, habits that software engineers rely on, worth trying:`,
		programmer: (role) =>
			`Where you lean toward ${role}, habits of focus, shipping and craft that programmers rely on, worth taking up:`
	},
	nextNone:
		'None of your dimensions leans either way, so there is no habit to suggest: you already draw on both roles.',
	nextScore: (score) => `(${score})`,
	caveatsHeading: 'Read it with care',
	caveats: {
		'roles-overlap': () =>
			'The two roles overlap a great deal: every software engineer also writes code, and good programmers think about the whole project.',
		'not-a-verdict': () =>
			'Neither end is better, and a programmer result is not a lesser one. This is a reflection aid built on one article, not a hiring, career or skill verdict.',
		'self-report': () =>
			'It describes how you see your habits today, which is not always how you work.',
		'few-questions': (p) =>
			`Each dimension rests on ${word(p.questionsPerDimension)} questions, so a retake can move it by several points: read each dimension’s score as an estimate, not a measurement. There are no norms yet, so nothing here compares you with other people.`,
		'many-skipped': (p) =>
			`You marked ${p.skipped} of ${p.total} questions as not applying to you, so your position rests on fewer answers.`,
		'dimensions-without-enough': (p) =>
			`Your overall position leaves out the dimensions without enough answers: it rests on the answers of the ${word(p.scored)} that have them.`
	},
	shareHeading: 'Share or keep your result',
	shareExplain:
		'This link holds your answers, not your name. Anyone who opens it sees this result, recomputed from the answers.',
	shareTitle: (band) => (band === null ? 'My quiz answers' : `My result: ${band}`),
	buttons: {
		copy: 'Copy link',
		share: 'Share…',
		print: 'Print or save as PDF',
		copied: 'Link copied.',
		copyBlocked: 'Copying was blocked by the browser. Select the link above and copy it instead.'
	},
	meta: {
		headline: (band, score) =>
			band === null || score === null ? 'My quiz answers' : `My result: ${band} (${score} of 100)`,
		description: (band, score) =>
			band === null || score === null
				? `Answers to a quiz on work habits, between ${roles.programmer} and ${roles.engineer}. Take the quiz and see where you stand.`
				: `Closest description: ${band}, at ${score} on a line from ${roles.programmer} (0) to ${roles.engineer} (100), with the reasons. Take the quiz and see where you stand.`,
		imageAlt: (band) => `${SITE} ${band === null ? '' : `Closest description: ${band}`}`.trim()
	},
	takeAgain: 'Take it again',
	takeYourself: 'Take the quiz yourself',
	methodLink: 'How the scoring works'
};
