import { describe, expect, it } from 'vitest';
import { DISTINCTION_IDS } from '../article';
import { DIMENSION_IDS } from '../dimensions';
import { SCALE_VALUES } from '../scale';
import { scoreAnswers } from '../scoring';
import { BANKS, CURRENT_BANK, CURRENT_VERSION, bankFor, questionsOf, stepOf } from '.';
import { V1_BANK } from './v1';
import { V2_BANK } from './v2';
import { V3_BANK } from './v3';

const banks = Object.values(BANKS);
const countBy = <T>(items: readonly T[]) => {
	const counts = new Map<T, number>();
	for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
	return counts;
};

describe.each(banks.map((bank) => [bank.version, bank] as const))('bank version %i', (_, bank) => {
	it('has unique question ids, and unique dimensions that the quiz knows', () => {
		const ids = bank.questions.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
		const dimensions = bank.dimensions.map((d) => d.id);
		expect(new Set(dimensions).size).toBe(dimensions.length);
		for (const id of dimensions) expect(DIMENSION_IDS, id).toContain(id);
	});

	it('holds every question to a distinction its dimension draws on', () => {
		for (const q of bank.questions) {
			const dimension = bank.dimensions.find((d) => d.id === q.dimension)!;
			expect(dimension.distinctions, q.id).toContain(q.distinction);
		}
	});

	it('keys every dimension in balance: at least four questions, as many toward each pole', () => {
		for (const d of bank.dimensions) {
			const own = questionsOf(bank, d.id);
			expect(own.length, d.id).toBeGreaterThanOrEqual(4);
			expect(own.filter((q) => q.towards === 'engineer').length * 2, d.id).toBe(own.length);
		}
	});

	it('scores exactly 50, overall and everywhere, when the same answer is chosen throughout', () => {
		for (const value of SCALE_VALUES) {
			const result = scoreAnswers(new Array(bank.questions.length).fill(value), bank);
			expect(result.overallExact, `answer ${value}`).toBe(50);
			for (const d of result.dimensions) expect(d.exact, `${value} ${d.id}`).toBe(50);
		}
	});

	it('is found by its version', () => {
		expect(bankFor(bank.version)).toBe(bank);
	});
});

describe('the current bank', () => {
	it('is the newest bank, and new quizzes use it', () => {
		const newest = Math.max(...banks.map((bank) => bank.version));
		expect(CURRENT_BANK).toBe(BANKS[newest]);
		expect(CURRENT_VERSION).toBe(newest);
	});
});

const twoEnded = banks.filter((bank) => bank.format === 'two-ended');

describe.each(twoEnded.map((bank) => [bank.version, bank] as const))(
	'two-ended bank version %i',
	(_, bank) => {
		const count = countBy(bank.questions.map((q) => q.distinction));
		const sided = DISTINCTION_IDS.filter((id) => id !== 'roles-overlap');

		it("offers “doesn't apply”", () => {
			expect(bank.allowsNotApplicable).toBe(true);
		});

		it('asks about every side-taking distinction of the article equally often', () => {
			const times = count.get(sided[0]!) ?? 0;
			expect(times).toBeGreaterThan(0);
			for (const id of sided) expect(count.get(id) ?? 0, id).toBe(times);
		});

		it('rests no question on the overlap of the roles, which decides nothing', () => {
			expect(count.get('roles-overlap') ?? 0).toBe(0);
		});

		it('gives each dimension at least six questions (balanced as in every bank, above)', () => {
			for (const d of bank.dimensions)
				expect(questionsOf(bank, d.id).length, d.id).toBeGreaterThanOrEqual(6);
		});

		it('never puts two questions of one dimension next to each other', () => {
			const dims = bank.questions.map((q) => q.dimension);
			for (let i = 1; i < dims.length; i++) expect(dims[i], `at ${i + 1}`).not.toBe(dims[i - 1]);
		});

		it('reuses no id of an earlier bank: a changed question is a new question', () => {
			const earlier = banks.filter((b) => b.version < bank.version);
			const older = new Set<string>(earlier.flatMap((b) => b.questions.map((q) => q.id)));
			for (const q of bank.questions) expect(older.has(q.id), q.id).toBe(false);
		});
	}
);

describe('version 3, frozen', () => {
	it('keeps its questions, order, dimensions, distinctions and keying exactly as served', () => {
		// id, dimension, distinction, pole initial: written out from the bank as it was served.
		expect(
			V3_BANK.questions.map((q) => `${q.id} ${q.dimension} ${q.distinction} ${q.towards[0]}`)
		).toEqual([
			'breadth-time-in-code breadth coding e',
			'brief-design-settled brief follows-instructions p',
			'approach-first-move approach engineering-principles e',
			'conditions-design-timing conditions design-process p',
			'breadth-depth-or-range breadth specialised-tasks p',
			'brief-needs-heard brief talks-with-clients e',
			'approach-where-it-runs approach environment-first p',
			'conditions-testing-against conditions real-conditions e',
			'breadth-piece-or-whole breadth coding e',
			'brief-task-breakdown brief follows-instructions p',
			'approach-choosing approach engineering-principles e',
			'conditions-planning-horizon conditions design-process p',
			'breadth-team-role breadth specialised-tasks p',
			'brief-showing-work brief talks-with-clients e',
			'approach-tools-fit approach environment-first p',
			'conditions-in-use conditions real-conditions e',
			'breadth-done-when breadth coding p',
			'brief-unclear-request brief follows-instructions e',
			'approach-reasoning-kept approach engineering-principles p',
			'conditions-follow-through conditions design-process e',
			'breadth-new-project breadth specialised-tasks e',
			'brief-feedback-in-use brief talks-with-clients p',
			'approach-capacity approach environment-first e',
			'conditions-hardware-fit conditions real-conditions p',
			'breadth-own-yardstick breadth coding p',
			'brief-success-measure brief follows-instructions e',
			'approach-standards approach engineering-principles p',
			'conditions-whole-design conditions design-process e',
			'breadth-learning-next breadth specialised-tasks e',
			'brief-trade-offs brief talks-with-clients p',
			'approach-neighbour-systems approach environment-first e',
			'conditions-ready-when conditions real-conditions p'
		]);
		expect(V3_BANK.format).toBe('two-ended');
	});

	it('asks about each of the 8 side-taking distinctions 4 times', () => {
		const count = countBy(V3_BANK.questions.map((q) => q.distinction));
		expect([...count.values()]).toEqual([4, 4, 4, 4, 4, 4, 4, 4]);
	});

	it('numbers its steps from 1, as in /quiz/N', () => {
		expect(stepOf('breadth-time-in-code', V3_BANK)).toBe(1);
		expect(stepOf('conditions-ready-when', V3_BANK)).toBe(32);
	});
});

describe('version 2, frozen', () => {
	it('keeps its questions, order, dimensions, distinctions and keying exactly as served', () => {
		// id, dimension, distinction, pole initial: written out from the bank as it was served.
		expect(
			V2_BANK.questions.map((q) => `${q.id} ${q.dimension} ${q.distinction} ${q.towards[0]}`)
		).toEqual([
			'scope-one-area-in-depth scope specialised-tasks p',
			'starting-write-down-problem starting-point engineering-principles e',
			'method-refine-own-code method coding p',
			'environment-where-it-runs environment environment-first e',
			'people-requirements-gathered people follows-instructions p',
			'quality-realistic-testing quality real-conditions e',
			'scope-sketch-connections scope design-process e',
			'starting-given-design starting-point follows-instructions p',
			'method-weigh-options method engineering-principles e',
			'environment-work-with-specialist environment specialised-tasks p',
			'people-ask-users people talks-with-clients e',
			'quality-check-against-brief quality follows-instructions p',
			'scope-settled-coding-tasks scope specialised-tasks p',
			'starting-propose-approach starting-point design-process e',
			'method-read-code-closely method coding p',
			'environment-find-limits-first environment environment-first e',
			'people-focus-on-building people specialised-tasks p',
			'quality-watch-in-use quality real-conditions e',
			'scope-neighbouring-systems scope environment-first e',
			'starting-idea-to-program starting-point roles-overlap p',
			'method-measure-against-target method real-conditions e',
			'environment-rely-on-platform environment specialised-tasks p',
			'people-show-work-in-progress people talks-with-clients e',
			'quality-ship-early quality coding p'
		]);
		expect(V2_BANK.allowsNotApplicable).toBe(true);
		expect(stepOf('quality-ship-early', V2_BANK)).toBe(24);
	});
});

describe('version 1, frozen', () => {
	it('keeps its questions, order, dimensions and keying exactly as served', () => {
		// id, dimension initial, pole initial: written out from the bank as it was served.
		expect(
			V1_BANK.questions.map((q) => `${q.id} ${q.dimension.slice(0, 3)} ${q.towards[0]}`)
		).toEqual([
			'scope-whole-system sco e',
			'direction-clear-brief sta p',
			'method-compare-options met e',
			'environment-given-stack env p',
			'people-talk-to-users peo e',
			'quality-feature-works qua p',
			'scope-own-part sco p',
			'direction-real-problem sta e',
			'method-try-in-code met p',
			'environment-check-first env e',
			'people-through-lead peo p',
			'quality-real-use qua e',
			'scope-plan-parts sco e',
			'direction-start-coding sta p',
			'method-write-requirements met e',
			'environment-platform-team env p',
			'people-explain-choices peo e',
			'quality-fix-when-reported qua p',
			'scope-coding-day sco p',
			'direction-shape-what-to-build sta e',
			'method-known-patterns met p',
			'environment-find-limits env e',
			'people-focused-coding peo p',
			'quality-measure-goals qua e'
		]);
		expect(V1_BANK.allowsNotApplicable).toBe(false);
	});
});
