import type { QuizText } from '../quiz-types';

/**
 * The article's distinctions, the dimensions and the questions, in our own words: the article is
 * paraphrased and cited, never quoted.
 */

export const roles: QuizText['roles'] = { programmer: 'programmer', engineer: 'software engineer' };
export const roleLabels: QuizText['roleLabels'] = {
	programmer: 'Programmer',
	engineer: 'Software engineer'
};

export const bands: QuizText['bands'] = {
	programmer: 'Programmer',
	'leaning-programmer': 'Leaning programmer',
	both: 'In between',
	'leaning-engineer': 'Leaning software engineer',
	engineer: 'Software engineer'
};

export const scale: QuizText['scale'] = {
	labels: { 0: 'Never', 1: 'Rarely', 2: 'Sometimes', 3: 'Often', 4: 'Always' },
	notApplicable: 'Doesn’t apply to me'
};

export const distinctions: QuizText['distinctions'] = {
	coding: {
		title: 'Coding is the craft at the centre',
		paraphrase:
			'Coding means typing the lines a program is made of. Programming is wider: it covers the whole project rather than one piece of it. Writing code is the heart of a programmer’s work.'
	},
	'specialised-tasks': {
		title: 'Specialising in certain tasks',
		paraphrase:
			'In big teams, programmers tend to focus on particular kinds of task, and some companies hire programmers for coding work alone.'
	},
	'follows-instructions': {
		title: 'Turning instructions into a program',
		paraphrase:
			'In a typical job, a programmer is handed directions by others on the team, such as a designer, an engineer or a senior programmer, and builds a complete program from them, sometimes from nothing more than a concept.'
	},
	'engineering-principles': {
		title: 'Engineering principles as a method',
		paraphrase:
			'A software engineer brings engineering principles to software: a particular, deliberate way of looking at a problem before solving it.'
	},
	'environment-first': {
		title: 'Studying the environment first',
		paraphrase:
			'A bridge builder looks at the ground under the river before planning the foundations. In the same way, a software engineer studies the computers and software around a program first, so the design suits the place it will run.'
	},
	'talks-with-clients': {
		title: 'Talking with clients',
		paraphrase:
			'Software engineers talk with the clients, so that what they design actually works for the people who asked for it.'
	},
	'design-process': {
		title: 'Owning the whole design process',
		paraphrase:
			'Software engineering reaches well past programming: it is a complete design process, from understanding the problem to a program that works.'
	},
	'real-conditions': {
		title: 'Built for real conditions',
		paraphrase:
			'The aim is software that runs efficiently and reliably where it is really used: on the machines it will run on, for the people it is meant for.'
	},
	'roles-overlap': {
		title: 'The roles overlap',
		paraphrase:
			'A reader’s comment under the article asks whether the two are not the same. In our reading they overlap a great deal: every software engineer also writes code, and the article itself says programming looks at the whole project.'
	}
};

export const dimensions: QuizText['dimensions'] = {
	scope: {
		name: 'Scope',
		summary:
			'How much of the system you take in: one part, known in depth, or the whole and how it fits together.',
		ends: {
			programmer: 'one part of the system, known in depth',
			engineer: 'the whole system and how its parts fit'
		},
		fromArticle:
			'Coding is typing the lines; programming already covers the whole project, and in large teams programmers specialise in certain tasks. Engineering, as the article describes it, is a design process for the whole.',
		habitsOf: {
			engineer: [
				'Before your next task, sketch the parts it touches and the parts that depend on them.',
				'Read the code or documentation on the other side of an interface you use.',
				'Join one design discussion about a part of the system you do not work on.'
			],
			programmer: [
				'Take one small part and own it end to end, down to the last line of its code.',
				'Block out an afternoon of uninterrupted coding on a single task.',
				'Finish one clearly bounded task completely before widening your view again.'
			]
		}
	},
	'starting-point': {
		name: 'Starting point',
		summary:
			'Where your work starts: from a brief or design someone hands you, or from the problem behind it.',
		ends: {
			programmer: 'a brief or design, carried out well',
			engineer: 'the problem behind the request'
		},
		fromArticle:
			'Programmers usually receive instructions from designers, engineers or a lead and turn them, sometimes a whole concept, into a program. Engineers bring a deliberate way of looking at the problem itself.',
		habitsOf: {
			engineer: [
				'For your next task, write one sentence on the problem it solves before you start.',
				'When a request seems odd, ask who needs it and why, then check the answer against the request.',
				'Offer one alternative when you hand work back, even if the original plan wins.'
			],
			programmer: [
				'Take a well-written brief and build it exactly as written, without reopening it.',
				'Once the problem is settled, commit to a design and get to working code quickly.',
				'Pair with someone who builds from designs, and notice what their reliability makes easy for the team.'
			]
		}
	},
	method: {
		name: 'Method',
		summary:
			'How you find a solution: through craft in the code itself, or through a written method of options, targets and trade-offs.',
		ends: {
			programmer: 'craft in the code itself',
			engineer: 'a written method of options, targets and trade-offs'
		},
		fromArticle:
			'The article sets writing code, the core of programming, beside engineering principles: a specific, deliberate way of approaching a problem.',
		habitsOf: {
			engineer: [
				'Write down what “done” means, and how you will check it, before you start.',
				'For one design decision, list two options with their costs and choose on paper.',
				'Keep a short decision record: what you chose, what you rejected, and why.'
			],
			programmer: [
				'Rework one piece of your own code until a newcomer could read it without help.',
				'Review a colleague’s change line by line, not only its design.',
				'Learn one tool you use every day more deeply than your current work needs.'
			]
		}
	},
	environment: {
		name: 'Environment',
		summary:
			'Whether you study where your software will run before designing it, or rely on the platform and the specialists around it.',
		ends: {
			programmer: 'the code, on a platform others look after',
			engineer: 'the machines and systems, studied before designing'
		},
		fromArticle:
			'Like a civil engineer who studies the river bed before designing a bridge’s foundation, a software engineer studies the hardware and software a program will run on before designing it.',
		habitsOf: {
			engineer: [
				'Write down the memory, network and load limits of where your software runs.',
				'Run your software under the weakest conditions it will really meet, such as a slow network or a heavy load.',
				'Ask the people who run your systems what fails most often, and design with that in mind.'
			],
			programmer: [
				'Let a well-chosen platform carry one concern for you, and spend the time saved on the code.',
				'Bring in the specialist early on a hosting or security question instead of working it all out alone.',
				'Get to know your framework so well that you can rely on its defaults.'
			]
		}
	},
	people: {
		name: 'People',
		summary:
			'How you learn what to build: through a product manager, lead or teacher, or from the people it is for.',
		ends: {
			programmer: 'requirements gathered by others, and time to build',
			engineer: 'talking with the people the software is for'
		},
		fromArticle:
			'Programmers take their instructions from others on the team. Software engineers talk with clients themselves, to design software that works for them.',
		habitsOf: {
			engineer: [
				'Sit in on one conversation with a client or user of what you build.',
				'Explain one technical choice to someone outside the team, in plain words, and listen to the questions.',
				'Watch someone use a feature you made, without helping, and note where they stumble.'
			],
			programmer: [
				'Protect a few hours a week with no meetings, for building only.',
				'Let a product manager or lead gather one round of requirements, and build from what they bring.',
				'Once a brief is agreed, build from it without reopening every detail with its users.'
			]
		}
	},
	quality: {
		name: 'Real conditions',
		summary:
			'What “done” means: the feature does what its brief asks, or it runs efficiently and reliably in real use.',
		ends: {
			programmer: 'a working feature that does what was asked',
			engineer: 'software that runs reliably in real use'
		},
		fromArticle:
			'The article wants programs that work efficiently and reliably in the real conditions: on the hardware they will run on, with the users they are meant for.',
		habitsOf: {
			engineer: [
				'Set one target for speed or reliability that your next feature must meet, and measure it.',
				'Test with realistic data and realistic amounts of it, not only the happy path.',
				'Before shipping, write down how the feature could fail in use and what would happen then.'
			],
			programmer: [
				'Ship the smallest working version of your next feature first, and improve it from there.',
				'Check your next piece of work against its brief, point by point, before calling it done.',
				'Agree on what “good enough” means for your next feature, and stop there.'
			]
		}
	}
};

export const questions: QuizText['questions'] = {
	// Version 2, the current bank.
	'scope-one-area-in-depth':
		'I go deep into one part of a system, such as its interface, its data or a single service.',
	'starting-write-down-problem':
		'Before building, I write down the problem a task should solve and how we will know it is solved.',
	'method-refine-own-code':
		'I rework code I have written until it reads clearly, with good names and a simple structure.',
	'environment-where-it-runs':
		'Before designing, I find out what my software will run on: machines, operating systems, services.',
	'people-requirements-gathered':
		'I build from requirements someone else gathered, such as a product manager, a lead or a teacher.',
	'quality-realistic-testing':
		'I test my software with realistic data, in realistic amounts, before others rely on it.',
	'scope-sketch-connections':
		'Before building, I sketch how the parts of a system will connect, in a diagram or short outline.',
	'starting-given-design':
		'I turn someone else’s design, such as a mock-up or an interface description, into working code.',
	'method-weigh-options':
		'Before choosing a design, I write down two or more options and what each would cost.',
	'environment-work-with-specialist':
		'When a task touches hosting, networks or security, I work with the person who specialises in it.',
	'people-ask-users':
		'I talk with the people who will use or pay for the software to find out what they need.',
	'quality-check-against-brief':
		'Before I call a task done, I check it against its brief, point by point.',
	'scope-settled-coding-tasks': 'I take on coding tasks whose design has already been settled.',
	'starting-propose-approach':
		'I propose a different approach to whoever set a task when I think it would serve them better.',
	'method-read-code-closely':
		'I read other people’s code line by line, in a review or to learn how it works.',
	'environment-find-limits-first':
		'Before designing, I find out the limits my software must live with, such as memory, load or cost.',
	'people-focus-on-building':
		'I concentrate on building while a product manager, lead or teacher keeps in touch with users.',
	'quality-watch-in-use':
		'I keep watch over software I built while it is in use, through alerts, logs or on-call duty.',
	'scope-neighbouring-systems':
		'Before changing my part, I find out how the systems it connects to behave and fail.',
	'starting-idea-to-program':
		'I turn an idea someone describes to me into a complete, working program.',
	'method-measure-against-target':
		'I measure my software’s speed or reliability against a target set in advance.',
	'environment-rely-on-platform':
		'I rely on a framework or platform to take care of details such as memory, storage or scaling.',
	'people-show-work-in-progress':
		'I show unfinished work to the people it is for and change it in light of what they say.',
	'quality-ship-early': 'I ship a small working version early, then improve it step by step.',

	// Version 1, as it was served (retired; kept so that its links still show their result).
	'scope-whole-system': 'When I pick up a task, I first look at how it fits into the whole system.',
	'direction-clear-brief': 'I turn a clear task from a designer or team lead into working code.',
	'method-compare-options':
		'Before I choose a design, I write down two or more options and compare them.',
	'environment-given-stack': 'I build on the platform and tools that my lead or team picks for me.',
	'people-talk-to-users': 'I talk with the people who will use the software before I build it.',
	'quality-feature-works': 'I count a task as done as soon as the feature works.',
	'scope-own-part': 'I work on one clear part of the code that is mine to build.',
	'direction-real-problem':
		'Before I build what was asked for, I check what problem it is meant to solve.',
	'method-try-in-code': 'I find the best solution by trying ideas out directly in code.',
	'environment-check-first':
		'Before I choose a design, I look at the other systems my software must work with.',
	'people-through-lead': 'I learn what a feature needs from my lead or from the written ticket.',
	'quality-real-use':
		'I test my software in conditions close to real use: real data, real devices, many users.',
	'scope-plan-parts':
		'I plan how the parts of a project will fit together before the code is written.',
	'direction-start-coding': 'When the instructions are clear, I start coding straight away.',
	'method-write-requirements': 'Before I build, I write down what the software must do.',
	'environment-platform-team':
		'I leave servers, devices and networks to the people whose job is to run them.',
	'people-explain-choices':
		'I explain technical choices to clients or users in words they understand.',
	'quality-fix-when-reported': 'I deal with slowness or crashes when someone reports them.',
	'scope-coding-day': 'Most of my working day goes into writing, reading and fixing code.',
	'direction-shape-what-to-build': 'I help decide what should be built, not only how to build it.',
	'method-known-patterns': 'I use the patterns and tools I know well to get a task done quickly.',
	'environment-find-limits':
		'I find out the limits of the hardware my software will run on, such as memory or old devices.',
	'people-focused-coding': 'I leave the conversations with clients to my lead or manager.',
	'quality-measure-goals': 'I measure how my software performs against goals we set in advance.'
};

export const reasons: QuizText['reasons'] = {
	'scope-one-area-in-depth':
		'The article notes that programmers in large teams tend to specialise in certain tasks, and knowing one part deeply is that specialisation done well.',
	'starting-write-down-problem':
		'The article describes engineering principles as a specific way of looking at a problem, and putting the problem and its test of success in writing before building makes that way of looking visible.',
	'method-refine-own-code':
		'The article places writing code at the heart of a programmer’s work, and reworking it until it reads well is the craft of that work.',
	'environment-where-it-runs':
		'This is the article’s bridge example in software: as a civil engineer studies the river bed before the foundation, a software engineer studies the hardware and software a program will run on before designing it.',
	'people-requirements-gathered':
		'In the article, programmers typically build from instructions that others on the team pass on, so requirements that reach you already gathered point toward programming.',
	'quality-realistic-testing':
		'The article asks for programs that work reliably in the conditions they will meet, and realistic data in realistic amounts brings those conditions into testing.',
	'scope-sketch-connections':
		'The article calls software engineering an entire design process rather than a program built piece by piece, and laying out how the parts connect is where that process starts.',
	'starting-given-design':
		'The article names designers among the people whose instructions programmers turn into a program, and building faithfully from a given design is exactly that.',
	'method-weigh-options':
		'Comparing written options and their costs before committing is a plain case of the deliberate way of approaching a problem that the article calls engineering principles.',
	'environment-work-with-specialist':
		'The article says programmers in large teams specialise, which works when each kind of task goes to the people who know it best.',
	'people-ask-users':
		'The article says software engineers talk with clients so that what they design works for them, and asking users what they need is that conversation.',
	'quality-check-against-brief':
		'A programmer, in the article, turns instructions into a complete program, and checking the work against those instructions is how one knows it is complete.',
	'scope-settled-coding-tasks':
		'The article mentions companies that hire programmers for coding tasks only, and taking on coding whose design is settled is that kind of work.',
	'starting-propose-approach':
		'Engineers in the article take part in designing what gets built rather than only carrying out a request, and proposing a better approach is taking part.',
	'method-read-code-closely':
		'Code is the programmer’s material in the article, and reading it closely, line by line, is part of mastering it.',
	'environment-find-limits-first':
		'Knowing the limits of the ground is why the article’s bridge builder studies it first, and memory, bandwidth, load and cost are the ground a program stands on.',
	'people-focus-on-building':
		'The article’s programmers receive what to build through others while they concentrate on building it, so keeping your attention on the building points toward programming.',
	'quality-watch-in-use':
		'The article wants software that works efficiently and reliably for its real users, which only shows once it runs, so watching it in use is part of the engineer’s job.',
	'scope-neighbouring-systems':
		'The article’s engineers consider the software systems around a program before designing it, and the systems a part connects to are its nearest surroundings.',
	'starting-idea-to-program':
		'The article says programming covers the entire project and can mean turning a whole concept into a complete program: here the two roles overlap, and the article puts this on the programmer’s side.',
	'method-measure-against-target':
		'Efficiency and reliability are the article’s measures of engineered software, and a target set in advance is how you know whether a program meets them.',
	'environment-rely-on-platform':
		'A programmer can concentrate on the code because the layers beneath it are someone else’s specialty, and relying on a platform is that division of work.',
	'people-show-work-in-progress':
		'Designing software that works well for its clients, in the article’s terms, means checking with them along the way, not only at the start.',
	'quality-ship-early':
		'The article’s programmer writes code to create a functional program, and putting a working version in front of people early puts that aim first.'
};

export const habits: QuizText['habits'] = {
	'scope-one-area-in-depth': 'Going deep into one part',
	'starting-write-down-problem': 'Writing down the problem first',
	'method-refine-own-code': 'Reworking code until it reads clearly',
	'environment-where-it-runs': 'Finding out where it will run',
	'people-requirements-gathered': 'Building from requirements others gathered',
	'quality-realistic-testing': 'Testing with realistic data',
	'scope-sketch-connections': 'Sketching how the parts connect',
	'starting-given-design': 'Building from someone else’s design',
	'method-weigh-options': 'Weighing options in writing',
	'environment-work-with-specialist': 'Working with specialists on hosting and security',
	'people-ask-users': 'Asking users what they need',
	'quality-check-against-brief': 'Checking work against its brief',
	'scope-settled-coding-tasks': 'Taking on coding tasks with a settled design',
	'starting-propose-approach': 'Proposing a different approach',
	'method-read-code-closely': 'Reading code line by line',
	'environment-find-limits-first': 'Finding out the limits first',
	'people-focus-on-building': 'Concentrating on building',
	'quality-watch-in-use': 'Watching software in use',
	'scope-neighbouring-systems': 'Studying the systems a part connects to',
	'starting-idea-to-program': 'Turning an idea into a complete program',
	'method-measure-against-target': 'Measuring against a target',
	'environment-rely-on-platform': 'Relying on the platform',
	'people-show-work-in-progress': 'Showing unfinished work to its users',
	'quality-ship-early': 'Shipping a small version early',

	'scope-whole-system': 'Looking at the whole system first',
	'direction-clear-brief': 'Turning a clear task into code',
	'method-compare-options': 'Comparing written options',
	'environment-given-stack': 'Building on the chosen platform',
	'people-talk-to-users': 'Talking with users before building',
	'quality-feature-works': 'Done when the feature works',
	'scope-own-part': 'Working on your own part of the code',
	'direction-real-problem': 'Checking the problem behind a request',
	'method-try-in-code': 'Trying ideas out in code',
	'environment-check-first': 'Looking at the other systems first',
	'people-through-lead': 'Learning needs from a lead or ticket',
	'quality-real-use': 'Testing close to real use',
	'scope-plan-parts': 'Planning how the parts fit',
	'direction-start-coding': 'Starting to code once the brief is clear',
	'method-write-requirements': 'Writing down what the software must do',
	'environment-platform-team': 'Leaving infrastructure to its team',
	'people-explain-choices': 'Explaining choices to clients',
	'quality-fix-when-reported': 'Fixing problems when reported',
	'scope-coding-day': 'Days spent on code',
	'direction-shape-what-to-build': 'Helping decide what to build',
	'method-known-patterns': 'Using well-known patterns',
	'environment-find-limits': 'Finding out the hardware’s limits',
	'people-focused-coding': 'Leaving client talks to a lead',
	'quality-measure-goals': 'Measuring against goals'
};
