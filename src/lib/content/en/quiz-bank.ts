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
	notApplicable: 'Doesn’t apply to me',
	positions: { 0: 'A', 1: 'Rather A', 2: 'Both equally', 3: 'Rather B', 4: 'B' },
	notApplicableToWork: 'Not part of my work',
	statements: { a: 'A', b: 'B' }
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
	},
	breadth: {
		name: 'Part or whole',
		summary:
			'Whether your work centres on the code of one part, or on the whole project around it.',
		ends: {
			programmer: 'one part, built in depth',
			engineer: 'the whole project and how it fits'
		},
		fromArticle:
			'Coding is typing the lines of a program, while programming takes in the whole project; in large teams programmers specialise in certain tasks, and some are hired for coding alone.'
	},
	brief: {
		name: 'Where the design comes from',
		summary:
			'Whether what you build is worked out by others and handed to you, or worked out by you with the people it is for.',
		ends: {
			programmer: 'a design from a lead or designer, built faithfully',
			engineer: 'a design worked out with clients and users'
		},
		fromArticle:
			'Programmers usually turn instructions from designers, engineers or a lead into a complete program; software engineers talk with clients to design software that works for them.'
	},
	approach: {
		name: 'How problems are approached',
		summary:
			'Whether you work a problem out in the code itself, or through an explicit method that starts from the environment it must fit.',
		ends: {
			programmer: 'into the code, guided by experience',
			engineer: 'a stated method, environment first'
		},
		fromArticle:
			'Software engineers apply engineering principles, a particular way of looking at a problem: like a civil engineer studying the river bed before the bridge, they study the hardware and software around a program before designing it.'
	},
	conditions: {
		name: 'Built for what',
		summary:
			'Whether your work is done when your part is right, or when the whole works reliably in the conditions of real use.',
		ends: {
			programmer: 'each part correct and complete',
			engineer: 'the whole, reliable in real use'
		},
		fromArticle:
			'In the article, software engineering is a whole design process that makes programs work efficiently and reliably in the conditions, on the hardware and with the users they are meant for.'
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

export const pairs: QuizText['pairs'] = {
	'breadth-time-in-code': {
		programmer: 'Most of my working time goes into writing and refining code.',
		engineer:
			'Most of my working time goes into the project around the code: planning it, shaping it and seeing it delivered.',
		notApplicableWhen: 'You do no hands-on software work at all, not even in studies or spare time.'
	},
	'brief-design-settled': {
		programmer:
			'The design of what I build is settled before it reaches me, and I turn it into a working program.',
		engineer: 'I work out the design myself, together with whoever asked for the software.',
		notApplicableWhen: 'Nobody asks you for software: you only build things for yourself.'
	},
	'approach-first-move': {
		programmer: 'I get into a new problem by trying things out in code and seeing what works.',
		engineer: 'I get into a new problem by analysing it step by step before I write any code.',
		notApplicableWhen: 'You do not solve technical problems yourself, and never did.'
	},
	'conditions-design-timing': {
		programmer: 'I design as I build, one feature at a time.',
		engineer: 'I design the system as a whole before its parts are built.',
		notApplicableWhen: 'You only ever make small changes to software that already exists.'
	},
	'breadth-depth-or-range': {
		programmer:
			'I go deep in one area, such as a language, a layer or a kind of task, and people come to me for it.',
		engineer: 'I work across many areas of a project, wherever it needs me.',
		notApplicableWhen: 'You have only just started and have no area of work yet.'
	},
	'brief-needs-heard': {
		programmer:
			'What clients or users need reaches me through colleagues who gather it for the team.',
		engineer: 'I hear what clients or users need directly from them.',
		notApplicableWhen: 'What you build has no clients or users at all, such as course exercises.'
	},
	'approach-where-it-runs': {
		programmer:
			'I start from the program itself: where it will run is settled by the time I build it.',
		engineer:
			'Before I design, I find out where the software will run: the hardware, the other systems, the network.',
		notApplicableWhen: 'Your code only ever runs on your own machine.'
	},
	'conditions-testing-against': {
		programmer: 'I test that my code does the right thing in the cases it is meant to handle.',
		engineer:
			'I test how the software copes with the conditions of real use: real data, real load, real people.',
		notApplicableWhen: 'You do not test software in any way.'
	},
	'breadth-piece-or-whole': {
		programmer: 'I take a clearly bounded piece of a project and build it thoroughly.',
		engineer: 'I keep the whole project in view and work out how its pieces fit together.',
		notApplicableWhen: 'You are not part of any project, and have not been recently.'
	},
	'brief-task-breakdown': {
		programmer:
			'Someone else breaks the work down into tasks, and I take them on and complete them.',
		engineer: 'I break the work down into tasks myself, for me or for others.',
		notApplicableWhen: 'Your work comes in pieces too small to break down.'
	},
	'approach-choosing': {
		programmer: 'I choose a solution from experience of what has worked well before.',
		engineer:
			'I choose a solution by comparing options against stated criteria, such as cost, risk or speed.',
		notApplicableWhen: 'Solutions are always chosen for you.'
	},
	'conditions-planning-horizon': {
		programmer: 'I plan my next tasks in detail, so each one is done well and on time.',
		engineer: 'I plan for a system’s whole life, from its first release to later changes.',
		notApplicableWhen: 'Your work is planned entirely by others.'
	},
	'breadth-team-role': {
		programmer: 'In a team, I hold one specialised role, such as front end, databases or testing.',
		engineer: 'In a team, I move between roles and connect what the specialists build.',
		notApplicableWhen: 'You always work alone.'
	},
	'brief-showing-work': {
		programmer: 'I show my work to the lead or team who asked for it.',
		engineer: 'I show my work to the people who will use it, to check it suits them.',
		notApplicableWhen: 'Nobody sees your work before it is finished, as in solo study.'
	},
	'approach-tools-fit': {
		programmer: 'I pick the tools and libraries I know well and that suit the code.',
		engineer:
			'I pick tools and libraries by how well they fit the systems they will run alongside.',
		notApplicableWhen: 'Tools and libraries are always chosen for you.'
	},
	'conditions-in-use': {
		programmer:
			'Once my software is in use, I leave its running to the operations team and focus on building the next thing.',
		engineer: 'Once my software is in use, I also look after how it runs.',
		notApplicableWhen: 'Nothing you have built is in use.'
	},
	'breadth-done-when': {
		programmer: 'My work is done when my part is built, tested and handed over.',
		engineer: 'My work is done when the whole project is delivered and works as one.',
		notApplicableWhen: 'Your work has nothing to deliver, as in pure research.'
	},
	'brief-unclear-request': {
		programmer: 'When a request is unclear, I ask whoever wrote it and build what they decide.',
		engineer:
			'When a request is unclear, I go to the people who need the software and decide with them what to build.',
		notApplicableWhen: 'You set all your own work: nothing reaches you as a request.'
	},
	'approach-reasoning-kept': {
		programmer: 'I rely on clean code and good naming to make my designs understandable.',
		engineer: 'I rely on written design notes to make my designs understandable.',
		notApplicableWhen: 'You do not design anything, not even small parts.'
	},
	'conditions-follow-through': {
		programmer:
			'Once my part is merged, I hand it over and give my full attention to the next task.',
		engineer: 'Once my part is merged, I follow it through release and into use.',
		notApplicableWhen: 'Your work is never released, as in coursework.'
	},
	'breadth-new-project': {
		programmer: 'On a new project, I look for the part that matches my skills and take it on.',
		engineer: 'On a new project, I first map all of its parts, then decide where I am needed.',
		notApplicableWhen: 'You have never joined or started a project.'
	},
	'brief-feedback-in-use': {
		programmer: 'Once the software is in use, feedback reaches me as tickets or bug reports.',
		engineer:
			'Once the software is in use, I talk with its clients or users about how it works for them.',
		notApplicableWhen: 'Nothing you have built is in use.'
	},
	'approach-capacity': {
		programmer: 'I tune performance and capacity once real measurements show where it matters.',
		engineer:
			'I work out the performance and capacity the software will need before I start building.',
		notApplicableWhen:
			'Your software has no performance or capacity needs worth the name, such as small scripts.'
	},
	'conditions-hardware-fit': {
		programmer: 'I write portable, clear code that does not depend on the machine it runs on.',
		engineer: 'I fit my software to the hardware and conditions it will actually run in.',
		notApplicableWhen: 'You do not write or shape software yourself, and never did.'
	},
	'breadth-own-yardstick': {
		programmer: 'I judge my own work mainly by the quality of the code I wrote.',
		engineer: 'I judge my own work mainly by how well the whole system turned out.',
		notApplicableWhen: 'You have not yet finished any piece of work to judge.'
	},
	'brief-success-measure': {
		programmer: 'I count my work a success when it does what was asked for, fully and correctly.',
		engineer:
			'I count my work a success when it works for the people it was made for, even if the request had to change along the way.',
		notApplicableWhen: 'Your work has no brief or request of any kind.'
	},
	'approach-standards': {
		programmer: 'I follow the conventions of the code base and the team I work in.',
		engineer:
			'I follow the engineering standards of the field I build for, such as safety, security or accessibility standards.',
		notApplicableWhen: 'You work on your own, with no code base or field to follow.'
	},
	'conditions-whole-design': {
		programmer: 'I make each part I build solid and well tested on its own.',
		engineer:
			'I design how the parts work together, so the whole can keep working when one part fails.',
		notApplicableWhen: 'Your software is a single small program with no parts to speak of.'
	},
	'breadth-learning-next': {
		programmer: 'I learn by going deeper into the tools and languages I already use.',
		engineer: 'I learn whatever the next part of a project needs, even far from what I know.',
		notApplicableWhen: 'Nothing in your work calls for learning anything new.'
	},
	'brief-trade-offs': {
		programmer:
			'When a feature would cost more than expected, I give my lead a clear estimate and build what they decide.',
		engineer:
			'When a feature would cost more than expected, I talk it through with the client and we decide together what to build.',
		notApplicableWhen: 'Nobody but you decides what gets built.'
	},
	'approach-neighbour-systems': {
		programmer:
			'I code carefully against the documented interfaces of the systems my code talks to.',
		engineer:
			'I find out how the systems my code talks to behave in practice, and design around what I find.',
		notApplicableWhen: 'Your code talks to no other system.'
	},
	'conditions-ready-when': {
		programmer:
			'I consider a feature ready when it meets its acceptance criteria and its tests pass.',
		engineer: 'I consider a feature ready when it has been tried in conditions like real use.',
		notApplicableWhen: 'You do not build features, as in pure maintenance or operations.'
	}
};
