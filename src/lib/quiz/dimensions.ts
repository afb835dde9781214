import type { DistinctionId } from './article';

export type DimensionId =
	'scope' | 'starting-point' | 'method' | 'environment' | 'people' | 'quality';

/**
 * One spectrum from a programmer habit (score 0) to a software-engineer habit (score 100).
 * The texts are written so a result page can quote them as they are.
 */
export interface Dimension {
	id: DimensionId;
	name: string;
	/** What the dimension asks, in one line. */
	summary: string;
	/** The habit at each end, as a short phrase. */
	programmerEnd: string;
	engineerEnd: string;
	/** The article's distinctions this dimension rests on. */
	distinctions: readonly DistinctionId[];
	/** What the article says on this dimension, paraphrased in a sentence or two. */
	fromArticle: string;
	/** Why the lean matters in practice. */
	inPractice: string;
	/** Habits that move a practice toward the engineering end. */
	nextSteps: readonly string[];
}

export const DIMENSIONS: readonly Dimension[] = [
	{
		id: 'scope',
		name: 'Scope',
		summary:
			'How much of the system you take in when you work: your piece of the code, or the whole.',
		programmerEnd: 'a well-defined piece of the code',
		engineerEnd: 'the design of the whole system, before the code',
		distinctions: ['coding', 'specialised-tasks', 'design-process'],
		fromArticle:
			'Coding is writing the lines; programming already looks at the whole project, and in big teams programmers often specialise in certain tasks. Engineering goes further: a complete design process for the whole system.',
		inPractice:
			'Deep focus on one part produces excellent code in that part. Seeing the whole catches the problems that live between parts, where most costly bugs are.',
		nextSteps: [
			'Before your next task, draw the parts it touches and the parts that depend on them.',
			'Read the code on both sides of an interface you use, not only your side.',
			'Join one design discussion about a part of the system you do not work on.'
		]
	},
	{
		id: 'starting-point',
		name: 'Starting point',
		summary:
			'Where your work starts: from instructions someone hands you, or from the problem itself.',
		programmerEnd: 'clear instructions to carry out well',
		engineerEnd: 'the problem behind the request',
		distinctions: ['follows-instructions', 'engineering-principles'],
		fromArticle:
			'Programmers are often handed directions by others on the team and build the program from them. Engineers bring a deliberate method of looking at the problem itself.',
		inPractice:
			'Carrying out a clear brief well is real skill and keeps a team fast. Going back to the problem catches briefs that would build the wrong thing.',
		nextSteps: [
			'For your next task, write one sentence on the problem it solves before writing any code.',
			'When a request seems odd, ask who needs it and why, then check the answer against the request.',
			'Offer one alternative design when you hand work back, even if the original one wins.'
		]
	},
	{
		id: 'method',
		name: 'Method',
		summary:
			'How you find a solution: by trying it in code, or by a deliberate method of analysis.',
		programmerEnd: 'trying ideas out directly in code',
		engineerEnd: 'a deliberate method of requirements, options and trade-offs',
		distinctions: ['coding', 'engineering-principles'],
		fromArticle:
			'The article sets writing code, the core of programming, beside engineering principles: a specific, deliberate way of approaching a problem.',
		inPractice:
			'Trying ideas in code is quick and teaches a lot. A written method makes decisions repeatable, reviewable and easier to explain to others.',
		nextSteps: [
			'Write down what “done” means, and how you will check it, before you start building.',
			'For one design decision, list two options with their costs and pick one on paper.',
			'Keep a short decision record: what you chose, what you rejected, and why.'
		]
	},
	{
		id: 'environment',
		name: 'Environment',
		summary:
			'Whether you study the hardware and software your program will run on before you design it.',
		programmerEnd: 'the code, on the platform someone else chose',
		engineerEnd: 'the hardware and systems, studied before designing',
		distinctions: ['environment-first', 'specialised-tasks'],
		fromArticle:
			'Like a bridge builder checking the ground under the river before planning foundations, a software engineer studies the computers and software around a program before designing it.',
		inPractice:
			'Trusting the chosen platform lets you concentrate on the code. Knowing it first, as a bridge builder knows the ground, avoids designs that the real machine cannot carry.',
		nextSteps: [
			'Find out the memory, network and device limits of where your software runs, and write them down.',
			'Try your software on the slowest device or connection your users really have.',
			'Ask the people who run your servers what fails most often, and design with that in mind.'
		]
	},
	{
		id: 'people',
		name: 'People',
		summary:
			'How close you work to the people the software is for: through a lead and a ticket, or face to face.',
		programmerEnd: 'requirements through a lead or a ticket',
		engineerEnd: 'talking with clients and users directly',
		distinctions: ['talks-with-clients', 'follows-instructions'],
		fromArticle:
			'Programmers often receive their instructions from others. Software engineers talk with clients themselves, to design software that works for them.',
		inPractice:
			'A lead who gathers requirements gives you long stretches of focus. Talking with the people who will use the software is how an engineer makes sure it works for them.',
		nextSteps: [
			'Sit in on one conversation with a client or user of what you build.',
			'Explain one technical choice to someone outside the team, in plain words, and listen to the questions.',
			'Watch someone use a feature you made, without helping, and note where they stumble.'
		]
	},
	{
		id: 'quality',
		name: 'Real conditions',
		summary:
			'What “finished” means to you: the feature works, or it runs efficiently and reliably in real use.',
		programmerEnd: 'the feature works',
		engineerEnd: 'it runs efficiently and reliably in real use',
		distinctions: ['real-conditions', 'coding'],
		fromArticle:
			'Engineering aims for software that runs efficiently and reliably where it is really used: on the machines and for the people it is meant for.',
		inPractice:
			'Shipping a working feature and improving it later gets value to people sooner. Designing for real load, real data and real failures keeps it working once it is there.',
		nextSteps: [
			'Set one number for speed or reliability that your next feature must meet, and measure it.',
			'Test with realistic data and many users at once, not only the happy path.',
			'Before shipping, write down how the feature could fail in production and what would happen then.'
		]
	}
];
