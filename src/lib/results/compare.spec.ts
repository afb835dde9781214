import { describe, expect, it } from 'vitest';
import {
	DISTINCTIONS_AT_END,
	NEAR_ENGINEER_MIN,
	NEAR_PROGRAMMER_MAX,
	bankCloseGap,
	canonicalQuery,
	closeGap,
	compareEntries,
	entriesAsLines,
	entriesFromQuery
} from './compare';
import type { CompareEntry } from './compare-input';
import { BANKS } from '$lib/quiz/banks';
import { V1_BANK } from '$lib/quiz/banks/v1';
import { V2_BANK } from '$lib/quiz/banks/v2';
import { V3_BANK } from '$lib/quiz/banks/v3';

// Codes and their scores, worked out by hand (see src/lib/quiz/fixtures.ts for the first three).
// Dimension order: scope, starting point, method, environment, people, real conditions.
/** On call: 38, 63, 25, 63, 6, 56; overall 42 (In between). */
const ON_CALL = '2-jkfsslid8mlga7';
/** With skips: 42, 63, –, 63, –, 56; overall 100 × 34 points ÷ (4 × 15 answers) = 56.67, so 57. */
const WITH_SKIPS = '2-jnftsnnh8nlgde';
/** Only two dimensions scored (63, 63): no overall. */
const TWO_DIMENSIONS = '2-znhztnzhbznhnp';
/** “Always” toward every engineer habit, “Never” toward every programmer one: 100 everywhere. */
const ENGINEER = '2-444ooo444ooo47';
/** “Sometimes” everywhere but People, answered toward programmer: 50, 50, 50, 50, 0, 50; overall 42. */
const MIXED = '2-ceegeeceegeeze';
/** “In between” on every version-3 question: a result of the current version. */
const CURRENT = '3-eeeeeeeeeeeeeeeenc';
/** Version 3 (tests/compare.spec.ts): 50, 22, 75, 75. */
const MIXED_V3 = '3-2jj8frkfi83ld3alls';
/** Version 3 (tests/compare.spec.ts): 70, 44, 75, 94. */
const BO_V3 = '3-3hph3hpgp73fj69gl9';
/** The version-3 dimensions, in the order the quiz lists them after the version-2 ones. */
const V3_DIMENSIONS = ['breadth', 'brief', 'approach', 'conditions'];
/** ON_CALL with its last character changed. */
const DAMAGED = '2-jkfsslid8mlga8';

const entry = (code: string, name = ''): CompareEntry => ({ code, name });

describe('reading the address', () => {
	it('takes r parameters as they are, with no redirect', () => {
		const params = new URLSearchParams([
			['r', `${ON_CALL}~Ana`],
			['r', ENGINEER]
		]);
		expect(entriesFromQuery(params)).toEqual({
			entries: [entry(ON_CALL, 'Ana'), entry(ENGINEER)],
			canonical: null
		});
	});

	it('folds the result page form into r, in order, names included', () => {
		const params = new URLSearchParams({
			r: ON_CALL,
			you: ' Ana ',
			add: `https://quiz.example/de/result/${ENGINEER}.`,
			addname: 'Bo'
		});
		expect(entriesFromQuery(params)).toEqual({
			entries: [entry(ON_CALL, 'Ana'), entry(ENGINEER, 'Bo')],
			canonical: `?r=${ON_CALL}%7EAna&r=${ENGINEER}%7EBo`
		});
	});

	it('keeps a name typed before the pasted link when no name field is filled', () => {
		const params = new URLSearchParams({
			r: ON_CALL,
			you: '',
			add: `Cy: ${ENGINEER}`,
			addname: ''
		});
		expect(entriesFromQuery(params).entries).toEqual([entry(ON_CALL), entry(ENGINEER, 'Cy')]);
	});

	it('folds the textarea into r, one line each, blank lines skipped', () => {
		const params = new URLSearchParams({
			lines: `Ana: ${ON_CALL}\n\n/result/${MIXED}\r\nbroken`
		});
		expect(entriesFromQuery(params)).toEqual({
			entries: [entry(ON_CALL, 'Ana'), entry(MIXED), entry('broken')],
			canonical: `?r=${ON_CALL}%7EAna&r=${MIXED}&r=broken`
		});
	});

	it('an empty form leads to the bare page', () => {
		expect(entriesFromQuery(new URLSearchParams({ lines: '  ' }))).toEqual({
			entries: [],
			canonical: ''
		});
		expect(canonicalQuery([])).toBe('');
	});

	it('cuts a very long pasted list to 48 entries before the redirect', () => {
		const lines = Array.from({ length: 500 }, () => ENGINEER).join('\n');
		const { entries, canonical } = entriesFromQuery(new URLSearchParams({ lines }));
		expect(entries).toHaveLength(48);
		expect(canonical!.split('&')).toHaveLength(48);
	});

	it('writes the entries back as the lines the textarea reads', () => {
		expect(entriesAsLines([entry(ON_CALL, 'Ana'), entry(ENGINEER)])).toBe(
			`Ana: ${ON_CALL}\n${ENGINEER}`
		);
	});
});

describe('how many can be compared', () => {
	it('no entries: only the form', () => {
		expect(compareEntries([])).toEqual({ kind: 'empty' });
	});

	it('one readable entry, with a damaged one, is too few', () => {
		const state = compareEntries([entry(ON_CALL), entry(DAMAGED, 'Bo')]);
		expect(state).toMatchObject({
			kind: 'too-few',
			readable: 1,
			unreadable: [{ position: 2, code: DAMAGED, name: 'Bo', reason: 'damaged' }]
		});
	});

	it('thirteen entries are too many, even before reading them', () => {
		const state = compareEntries(Array.from({ length: 13 }, () => entry(ON_CALL)));
		expect(state).toMatchObject({ kind: 'too-many', count: 13 });
	});

	it('twelve are compared', () => {
		const state = compareEntries(Array.from({ length: 12 }, () => entry(ENGINEER)));
		expect(state.kind).toBe('compared');
	});

	it('reads a result of an earlier version with that version’s questions', () => {
		const state = compareEntries([entry('1-5kkakuvb6fz6g'), entry(ENGINEER), entry(CURRENT)]);
		if (state.kind !== 'compared') throw new Error(state.kind);
		expect(state.people.map((p) => [p.version, p.current])).toEqual([
			[1, false],
			[2, false],
			[3, true]
		]);
	});

	it('gives each unreadable entry its reason', () => {
		const state = compareEntries([
			entry('<b>x</b>'),
			entry('9-jkfsslid8mlga7'),
			entry(ON_CALL),
			entry(ENGINEER)
		]);
		if (state.kind !== 'compared') throw new Error(state.kind);
		expect(state.unreadable.map((u) => [u.position, u.reason])).toEqual([
			[1, 'malformed'],
			[2, 'unknown-version']
		]);
		expect(state.people.map((p) => p.position)).toEqual([3, 4]);
	});
});

describe('two people', () => {
	const state = compareEntries([entry(ON_CALL, 'Ana'), entry(WITH_SKIPS)]);
	if (state.kind !== 'compared') throw new Error(state.kind);

	it('scores each from the code', () => {
		expect(state.people[0]).toMatchObject({
			position: 1,
			name: 'Ana',
			code: ON_CALL,
			version: 2,
			current: false,
			overall: { score: 42, band: 'both', lean: 'balanced' }
		});
		expect(state.people[1]!.overall).toEqual({ score: 57, band: 'both', lean: 'balanced' });
		expect(state.people[1]!.dimensions.map((d) => d.score)).toEqual([
			42,
			63,
			null,
			63,
			null,
			56,
			...V3_DIMENSIONS.map(() => null)
		]);
	});

	it('leaves a dimension without enough answers out of its range', () => {
		expect(state.spreads.map((s) => [s.id, s.low, s.high, s.gap, s.notEnough])).toEqual([
			['scope', 38, 42, 4, []],
			['starting-point', 63, 63, 0, []],
			['method', 25, 25, null, [2]],
			['environment', 63, 63, 0, []],
			['people', 6, 6, null, [2]],
			['quality', 56, 56, 0, []]
		]);
	});

	it('calls gaps of 29 or less close, and flags no widest gap when all are close', () => {
		// Two version-2 dimensions of four: 1.96 × √2 × 10.56 = 29.3.
		expect(state.spreads.map((s) => s.closeMax)).toEqual([29, 29, null, 29, null, 29]);
		expect(state.spreads.map((s) => s.close)).toEqual([true, true, false, true, false, true]);
		expect(state.spreads.some((s) => s.widest)).toBe(false);
	});

	it('states the close gap of their version, which both share', () => {
		expect([state.closeStated, state.widerForOlder]).toEqual([
			{ questions: 4, max: 29, steps: 5 },
			false
		]);
	});

	it('gives no group reading for two', () => {
		expect(state.group).toBeNull();
	});
});

describe('five entries, one of them damaged', () => {
	const state = compareEntries([
		entry(ON_CALL, 'Ana'),
		entry(WITH_SKIPS),
		entry(ENGINEER, 'Cy'),
		entry(DAMAGED, 'Dee'),
		entry(MIXED)
	]);
	if (state.kind !== 'compared') throw new Error(state.kind);

	it('compares the four that can be read', () => {
		expect(state.people.map((p) => [p.position, p.overall?.score])).toEqual([
			[1, 42],
			[2, 57],
			[3, 100],
			[5, 42]
		]);
		expect(state.unreadable).toEqual([
			{ position: 4, code: DAMAGED, name: 'Dee', reason: 'damaged' }
		]);
	});

	it('gives each dimension its range, lowest first, and flags the widest', () => {
		expect(state.spreads.map((s) => [s.id, s.scored, s.low, s.high, s.gap, s.widest])).toEqual([
			['scope', [1, 2, 5, 3], 38, 100, 62, false],
			['starting-point', [5, 1, 2, 3], 50, 100, 50, false],
			['method', [1, 5, 3], 25, 100, 75, false],
			['environment', [5, 1, 2, 3], 50, 100, 50, false],
			['people', [5, 1, 3], 0, 100, 100, true],
			['quality', [5, 1, 2, 3], 50, 100, 50, false]
		]);
	});

	it('reads which ends the group is near and which nobody is', () => {
		expect(state.group!.map((g) => [g.id, g.near.programmer, g.near.engineer, g.missing])).toEqual([
			['scope', [1], [3], []],
			['starting-point', [], [1, 2, 3], ['programmer']],
			['method', [1], [3], []],
			['environment', [], [1, 2, 3], ['programmer']],
			['people', [1, 5], [3], []],
			['quality', [], [3], ['programmer']]
		]);
	});
});

describe('a group of three with nobody near the engineer end of People', () => {
	const state = compareEntries([entry(ON_CALL), entry(WITH_SKIPS), entry(MIXED)]);
	if (state.kind !== 'compared') throw new Error(state.kind);

	it('names the missing end', () => {
		const people = state.group!.find((g) => g.id === 'people')!;
		expect(people).toEqual({
			id: 'people',
			readable: true,
			near: { programmer: [1, 3], engineer: [] },
			missing: ['engineer']
		});
	});

	it('does not read a dimension only one person is scored on', () => {
		const state = compareEntries([entry(TWO_DIMENSIONS), entry(WITH_SKIPS), entry(ENGINEER)]);
		if (state.kind !== 'compared') throw new Error(state.kind);
		expect(state.people[0]!.overall).toBeNull();
		expect(state.group!.find((g) => g.id === 'people')).toMatchObject({
			readable: false,
			missing: []
		});
	});
});

describe('two people of version 3', () => {
	const state = compareEntries([entry(MIXED_V3), entry(BO_V3)]);
	if (state.kind !== 'compared') throw new Error(state.kind);

	it('calls gaps of 20 or less close, and flags the widest of those that are not', () => {
		// Two dimensions of eight: 1.96 × √2 × 7.47 = 20.7.
		expect(state.spreads.map((s) => [s.id, s.gap, s.closeMax, s.close, s.widest])).toEqual([
			['breadth', 20, 20, true, false],
			['brief', 22, 20, false, true],
			['approach', 0, 20, true, false],
			['conditions', 19, 20, true, false]
		]);
	});

	it('states the close gap of version 3', () => {
		expect([state.closeStated, state.widerForOlder]).toEqual([
			{ questions: 8, max: 20, steps: 7 },
			false
		]);
	});
});

describe('people who answered different versions', () => {
	it('ranges every dimension either version asks, each over those who were asked it', () => {
		// CURRENT answers “in between” throughout: 50 on each version-3 dimension.
		const state = compareEntries([entry(ON_CALL), entry(CURRENT)]);
		if (state.kind !== 'compared') throw new Error(state.kind);
		expect(state.spreads.map((s) => [s.id, s.scored, s.notEnough, s.low, s.high, s.gap])).toEqual([
			['scope', [1], [2], 38, 38, null],
			['starting-point', [1], [2], 63, 63, null],
			['method', [1], [2], 25, 25, null],
			['environment', [1], [2], 63, 63, null],
			['people', [1], [2], 6, 6, null],
			['quality', [1], [2], 56, 56, null],
			...V3_DIMENSIONS.map((id) => [id, [2], [1], 50, 50, null])
		]);
	});

	it('states the newest version’s close gap, and that the older one needs a wider gap', () => {
		const state = compareEntries([entry(ON_CALL), entry(CURRENT)]);
		if (state.kind !== 'compared') throw new Error(state.kind);
		expect([state.closeStated, state.widerForOlder]).toEqual([
			{ questions: 8, max: 20, steps: 7 },
			true
		]);
	});
});

describe('a gap on a dimension, against the model’s error', () => {
	// Every answer in the middle (50 everywhere), against the same with one Scope answer moved.
	const MIDDLE = '2-eeeeeeeeeeeez2';
	const scope = (other: string) => {
		const state = compareEntries([entry(MIDDLE), entry(other)]);
		if (state.kind !== 'compared') throw new Error(state.kind);
		const { low, high, gap, close } = state.spreads[0]!;
		return { low, high, gap, close };
	};

	it('is close within the error, whichever way its ends round', () => {
		// Question 7 two steps up: 62.5, shown as 63.
		expect(scope('2-eeeeeeeegeeezm')).toEqual({ low: 50, high: 63, gap: 13, close: true });
		// Question 13 two steps up, keyed toward programmer: 37.5, shown as 38.
		expect(scope('2-eeeeegeeeeeezg')).toEqual({ low: 38, high: 50, gap: 12, close: true });
	});

	it('is close within the error of a dimension of four', () => {
		// Question 7 to “Always” and question 1 (toward programmer) to “Never”: 12 of 16 points, 75.
		expect(scope('2-eeeeeeeegeecyw')).toEqual({ low: 50, high: 75, gap: 25, close: true });
	});

	it('is not close beyond the error', () => {
		// As above, and question 19 to “Often”: 13 of 16 points, 81.25, shown as 81.
		expect(scope('2-eefeeeeegeecz0')).toEqual({ low: 50, high: 81, gap: 31, close: false });
	});

	it('is close at one step', () => {
		expect(scope('2-eeeeeeeefeeezc')).toEqual({ low: 50, high: 56, gap: 6, close: true });
	});
});

describe('the constants the methodology states', () => {
	it('are the band edges', () => {
		expect([NEAR_PROGRAMMER_MAX, NEAR_ENGINEER_MIN]).toEqual([39, 61]);
	});

	it('give each bank its close gap: a dimension of four questions has the wider error', () => {
		// 1.96 × √2 × 7.47 = 20.7; one step of eight questions is 100 ÷ 32 = 3.125 points: 20 ÷ 3.125 = 6.4.
		expect(bankCloseGap(V3_BANK)).toEqual({ questions: 8, max: 20, steps: 7 });
		// 1.96 × √2 × 10.56 = 29.3; one step of four questions is 100 ÷ 16 = 6.25 points: 29 ÷ 6.25 = 4.6.
		expect(bankCloseGap(V2_BANK)).toEqual({ questions: 4, max: 29, steps: 5 });
		expect(bankCloseGap(V1_BANK)).toEqual({ questions: 4, max: 29, steps: 5 });
	});

	it('hold for every dimension of a bank, as the pages state them once', () => {
		for (const bank of Object.values(BANKS))
			for (const d of bank.dimensions)
				expect(closeGap(bank, d.id), `${bank.version} ${d.id}`).toEqual(bankCloseGap(bank));
	});

	it('ties each end of Brief to the article: following instructions, or talking with clients', () => {
		expect(DISTINCTIONS_AT_END.brief).toEqual({
			programmer: ['follows-instructions'],
			engineer: ['talks-with-clients']
		});
	});
});
